package nl.migstat.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small job ({@link SmallJob}: migration_balance and first_permits_by_reason) on copies of its
 * two inputs in {@code <dir>/raw}, so a test can cut one short as a broken download would, with an
 * optional {@code drift:} block (public for the command-line tests).
 */
public final class DriftJob {
  /** The CBS input: 9 years (2015-2023) of 4 topics, 36 observations, one line per year. */
  public static final String KERNCIJFERS = "migratiestromen/85524NED_bevolking_kerncijfers.csv";

  private static final String PERMITS = "eurostat-sdmx/migr_resfirst_sdmx-csv-2.0_action.csv";

  private DriftJob() {}

  /** Writes the raw copies and the job file with {@code drift} (YAML lines, or "") as given. */
  public static Path write(Path dir, String name, String drift) throws IOException {
    for (String input : List.of(KERNCIJFERS, PERMITS)) {
      Path copy = dir.resolve("raw").resolve(input);
      Files.createDirectories(copy.getParent());
      Files.copy(Path.of("data-samples", input), copy);
    }
    Path file = dir.resolve("jobs/" + name + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "name: "
            + name
            + "\nreport_year: 2023\nraw_dir: ../raw\noutput_dir: ../out/"
            + name
            + "\nchapters: [migratiestromen]\n"
            + "tables: [migration_balance, first_permits_by_reason]\nmax_reject_share: 0.05\n"
            + drift
            + "inputs:\n"
            + "  - path: "
            + KERNCIJFERS
            + "\n    source: cbs:85524NED\n"
            + "  - path: "
            + PERMITS
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /** Keeps the header and the first {@code years} lines of the CBS input: a download cut short. */
  public static void cutKerncijfers(Path dir, int years) throws IOException {
    Path file = dir.resolve("raw").resolve(KERNCIJFERS);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.subList(0, 1 + years), StandardCharsets.UTF_8);
  }
}
