package nl.migstat.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.model.TableInfo;

/**
 * {@code manifest.json} of a run: what it read (inputs with checksums, counts, periods, regions),
 * what it published (tables with rows, key totals, sources, skip reason, the run a table was
 * carried over from, and the table's documented schema), how both compare with the run published
 * before ({@link Drift}), the fingerprint that decides whether a rerun is needed, and timings.
 *
 * <p>The field names are those of every run published so far, and unknown fields are ignored, so
 * that a run published before a field was added is still read (its new fields are null). {@code
 * format} says which fields to expect: absent in the first manifests, {@link #FORMAT} since table
 * infos were added, 3 since the counts the drift check compares (periods, regions, key totals) and
 * the drift itself.
 *
 * @param format the manifest's format: null for the first one, {@link #FORMAT} now
 * @param job the job's name
 * @param jobFile the job file as given on the command line
 * @param runId the run's folder name
 * @param fingerprint digest of the job file, the inputs' checksums, the code version and {@code
 *     --only}: an equal one means nothing to rebuild
 * @param codeVersion the code's digest ({@code CodeVersion})
 * @param reportYear the year the report is about
 * @param referenceYear the year of the municipal boundaries
 * @param only the one table rebuilt ({@code --only}), or null
 * @param inputs the inputs in job order
 * @param tables the tables in report order
 * @param seconds the run's wall time until the manifest was written
 * @param runDate the day the run started (UTC), kept here and never in the workbook, so that a
 *     rerun on the same inputs writes the same workbook; null in manifests before it was recorded
 * @param disclosure what disclosure control did, or null in manifests before it was recorded
 * @param drift the comparison with the run published before, or null before format 3
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "format",
  "job",
  "job_file",
  "run_id",
  "run_date",
  "fingerprint",
  "code_version",
  "report_year",
  "reference_year",
  "only",
  "inputs",
  "tables",
  "seconds",
  "disclosure",
  "drift"
})
public record RunManifest(
    Integer format,
    String job,
    @JsonProperty("job_file") String jobFile,
    @JsonProperty("run_id") String runId,
    String fingerprint,
    @JsonProperty("code_version") String codeVersion,
    @JsonProperty("report_year") Integer reportYear,
    @JsonProperty("reference_year") Integer referenceYear,
    String only,
    List<InputEntry> inputs,
    List<TableEntry> tables,
    Double seconds,
    @JsonProperty("run_date") String runDate,
    DisclosureRecord disclosure,
    Drift drift) {

  /** The file's name in a run folder. */
  public static final String FILE = "manifest.json";

  /**
   * The format written now: 2 added {@code format}, table infos and per-step seconds; 3 the inputs'
   * period and region counts, the tables' key totals and the drift.
   */
  public static final int FORMAT = 3;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Lists absent from an old or hand-written manifest read as empty. */
  public RunManifest {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /**
   * A manifest without a run date, disclosure record or drift comparison (as written before they
   * were recorded; tests).
   */
  public RunManifest(
      Integer format,
      String job,
      String jobFile,
      String runId,
      String fingerprint,
      String codeVersion,
      Integer reportYear,
      Integer referenceYear,
      String only,
      List<InputEntry> inputs,
      List<TableEntry> tables,
      Double seconds) {
    this(
        format,
        job,
        jobFile,
        runId,
        fingerprint,
        codeVersion,
        reportYear,
        referenceYear,
        only,
        inputs,
        tables,
        seconds,
        null,
        null,
        null);
  }

  /** A manifest without a disclosure record or drift comparison (as written before them). */
  public RunManifest(
      Integer format,
      String job,
      String jobFile,
      String runId,
      String fingerprint,
      String codeVersion,
      Integer reportYear,
      Integer referenceYear,
      String only,
      List<InputEntry> inputs,
      List<TableEntry> tables,
      Double seconds,
      String runDate) {
    this(
        format,
        job,
        jobFile,
        runId,
        fingerprint,
        codeVersion,
        reportYear,
        referenceYear,
        only,
        inputs,
        tables,
        seconds,
        runDate,
        null,
        null);
  }

  /** This manifest with {@code drift} recorded. */
  public RunManifest withDrift(Drift drift) {
    return new RunManifest(
        format,
        job,
        jobFile,
        runId,
        fingerprint,
        codeVersion,
        reportYear,
        referenceYear,
        only,
        inputs,
        tables,
        seconds,
        runDate,
        disclosure,
        drift);
  }

  /**
   * One input as the run read it.
   *
   * @param path the path as written in the job file
   * @param sha256 the input's checksum (a folder's: its files' names and contents)
   * @param source the table its observations are recorded under
   * @param format the format it was read as
   * @param lines lines (or JSON rows) read
   * @param records candidate observations read
   * @param observations observations kept
   * @param rejects records rejected
   * @param periods the periods covered ({@code 2015–2023 (9)})
   * @param periodCount the distinct periods, or null before format 3
   * @param regions the distinct regions (0 for an input without a region), or null before format 3
   * @param seconds the time spent reading it, or null in a format-1 manifest
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({
    "path",
    "sha256",
    "source",
    "format",
    "lines",
    "records",
    "observations",
    "rejects",
    "periods",
    "period_count",
    "regions",
    "seconds"
  })
  public record InputEntry(
      String path,
      String sha256,
      String source,
      String format,
      long lines,
      long records,
      long observations,
      long rejects,
      String periods,
      @JsonProperty("period_count") Integer periodCount,
      Integer regions,
      Double seconds) {
    /** An input without period and region counts (format 2 and before, tests). */
    public InputEntry(
        String path,
        String sha256,
        String source,
        String format,
        long lines,
        long records,
        long observations,
        long rejects,
        String periods,
        Double seconds) {
      this(
          path,
          sha256,
          source,
          format,
          lines,
          records,
          observations,
          rejects,
          periods,
          null,
          null,
          seconds);
    }
  }

  /**
   * One table of the run: built, carried over from an earlier run, or skipped with the reason.
   *
   * @param name the table's name, also its folder and sheet name
   * @param rows rows published, or null when skipped
   * @param totals the key totals: the sum of each count column (a figure without decimals) over the
   *     rows that have a value, by column in table order; none when skipped or before format 3
   * @param sources the sources its rows came from (none when skipped)
   * @param skipped why it is not in the run, or null
   * @param carriedOverFrom the run it was copied from ({@code --only}), or null when built
   * @param seconds the time its table thread spent building and writing it, or null
   * @param info title, unit, footnotes and columns, or null in a format-1 manifest
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({
    "name",
    "rows",
    "totals",
    "sources",
    "skipped",
    "carried_over_from",
    "seconds",
    "info"
  })
  public record TableEntry(
      String name,
      Long rows,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> totals,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sources,
      String skipped,
      @JsonProperty("carried_over_from") String carriedOverFrom,
      Double seconds,
      TableInfo info) {
    /** Sources and totals absent (a skipped table, an old manifest) read as none. */
    public TableEntry {
      totals = totals == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(totals));
      sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A table without key totals (format 2 and before, tests). */
    public TableEntry(
        String name,
        Long rows,
        List<String> sources,
        String skipped,
        String carriedOverFrom,
        Double seconds,
        TableInfo info) {
      this(name, rows, null, sources, skipped, carriedOverFrom, seconds, info);
    }
  }

  /** The entry of one table, if the run lists it. */
  public Optional<TableEntry> table(String name) {
    return tables.stream().filter(t -> name.equals(t.name())).findFirst();
  }

  /** The manifest's format: 1 for a manifest written before the format was recorded. */
  public int formatVersion() {
    return format == null ? 1 : format;
  }

  /** Writes the manifest into a run folder. */
  public void write(Path runDir) {
    try {
      Files.writeString(
          runDir.resolve(FILE), JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest of " + runDir, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The manifest of a run folder, or empty when the folder has none.
   *
   * @throws UncheckedIOException when the file cannot be read or is not a manifest
   */
  public static Optional<RunManifest> read(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      // Through Files, not File: the run may be on HDFS or S3.
      try (java.io.InputStream in = Files.newInputStream(file)) {
        return Optional.of(JSON.readValue(in, RunManifest.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest " + file, e);
    }
  }
}
