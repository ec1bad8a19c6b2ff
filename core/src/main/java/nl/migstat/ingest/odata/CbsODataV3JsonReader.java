package nl.migstat.ingest.odata;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.odata.ODataJson.Kind;
import nl.migstat.model.ObservationSink;

/**
 * CBS OData v3 {@code TypedDataSet} JSON (MANIFEST A4, 84489NED): either one response file, or a
 * folder holding one table as a downloader saves it: the TypedDataSet pages ({@link PageChain}
 * naming: {@code TypedDataSet.json}, {@code TypedDataSet_skip10000.json} ...) and the metadata
 * entity sets as JSON ({@code TableInfos.json}, {@code DataProperties.json}, {@code
 * CategoryGroups.json}, one {@code <DimensionKey>.json} per dimension).
 *
 * <p>With DataProperties, its {@code Datatype} decides which topics are figures and which are text;
 * without it (a single file), the JSON type does: a topic written as strings is text. The table id
 * comes from the caller, TableInfos {@code Identifier}, the {@code odata.metadata} URL ({@code
 * …/OData/84489NED/$metadata#…}), or the file name, in that order.
 */
public final class CbsODataV3JsonReader implements FormatReader {
  public static final String NAME = "cbs-odata3-json";
  static final String SET = "TypedDataSet";
  static final String NEXT_LINK = "odata.nextLink";
  private static final String TYPED_MARKER = "$metadata#Cbs.OData.WebAPI.TypedDataSet";
  private static final Pattern METADATA_URL =
      Pattern.compile("\"odata\\.metadata\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TABLE_IN_URL = Pattern.compile("/([0-9A-Za-z]+)/\\$metadata#");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "CBS OData v3 TypedDataSet JSON ({\"odata.metadata\":\"…/$metadata#Cbs.OData.WebAPI"
        + ".TypedDataSet\",\"value\":[…]}), or a folder with TypedDataSet.json and metadata JSON";
  }

  @Override
  public int detect(Sniff sniff) {
    if (sniff.isDirectory()) {
      return sniff.entries().contains(SET + ".json") ? 2 : 0;
    }
    String text = sniff.text();
    return text.contains("\"odata.metadata\"") && text.contains(TYPED_MARKER) ? 2 : 0;
  }

  @Override
  public Optional<String> misfit(Sniff sniff) {
    return MetadataSets.v3(sniff, SET);
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    InputFile first = input.isDirectory() ? input.resolve(SET + ".json") : input;
    if (!Files.isRegularFile(first.path())) {
      throw new BadInputException(input.displayName(), 0, "the folder holds no " + SET + ".json");
    }
    Optional<CbsV3Metadata> meta =
        input.isDirectory() ? CbsV3Metadata.load(jsonSets(input), sink) : Optional.empty();
    if (input.isDirectory() && meta.isEmpty()) {
      sink.warn(
          input.displayName() + ": no DataProperties.json; topics typed from the JSON values");
    }
    if (!input.isDirectory()) {
      sink.warn(
          input.displayName()
              + ": one TypedDataSet response without its metadata sets: read with codes only,"
              + " no labels, units or period status (Voorlopig); read the folder that ./migstat"
              + " fetch saves (fetch: cbs-odata-v3) for those");
    }
    String source = source(input, first, options, meta.orElse(null), sink);
    meta.ifPresent(m -> m.emitCodes(source));
    PageChain chain = new PageChain(first, SET, NEXT_LINK, input.isDirectory());
    V3Shape shape = meta.map(V3Shape::of).orElseGet(() -> inferShape(chain));
    if (shape.renamesPeriod()) {
      sink.warn(
          input.displayName()
              + ": time dimension "
              + shape.periodKey()
              + " read as the CBS period dimension (Perioden)");
    }
    TypedRows rows =
        new TypedRows(
            input.displayName(),
            shape.table(source, options.fixedPeriod(input.displayName()), first.displayName()),
            shape.rowDims(),
            shape.topicIsText(),
            shape.periodKey(),
            code -> meta.map(m -> m.periodStatus(code)).orElse(null),
            "null",
            sink);
    PageChain.Walk walk =
        chain.walk(
            page ->
                (index, line, row) -> rows.row(page.displayName(), "#/value/" + index, line, row));
    warnUnlinkedPages(input, walk, sink);
    return new ReadResult(NAME, source, walk.lines(), rows.records());
  }

  /** Metadata entity sets saved as {@code <Name>.json} in the folder. */
  static EntitySets jsonSets(InputFile folder) {
    return new EntitySets() {
      @Override
      public Optional<List<Map<String, String>>> read(String name) {
        InputFile f = folder.resolve(name + ".json");
        return Files.isRegularFile(f.path())
            ? Optional.of(ODataJson.entitySet(f))
            : Optional.empty();
      }

      @Override
      public String fileOf(String name) {
        return folder.resolve(name + ".json").displayName();
      }
    };
  }

  private static String source(
      InputFile input,
      InputFile first,
      ReadOptions options,
      CbsV3Metadata meta,
      ObservationSink sink) {
    if (options.source() != null) {
      return SourceName.validate(options.source());
    }
    Optional<String> fromUrl = tableInUrl(Sniff.of(first).text());
    String fromInfo = meta == null ? null : meta.identifier();
    if (fromInfo != null) {
      fromUrl
          .filter(u -> !u.equalsIgnoreCase(fromInfo))
          .ifPresent(
              u ->
                  sink.warn(
                      input.displayName()
                          + ": TableInfos names "
                          + fromInfo
                          + " but odata.metadata "
                          + u));
      return "cbs:" + fromInfo;
    }
    return fromUrl.map(id -> "cbs:" + id).orElseGet(() -> SourceName.forCbs(input, options, sink));
  }

  /** The table id in an {@code odata.metadata} URL at the start of a response, if any. */
  static Optional<String> tableInUrl(String text) {
    Matcher m = METADATA_URL.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher id = TABLE_IN_URL.matcher(m.group(1));
    return id.find() ? Optional.of(id.group(1)) : Optional.empty();
  }

  /** Without metadata: a topic is text when the pages write it as strings and never as numbers. */
  private static V3Shape inferShape(PageChain chain) {
    List<String> keys = new ArrayList<>();
    Map<String, int[]> kinds = new HashMap<>();
    chain.walk(
        page ->
            (index, line, row) -> {
              if (keys.isEmpty()) {
                keys.addAll(row.keySet());
              }
              row.forEach(
                  (k, c) -> {
                    int[] n = kinds.computeIfAbsent(k, x -> new int[2]);
                    n[0] += c.kind() == Kind.STRING ? 1 : 0;
                    n[1] += c.kind() == Kind.NUMBER ? 1 : 0;
                  });
            });
    Map<String, Boolean> text = new HashMap<>();
    kinds.forEach((k, n) -> text.put(k, n[0] > 0 && n[1] == 0));
    return V3Shape.fromKeys(keys, text);
  }

  static void warnUnlinkedPages(InputFile input, PageChain.Walk walk, ObservationSink sink) {
    if (!input.isDirectory()) {
      return;
    }
    for (String entry : Sniff.of(input).entries()) {
      if (SavedPages.isPage(SET, entry) && !walk.pages().contains(entry)) {
        sink.warn(
            input.displayName()
                + ": "
                + entry
                + " is not reached by any odata.nextLink;"
                + " ignored");
      }
    }
  }
}
