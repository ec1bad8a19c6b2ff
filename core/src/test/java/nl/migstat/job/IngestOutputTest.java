package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.migstat.TestSpark;
import nl.migstat.files.Seal;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ingest --out} does with what a killed ingest left beside its output: the output
 * renamed aside between the two renames of a publication is put back, and staging and old folders
 * go, whether the next ingest succeeds or fails.
 */
class IngestOutputTest {
  @TempDir Path tmp;

  @Test
  void anOutputLeftRenamedAsideIsPutBackEvenWhenTheNextIngestFails() throws IOException {
    Path out = tmp.resolve("out/obs");
    write(out, "eurostat-tsv/tps00001.tsv");
    String published = RunDigest.files(out);
    // What a kill between the two renames leaves: the output aside, an older half-deleted one
    // (without its seal) and the killed ingest's staging folder.
    Files.move(out, tmp.resolve("out/.obs.old-2222"));
    Files.createDirectories(tmp.resolve("out/.obs.old-1111/observations"));
    Files.createDirectories(tmp.resolve("out/.obs.staging-3333/observations"));
    Path bad = Files.writeString(tmp.resolve("bad.csv"), "no;data\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> write(out, bad)).isInstanceOf(BadInputException.class);

    assertThat(RunDigest.files(out)).isEqualTo(published);
    assertThat(PublicationCheck.problems(out)).isEmpty();
    assertThat(names(tmp.resolve("out"))).containsExactly("obs");
  }

  @Test
  void leftoversGoWithTheNextIngestAndItsOutputIsSealed() throws IOException {
    Path out = tmp.resolve("out/obs");
    write(out, "eurostat-tsv/tps00001.tsv");
    Files.createDirectories(tmp.resolve("out/.obs.staging-3333/codes"));
    Files.createDirectories(tmp.resolve("out/.obs.old-1111/codes"));

    write(out, "cbs-odata-csv/03742_immi_emigratie_geboorteland.csv");

    assertThat(names(tmp.resolve("out"))).containsExactly("obs");
    assertThat(Seal.problems(out)).isEmpty();
    assertThat(Files.readString(out.resolve(Seal.FILE), StandardCharsets.UTF_8))
        .contains("  observations/_SUCCESS\n", "  codes/", "  rejects/_SUCCESS\n");
  }

  private static void write(Path out, String sample) {
    write(out, Path.of("data-samples", sample));
  }

  private static void write(Path out, Path file) {
    IngestOutput.write(
        TestSpark.session(),
        out,
        new Ingest(Formats.all(), 0.05),
        List.of(new IngestToParquet.Input(new InputFile(file), ReadOptions.defaults())),
        r -> {});
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
