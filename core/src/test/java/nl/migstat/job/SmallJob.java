package nl.migstat.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small job on {@code data-samples/} (two inputs, two tables of migratiestromen, as in {@code
 * JobRunnerTest}) written to {@code <dir>/jobs/<name>.yaml}, publishing {@code <dir>/out/<name>}
 * (public for the command-line tests).
 */
public final class SmallJob {
  private SmallJob() {}

  /** Writes the job file and returns its path. */
  public static Path write(Path dir, String name) throws IOException {
    Path file = dir.resolve("jobs/" + name + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "name: "
            + name
            + "\nreport_year: 2023\nraw_dir: "
            + Path.of("data-samples").toAbsolutePath()
            + "\noutput_dir: ../out/"
            + name
            + "\n"
            + "workbook: small.xlsx\nchapters: [migratiestromen]\n"
            + "tables: [migration_balance, first_permits_by_reason]\nmax_reject_share: 0.05\n"
            + "inputs:\n"
            + "  - path: migratiestromen/85524NED_bevolking_kerncijfers.csv\n"
            + "    source: cbs:85524NED\n"
            + "  - path: eurostat-sdmx/migr_resfirst_sdmx-csv-2.0_action.csv\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
