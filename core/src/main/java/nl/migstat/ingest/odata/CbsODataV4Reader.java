package nl.migstat.ingest.odata;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.cbs.CbsCell;
import nl.migstat.ingest.cbs.CbsTable;
import nl.migstat.ingest.odata.ODataJson.Cell;
import nl.migstat.ingest.odata.ODataJson.Kind;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;

/**
 * A CBS OData v4 dataset (odata4.cbs.nl, datasets.cbs.nl) saved as a folder, or one saved {@code
 * Observations} response on its own (read with codes only, which the file report says once): {@code
 * Observations.json} pages ({@code {"@odata.context":"…/85458NED/$metadata#Observations",
 * "value":[{"Id":0,"Measure":"M001924","ValueAttribute":"None","Value":5.5,"Perioden":"1996KW01"
 * ,…}]}}, paged by {@code @odata.nextLink}, named as {@link PageChain} says) and its metadata
 * ({@link CbsV4Metadata}). One row is one cell: a numeric measure becomes one observation, a text
 * measure ({@code StringValue}, CBS API 1.14.1 release notes) goes to the code list.
 *
 * <p>{@code ValueAttribute}: {@code None} is an ordinary figure (README and fixtures of the CBS
 * cbsodata4 package). The CBS release notes say empty cells are no longer returned "unless they
 * have a special value (in a separate property) like 'impossible'" (datasets.cbs.nl/odata/v1/
 * releasenotes.html), so absent rows are not missing figures (RELIABILITY.md). Special values are
 * mapped as the StatLine symbols they replace: {@code Impossible} = empty cell (not_applicable),
 * {@code Missing} = {@code .} (not_available), {@code Confidential} = {@code x} (confidential).
 * Only {@code None} and {@code Impossible} were confirmed in published material; any other word is
 * rejected with its row instead of being guessed.
 */
public final class CbsODataV4Reader implements FormatReader {
  public static final String NAME = "cbs-odata4";
  static final String SET = "Observations";
  static final String NEXT_LINK = "@odata.nextLink";

  /** Special ValueAttribute words and the StatLine symbol's status each replaces. */
  private static final Map<String, Status> SPECIAL =
      new TreeMap<>(
          Map.of(
              "Missing", Status.NOT_AVAILABLE,
              "Impossible", Status.NOT_APPLICABLE,
              "Confidential", Status.CONFIDENTIAL));

  /** The properties of an Observations row that are not dimensions. */
  private static final Set<String> OWN_KEYS =
      Set.of("Id", "Measure", "ValueAttribute", "Value", "StringValue");

  private static final Pattern CONTEXT =
      Pattern.compile("\"@odata\\.context\"\\s*:\\s*\"[^\"]*/([0-9A-Za-z]+)/\\$metadata#");

