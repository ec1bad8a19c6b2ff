package nl.migstat.job;

import java.nio.file.Path;
import java.util.List;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.export.Drift;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.InputLimits;

/**
 * A validated job file: which inputs to read, which chapters and tables to build, and where to
 * publish them.
 *
 * @param file the job file
 * @param name the job's name (also the default output folder name)
 * @param reportYear the year the report is about
 * @param referenceYear municipal boundaries are mapped to this year's (default: the latest bundled
 *     municipality list, {@link nl.migstat.harmonise.MunicipalBoundaries#LAST_YEAR})
 * @param rawDir the folder the inputs live in (and that {@code fetch} fills)
 * @param outputDir where the job's tables are published
 * @param workbook the workbook's file name inside the output folder
 * @param maxRejectShare per-input limit on rejected records
 * @param duplicates what ingest does with rows that share their key ({@code duplicates:})
 * @param limits the memory bounds per input ({@code max_line_bytes:}, {@code max_json_bytes:},
 *     {@code max_gzip_ratio:})
 * @param inputs the inputs
 * @param chapters chapter names in report order
 * @param tables the tables to build (empty = every table of the chapters)
 * @param disclosure the disclosure rule of the job file's {@code disclosure:} block, key by key
 *     defaulting to {@link DisclosureRules#DEFAULTS}
 * @param drift how far inputs and tables may move since the published run, and what to do beyond
 */
public record Job(
    Path file,
    String name,
    int reportYear,
    int referenceYear,
    Path rawDir,
    Path outputDir,
    String workbook,
    double maxRejectShare,
    Duplicates duplicates,
    InputLimits limits,
    List<JobInput> inputs,
    List<String> chapters,
    List<String> tables,
    DisclosureRules disclosure,
    Drift.Limits drift) {

  /** A job under the default duplicates rule, input limits, disclosure rule and drift limits. */
  public Job(
      Path file,
      String name,
      int reportYear,
      int referenceYear,
      Path rawDir,
      Path outputDir,
      String workbook,
      double maxRejectShare,
      List<JobInput> inputs,
      List<String> chapters,
      List<String> tables) {
    this(
        file,
        name,
        reportYear,
        referenceYear,
        rawDir,
        outputDir,
        workbook,
        maxRejectShare,
        Duplicates.DEFAULT,
        InputLimits.defaults(),
        inputs,
        chapters,
        tables,
        DisclosureRules.DEFAULTS,
        Drift.Limits.DEFAULTS);
  }

  /** Whether the job builds this table: one it lists, or any when it lists none. */
  public boolean builds(String table) {
    return tables.isEmpty() || tables.contains(table);
  }
}
