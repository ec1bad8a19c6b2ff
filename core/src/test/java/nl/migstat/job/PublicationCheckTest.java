package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import nl.migstat.chapters.Chapters;
import nl.migstat.export.RunManifest;
import nl.migstat.files.AtomicDirectory;
import nl.migstat.files.Seal;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PublicationCheck} passes clean publications, two runs of a job and two ingest outputs, and
 * flags every torn one built by hand from them: files of two runs, a missing {@code _SUCCESS}, a
 * part file not listed or cut short, a manifest of another run, an unfinished folder.
 */
class PublicationCheckTest {
  @TempDir static Path tmp;
  private static Path runA;
  private static Path runB;
  private static Path ingestA;
  private static Path ingestB;

  @BeforeAll
  static void publish() throws IOException {
    Path file = SmallJob.write(tmp, "small");
    Job job = new JobFileParser(Chapters.all().names(), Chapters.all().tableNames()).parse(file);
    Progress quiet =
        new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    JobRunner runner = new JobRunner(Chapters.all(), RunSettings.defaults(job, quiet));
    runA = runner.run(job, TestSpark.session(), null, true).runDir();
    runB = runner.run(job, TestSpark.session(), null, true).runDir();
    ingestA = ingest("eurostat-tsv/tps00001.tsv", "a");
    ingestB = ingest("cbs-odata-csv/03742_immi_emigratie_geboorteland.csv", "b");
  }

  private static Path ingest(String sample, String out) {
    Path dir = tmp.resolve("ingest/" + out);
    IngestOutput.write(
        TestSpark.session(),
        dir,
        new Ingest(Formats.all(), 0.05),
        List.of(
            new IngestToParquet.Input(
                new InputFile(Path.of("data-samples", sample)), ReadOptions.defaults())),
        r -> {});
    return dir;
  }

  @Test
  void passesCleanRunsThroughTheirLinkAndTheirFolders() {
    assertThat(PublicationCheck.problems(tmp.resolve("out/small"))).isEmpty();
    assertThat(PublicationCheck.problems(runA)).isEmpty();
    assertThat(PublicationCheck.problems(runB)).isEmpty();
    assertThat(runA).isNotEqualTo(runB);
  }

  @Test
  void passesCleanIngestOutputs() {
    assertThat(PublicationCheck.problems(ingestA)).isEmpty();
    assertThat(PublicationCheck.problems(ingestB)).isEmpty();
  }

  @Test
  void flagsATableOfAnotherRun() throws IOException {
    Path torn = copy(runB, "table-of-a");
    replace(runA.resolve("migration_balance"), torn.resolve("migration_balance"));
    assertThat(PublicationCheck.problems(torn))
        .anyMatch(p -> p.startsWith("listed but missing: migration_balance/part-"))
        .anyMatch(p -> p.startsWith("not listed: migration_balance/part-"));
  }

  @Test
  void flagsAManifestOfAnotherRun() throws IOException {
    Path torn = copy(runB, "manifest-of-a");
    Files.copy(
        runA.resolve(RunManifest.FILE),
        torn.resolve(RunManifest.FILE),
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(PublicationCheck.problems(torn))
        .contains("changed since sealed: manifest.json")
        .anyMatch(p -> p.startsWith("the manifest is of run " + runA.getFileName()));
  }

  @Test
  void flagsAMissingSuccessMarker() throws IOException {
    Path torn = copy(runB, "no-success");
    Files.delete(torn.resolve("first_permits_by_reason/_SUCCESS"));
    assertThat(PublicationCheck.problems(torn))
        .contains(
            "first_permits_by_reason: no _SUCCESS",
            "listed but missing: first_permits_by_reason/_SUCCESS");
  }

  @Test
  void flagsAPartFileNotListedEvenWhenItsRowsAreSome() throws IOException {
    Path torn = copy(runB, "extra-part");
    Path part = parquet(torn.resolve("migration_balance")).get(0);
    Files.copy(part, part.resolveSibling("part-00001-extra.snappy.parquet"));
    assertThat(PublicationCheck.problems(torn))
        .contains("not listed: migration_balance/part-00001-extra.snappy.parquet")
        .anyMatch(p -> p.startsWith("migration_balance: 18 rows, the manifest says 9"));
  }

  @Test
  void flagsAPartFileCutShort() throws IOException {
    Path torn = copy(runB, "cut-short");
    Path part = parquet(torn.resolve("observations")).get(0);
    byte[] bytes = Files.readAllBytes(part);
    Files.write(part, Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(PublicationCheck.problems(torn))
        .contains("changed since sealed: observations/" + part.getFileName());
  }

  @Test
  void flagsAnUnsealedOrUnfinishedFolder() throws IOException {
    Path unsealed = copy(runB, "unsealed");
    Files.delete(unsealed.resolve(Seal.FILE));
    assertThat(PublicationCheck.problems(unsealed)).anyMatch(p -> p.startsWith("no SHA256SUMS"));
    Path partial = Files.createDirectories(tmp.resolve("partial"));
    Path folder = partial.resolve(runB.getFileName() + ".partial");
    copyTree(runB, folder);
    assertThat(PublicationCheck.problems(folder))
        .anyMatch(p -> p.startsWith("an unfinished folder is published"));
    assertThat(PublicationCheck.problems(tmp.resolve("nowhere")))
        .containsExactly(tmp.resolve("nowhere") + " is missing (or not a folder)");
  }

  @Test
  void flagsAnIngestOutputWithATableOfAnotherIngestOrATableMissing() throws IOException {
    Path mixed = copy(ingestB, "ingest-mixed");
    replace(ingestA.resolve("observations"), mixed.resolve("observations"));
    assertThat(PublicationCheck.problems(mixed))
        .anyMatch(p -> p.startsWith("changed since sealed: observations/"));
    Path missing = copy(ingestB, "ingest-missing");
    AtomicDirectory.deleteTree(missing.resolve("codes"));
    assertThat(PublicationCheck.problems(missing))
        .contains(
            "neither a run (no manifest) nor an ingest output: folders [observations, rejects]")
        .anyMatch(p -> p.startsWith("listed but missing: codes/"));
  }

  /** A copy of a published folder under the same name, in a folder of its own. */
  private static Path copy(Path published, String name) throws IOException {
    Path from = published.toRealPath();
    Path to = Files.createDirectories(tmp.resolve("torn/" + name)).resolve(from.getFileName());
    copyTree(from, to);
    return to;
  }

  private static void replace(Path from, Path to) throws IOException {
    AtomicDirectory.deleteTree(to);
    copyTree(from.toRealPath(), to);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<Path> parquet(Path table) throws IOException {
    try (Stream<Path> s = Files.list(table)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
  }
}