  /** A saved Observations response: its context URL ends in {@code $metadata#Observations}. */
  private static final Pattern OBSERVATIONS =
      Pattern.compile("\"@odata\\.context\"\\s*:\\s*\"[^\"]*\\$metadata#Observations\"");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "a folder with a CBS OData v4 dataset: Observations.json (Id, Measure, ValueAttribute,"
        + " Value, one column per dimension), Dimensions.json, MeasureCodes.json, <Dim>Codes.json";
  }

  @Override
  public int detect(Sniff sniff) {
    if (sniff.isDirectory()) {
      return sniff.entries().contains(SET + ".json") ? 2 : 0;
    }
    return OBSERVATIONS.matcher(sniff.text()).find() ? 2 : 0;
  }

  @Override
  public Optional<String> misfit(Sniff sniff) {
    return MetadataSets.v4(sniff, SET);
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    if (!input.isDirectory()) {
      return readAlone(input, options, sink);
    }
    InputFile first = input.resolve(SET + ".json");
    if (!input.isDirectory() || !Files.isRegularFile(first.path())) {
      throw new BadInputException(
          input.displayName(), 0, "expected a folder holding " + SET + ".json");
    }
    CbsV4Metadata meta = CbsV4Metadata.load(input, sink);
    String source = source(input, first, options, meta, sink);
    meta.emitCodes(source);
    List<String> dims = List.copyOf(meta.dimensionKinds().keySet());
    CbsTable table = table(source, meta, options, input);
    Rows rows = new Rows(input.displayName(), table, dims, meta, sink);
    PageChain.Walk walk =
        new PageChain(first, SET, NEXT_LINK)
            .walk(
                page ->
                    (index, line, row) ->
                        rows.row(page.displayName() + "#/value/" + index, line, row));
    return new ReadResult(NAME, source, walk.lines(), rows.records);
  }

  /**
   * One Observations response without Dimensions.json and the rest: its dimensions are the row
   * properties that are not an Observations property, read as CBS names them ({@code Perioden},
   * {@code RegioS}); a measure is text where a row has a StringValue and no Value. A page that
   * links a next one is refused, naming it (the rest of the table is in files not named).
   */
  private ReadResult readAlone(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    List<String> dims = new ArrayList<>();
    ODataJson.read(
        input,
        (index, line, row) -> {
          if (index == 0) {
            row.keySet().stream().filter(k -> !OWN_KEYS.contains(k)).forEach(dims::add);
          }
        });
    sink.warn(
        file
            + ": one Observations response without its metadata sets: read with codes only, no"
            + " labels, units or period status (Voorlopig); read the folder that ./migstat fetch"
            + " saves (fetch: cbs-odata-v4) for those");
    CbsV4Metadata meta = CbsV4Metadata.ofDimensions(dims);
    String source = source(input, input, options, meta, sink);
    CbsTable table = table(source, meta, options, input);
    Rows rows = new Rows(file, table, dims, meta, sink);
    PageChain.Walk walk =
        new PageChain(input, SET, NEXT_LINK, false)
            .walk(
                page ->
                    (index, line, row) ->
                        rows.row(page.displayName() + "#/value/" + index, line, row));
    return new ReadResult(NAME, source, walk.lines(), rows.records);
  }

  private static CbsTable table(
      String source, CbsV4Metadata meta, ReadOptions options, InputFile input) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, String> d : meta.dimensionKinds().entrySet()) {
      String kind = d.getValue();
      if (kind.contains("Time")) {
        keys.add(V3Shape.CBS_PERIOD_KEY);
      } else if (kind.startsWith("Geo") && !CbsTable.REGION_KEYS.contains(d.getKey())) {
        keys.add(V3Shape.CBS_REGION_KEY);
      } else {
        keys.add(d.getKey());
      }
    }
    return new CbsTable(source, keys, options.fixedPeriod(input.displayName()));
  }

  private static String source(
      InputFile input,
      InputFile first,
      ReadOptions options,
      CbsV4Metadata meta,
      ObservationSink sink) {
    if (options.source() != null) {
      return SourceName.validate(options.source());
    }
    if (meta.identifier() != null) {
      return "cbs:" + meta.identifier();
    }
    Matcher m = CONTEXT.matcher(Sniff.of(first).text());
    return m.find() ? "cbs:" + m.group(1) : SourceName.forCbs(input, options, sink);
  }

  /** Reads observation rows; counts every numeric cell as a record. */
  private static final class Rows {
    private final String file;
    private final CbsTable table;
    private final List<String> dims;
    private final CbsV4Metadata meta;
    private final ObservationSink sink;
    private long records;
    private boolean keysChecked;

    Rows(String file, CbsTable table, List<String> dims, CbsV4Metadata meta, ObservationSink sink) {
      this.file = file;
      this.table = table;
      this.dims = dims;
      this.meta = meta;
      this.sink = sink;
    }

    void row(String origin, long line, Map<String, Cell> row) {
      if (!keysChecked) {
        keysChecked = true;
        row.keySet().stream()
            .filter(k -> !OWN_KEYS.contains(k) && !dims.contains(k))
            .forEach(
                k ->
                    sink.warn(
                        origin
                            + ": property "
                            + k
                            + " is neither an Observations"
                            + " property nor a dimension in Dimensions.json; not read"));
      }
      Optional<String> measure = text(row.get("Measure"));
      List<String> codes = new ArrayList<>();
      for (String d : dims) {
        text(row.get(d)).ifPresent(codes::add);
      }
      if (measure.isEmpty() || codes.size() != dims.size()) {
        reject(origin, line, row, "Measure or a dimension (" + dims + ") is absent or not a code");
        return;
      }
      Boolean isText =
          meta.knowsMeasures()
              ? meta.measureIsText(measure.get())
              : (nullish(row.get("Value")) && text(row.get("StringValue")).isPresent());
      if (isText == null) {
        reject(origin, line, row, "measure " + measure.get() + " is not in MeasureCodes");
      } else if (isText && text(row.get("StringValue")).isPresent()) {
        sink.code(
            new CodeEntry(
                table.source(),
                measure.get(),
                table.rowKey(codes),
                row.get("StringValue").text().trim(),
                null));
      } else if (isText) {
        reject(origin, line, row, "text measure " + measure.get() + " without a StringValue");
      } else {
        figure(origin, line, row, measure.get(), codes);
      }
    }

    private void figure(
        String origin, long line, Map<String, Cell> row, String measure, List<String> codes) {
      PeriodStatusWord ps = null;
      int t = table.dimensions().indexOf(V3Shape.CBS_PERIOD_KEY);
      if (t >= 0) {
        ps = meta.periodStatus(codes.get(t));
      }
      CbsTable.Built built =
          table.build(
              codes,
              measure,
              cell(row),
              ps == null ? null : ps.status(),
              ps == null ? null : ps.word(),
              origin);
      if (built.ok()) {
        records++;
        sink.observation(built.observation());
      } else {
        reject(origin, line, row, built.reason());
      }
    }

    private void reject(String origin, long line, Map<String, Cell> row, String reason) {
      records++;
      sink.reject(new Reject(file, line, String.valueOf(row), origin + ": " + reason));
    }
  }

  /** The figure of one row from its ValueAttribute and Value. */
  static CbsCell cell(Map<String, Cell> row) {
    Cell value = row.get("Value");
    String attribute = text(row.get("ValueAttribute")).orElse("None");
    if (attribute.equals("None")) {
      if (value == null || value.kind() != Kind.NUMBER) {
        return error(
            "ValueAttribute None but Value is " + (value == null ? "absent" : value.text()));
      }
      double d = Double.parseDouble(value.text());
      return Double.isInfinite(d) ? error("number out of range") : new CbsCell(d, null, null, null);
    }
    Status special = SPECIAL.get(attribute);
    if (special == null) {
      return error(
          "unknown ValueAttribute "
              + Excerpt.quoted(attribute)
              + " (known: None, "
              + String.join(", ", SPECIAL.keySet())
              + ")");
    }
    return nullish(value)
        ? new CbsCell(null, special, attribute, null)
        : error("Value " + value.text() + " with ValueAttribute " + attribute);
  }

  private static CbsCell error(String reason) {
    return new CbsCell(null, null, null, reason);
  }

  private static boolean nullish(Cell c) {
    return c == null || c.kind() == Kind.NULL;
  }

  private static Optional<String> text(Cell c) {
    return c != null && c.kind() == Kind.STRING && !c.text().isBlank()
        ? Optional.of(c.text())
        : Optional.empty();
  }
}
