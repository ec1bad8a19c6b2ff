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
import java.util.List;
import java.util.Optional;
import nl.migstat.model.TableInfo;

/**
 * {@code manifest.json} of a run: what it read (inputs with checksums, counts, periods), what it
 * published (tables with rows, sources, skip reason, the run a table was carried over from, and the
 * table's documented schema), the fingerprint that decides whether a rerun is needed, and timings.
 *
 * <p>The field names are those of every run published so far, and unknown fields are ignored, so
 * that a run published before a field was added is still read (its new fields are null). {@code
 * format} says which fields to expect: absent in the first manifests, {@link #FORMAT} since table
 * infos were added.
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
  "disclosure"
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
    Disclosure disclosure) {

  /** The file's name in a run folder. */
  public static final String FILE = "manifest.json";

  /** The format written now: 2 added {@code format}, table infos and per-step seconds. */
  public static final int FORMAT = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Lists absent from an old or hand-written manifest read as empty. */
  public RunManifest {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /** A manifest without a run date or disclosure record (as written before they were recorded). */
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
        null);
  }

  /** A manifest without a disclosure record (as written before it was recorded). */
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
        null);
  }

  /**
   * What disclosure control did in the run: the rule, the cells it judged, what it kept secret and
   * why, what the audit proved, and how long it took.
   *
   * @param threshold a count of fewer persons than this is secret
   * @param roundTo counts the pipeline derives are shown as multiples of this
   * @param protection the share of a secret count its feasible interval must reach each way
   * @param appliesTo {@code derived} or {@code all}
   * @param cells counts and derived figures under the rule's control
   * @param equations sums between counts, within and across tables
   * @param secretPrimary cells secret by themselves (small counts, figures over them)
   * @param secretSecondary cells kept secret so that no secret count can be recomputed
   * @param secretAtSource counts the source published as secret
   * @param narrowestRelativeInterval the least reach, as a share of its value, of the feasible
   *     interval of a primary count on its nearer side (1: it may be 0); null without one
   * @param suppressionSeconds primary and secondary suppression
   * @param auditSeconds the audit's linear programmes
   * @param tables per table with cells under control
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({
    "threshold",
    "round_to",
    "protection",
    "applies_to",
    "cells",
    "equations",
    "secret_primary",
    "secret_secondary",
    "secret_at_source",
    "narrowest_relative_interval",
    "suppression_seconds",
    "audit_seconds",
    "tables"
  })
  public record Disclosure(
      int threshold,
      @JsonProperty("round_to") int roundTo,
      double protection,
      @JsonProperty("applies_to") String appliesTo,
      int cells,
      int equations,
      @JsonProperty("secret_primary") int secretPrimary,
      @JsonProperty("secret_secondary") int secretSecondary,
      @JsonProperty("secret_at_source") int secretAtSource,
      @JsonProperty("narrowest_relative_interval") Double narrowestRelativeInterval,
      @JsonProperty("suppression_seconds") double suppressionSeconds,
      @JsonProperty("audit_seconds") double auditSeconds,
      List<DisclosureTable> tables) {
    /** Tables absent read as none. */
    public Disclosure {
      tables = tables == null ? List.of() : List.copyOf(tables);
    }
  }

  /**
   * Disclosure control of one table.
   *
   * @param name the table
   * @param cells its counts and derived figures under control
   * @param primary cells secret by themselves
   * @param secondary cells kept secret as complements
   * @param secretAtSource counts secret in the source
   * @param rounded counts shown rounded
   * @param footnoted whether it carries the footnote that its totals may differ from the sum of
   *     their rounded parts
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({
    "name",
    "cells",
    "primary",
    "secondary",
    "secret_at_source",
    "rounded",
    "footnoted"
  })
  public record DisclosureTable(
      String name,
      int cells,
      int primary,
      int secondary,
      @JsonProperty("secret_at_source") int secretAtSource,
      int rounded,
      boolean footnoted) {}

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
   * @param seconds the time spent reading it, or null in a format-1 manifest
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
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
      Double seconds) {}

  /**
   * One table of the run: built, carried over from an earlier run, or skipped with the reason.
   *
   * @param name the table's name, also its folder and sheet name
   * @param rows rows published, or null when skipped
   * @param sources the sources its rows came from (none when skipped)
   * @param skipped why it is not in the run, or null
   * @param carriedOverFrom the run it was copied from ({@code --only}), or null when built
   * @param seconds the time its table thread spent building and writing it, or null
   * @param info title, unit, footnotes and columns, or null in a format-1 manifest
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"name", "rows", "sources", "skipped", "carried_over_from", "seconds", "info"})
  public record TableEntry(
      String name,
      Long rows,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sources,
      String skipped,
      @JsonProperty("carried_over_from") String carriedOverFrom,
      Double seconds,
      TableInfo info) {
    /** Sources absent (a skipped table, an old manifest) read as none. */
    public TableEntry {
      sources = sources == null ? List.of() : List.copyOf(sources);
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
