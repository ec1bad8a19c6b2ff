package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 2: a {@code .gz} cut short says that its gzip stream ends early, naming the file
 * (and the line where the reader had got to), wherever the cut falls: before the format could be
 * told ("format not recognised" before), inside the header, or after many lines.
 */
class TruncatedGzipTest {
  private static final Path BULK_GZ = Path.of("data-samples/eurostat-tsv/migr_imm1ctz.tsv.gz");
  private static final Path JSON_STAT =
      Path.of("data-samples/eurostat-jsonstat/lfsa_urgacob_statistics-api.json");

  @TempDir Path tmp;

  private final Ingest ingest = new Ingest(Formats.all(), 1.0);

  private Path cut(Path sample, byte[] gz, int length) throws IOException {
    Path p = tmp.resolve(sample.getFileName() + "-cut" + length + ".gz");
    Files.write(p, Arrays.copyOf(gz, length));
    return p;
  }

  private FileReport read(Path p) {
    return ingest.read(new InputFile(p), ReadOptions.defaults(), new CollectingSink());
  }

  @Test
  void theWholeSampleReads() {
    assertThat(read(BULK_GZ).rejects()).isZero();
  }

  @Test
  void aCutBeforeTheFormatIsKnownSaysTheStreamEndsEarly() throws IOException {
    byte[] gz = Files.readAllBytes(BULK_GZ);
    for (int length : new int[] {5, 12, 40}) {
      Path p = cut(BULK_GZ, gz, length);
      assertThatThrownBy(() -> read(p))
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith(p + ": the gzip stream ends early, after ")
          .hasMessageEndingWith(" bytes of content (a truncated download?)")
          .hasMessageNotContaining("format not recognised");
    }
  }

  @Test
  void aCutAfterSomeLinesNamesTheLineReached() throws IOException {
    byte[] gz = Files.readAllBytes(BULK_GZ);
    Path p = cut(BULK_GZ, gz, gz.length * 2 / 3);
    assertThatThrownBy(() -> read(p))
        .isInstanceOf(BadInputException.class)
        .hasMessageMatching(
            "\\Q"
                + p
                + "\\E:\\d+: the gzip stream ends early, after \\d+ bytes of content \\(a"
                + " truncated download\\?\\)")
        .satisfies(e -> assertThat(((BadInputException) e).line()).isGreaterThan(1));
  }

  @Test
  void aJsonDocumentCutShortSaysTheSame() throws IOException {
    byte[] gz = gzip(Files.readAllBytes(JSON_STAT));
    Path p = cut(JSON_STAT, gz, gz.length / 2);
    assertThatThrownBy(() -> read(p))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(p + ": the gzip stream ends early, after ")
        .hasMessageEndingWith(" bytes of content (a truncated download?)");
  }

  @Test
  void aDamagedStreamSaysItIsCorrupt() throws IOException {
    byte[] gz = Files.readAllBytes(BULK_GZ);
    byte[] damaged = gz.clone();
    for (int i = 200; i < 260; i++) {
      damaged[i] = (byte) 0xff;
    }
    Path p = tmp.resolve("damaged.tsv.gz");
    Files.write(p, damaged);
    assertThatThrownBy(() -> read(p))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("the gzip stream is corrupt after ")
        .hasMessageContaining("a damaged download?");
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }
}
