package nl.migstat.job;

import java.nio.file.Path;
import java.util.List;
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
    List<String> tables) {

  /** A job that takes the default duplicates rule and input limits. */
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
        tables);
  }

  /** Whether the job builds this table: one it lists, or any when it lists none. */
  public boolean builds(String table) {
    return tables.isEmpty() || tables.contains(table);
  }
}
