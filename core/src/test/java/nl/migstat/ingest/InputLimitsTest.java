package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import nl.migstat.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 5: each memory bound holds, says which setting allows more, and allows more when
 * set: the longest line, the longest CSV record, the largest JSON document after decompression, and
 * the gzip ratio.
 */
class InputLimitsTest {
  private static final String BULK_HEADER = "unit,geo\\time\t2019 \t2018 \n";
  private static final Path JSON_STAT =
      Path.of("data-samples/eurostat-jsonstat/lfsa_urgacob_statistics-api.json");
  private static final Path V4_FOLDER = Path.of("data-samples/cbs-odata/v4-85458NED");

  @TempDir Path tmp;

  private FileReport read(Path p, InputLimits limits, CollectingSink sink) {
    Ingest ingest = new Ingest(Formats.all(), 1.0, Duplicates.REJECT, limits);
    return ingest.read(new InputFile(p), ReadOptions.defaults(), sink);
  }

  /** A bulk file whose second row has a cell padded to {@code padding} spaces. */
  private Path bulkWithLongLine(int padding) throws IOException {
    Path p = tmp.resolve("une_rt_a.tsv");
    Files.writeString(
        p,
        BULK_HEADER + "PC,AT\t4.5" + " ".repeat(padding) + "\t4.6 \nPC,BE\t5.5 \t5.6 \n",
        StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aLineBeyondTheLimitIsOneRejectAndTheRestIsRead() throws IOException {
    Path p = bulkWithLongLine(2 << 20);
    CollectingSink sink = new CollectingSink();
    FileReport r = read(p, InputLimits.defaults(), sink);
    assertThat(r.observations()).isEqualTo(2);
    Reject reject = sink.rejects().get(0);
    assertThat(reject.line()).isEqualTo(2);
    assertThat(reject.reason())
        .isEqualTo(
            "the line has 2097166 bytes, more than the 1 MiB allowed (max_line_bytes); its first"
                + " 1024 bytes are kept");
    assertThat(reject.raw()).hasSize(1024).startsWith("PC,AT\t4.5   ");
  }

  @Test
  void aLongerLineIsReadWhenTheLimitAllowsIt() throws IOException {
    Path p = bulkWithLongLine(2 << 20);
    CollectingSink sink = new CollectingSink();
    read(p, InputLimits.defaults().withMaxLineBytes(4 << 20), sink);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations()).extracting(o -> o.value()).containsExactly(4.5, 4.6, 5.5, 5.6);
  }

  @Test
  void aQuotedFieldThatNeverEndsStopsAtTheRecordLimit() throws IOException {
    StringBuilder csv =
        new StringBuilder("\"ID\";\"Geslacht\";\"Perioden\";\"Immigratie_1\"\n")
            .append("\"1\";\"3000\";\"2019JJ00\";\"  12\"\n")
            .append("\"2\";\"3000\";\"2020JJ00\";\"  13\n");
    for (int i = 0; i < 100; i++) {
      csv.append("x".repeat(1000)).append('\n');
    }
    Path p = tmp.resolve("84809NED.csv");
    Files.writeString(p, csv, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    read(p, InputLimits.defaults().withMaxLineBytes(10_000), sink);
    assertThat(sink.observations()).hasSize(1);
    Reject first = sink.rejects().get(0);
    assertThat(first.line()).isEqualTo(3);
    assertThat(first.reason())
        .isEqualTo(
            "the quoted field that starts on line 3 runs on to line 13, past the 10000 bytes a"
                + " record may have (max_line_bytes): an unclosed quote?");
    assertThat(first.raw()).hasSize(1024);
  }

  @Test
  void aJsonDocumentBeyondTheLimitIsRefusedOnDiskAndAfterDecompression() throws IOException {
    InputLimits small = InputLimits.defaults().withMaxJsonBytes(1 << 10);
    assertThatThrownBy(() -> read(JSON_STAT, small, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            JSON_STAT
                + ": the file has 2053 bytes, more than the 1 KiB a JSON document may have"
                + " (max_json_bytes); refusing to parse");
    Path gz = tmp.resolve("lfsa_urgacob.json.gz");
    Files.write(gz, TruncatedGzipTest.gzip(Files.readAllBytes(JSON_STAT)));
    assertThat(Files.size(gz)).isLessThan(1 << 10);
    assertThatThrownBy(() -> read(gz, small, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            gz
                + ": the JSON document has more than 1 KiB (max_json_bytes) after decompression;"
                + " refusing to read further");
    assertThat(read(gz, InputLimits.defaults(), new CollectingSink()).observations())
        .isEqualTo(read(JSON_STAT, InputLimits.defaults(), new CollectingSink()).observations())
        .isPositive();
  }

  @Test
  void anODataPageBeyondTheLimitIsRefusedNamingItsFile() {
    InputLimits small = InputLimits.defaults().withMaxJsonBytes(1 << 10);
    assertThatThrownBy(() -> read(V4_FOLDER, small, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Observations.json: the file has 1382 bytes, more than the 1 KiB");
  }

  @Test
  void aGzipBombIsStoppedAtItsRatio() throws IOException {
    Path p = tmp.resolve("bomb.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write((BULK_HEADER + "PC,AT\t4.5").getBytes(StandardCharsets.US_ASCII));
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 16; i++) {
        out.write(spaces);
      }
      out.write("\t4.6 \n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.size(p)).isLessThan(40_000);
    assertThatThrownBy(() -> read(p, InputLimits.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageMatching(
            "\\Q"
                + p
                + ":2: the gzip stream inflates \\E\\d+ bytes out of \\d+ compressed bytes"
                + " \\(\\d+:1\\), more than the allowed 200:1 \\(max_gzip_ratio\\): a gzip bomb\\?"
                + " Raise max_gzip_ratio only for a file you trust");
    CollectingSink sink = new CollectingSink();
    read(p, InputLimits.defaults().withMaxGzipRatio(5000), sink);
    assertThat(sink.rejects())
        .singleElement()
        .extracting(Reject::reason)
        .asString()
        .startsWith("the line has 16777230 bytes, more than the 1 MiB allowed");
  }

  @Test
  void sizesAreReadWithTheirUnits() {
    assertThat(InputLimits.parseSize("1048576")).isEqualTo(1 << 20);
    assertThat(InputLimits.parseSize("512KiB")).isEqualTo(512 << 10);
    assertThat(InputLimits.parseSize("1 MiB")).isEqualTo(1 << 20);
    assertThat(InputLimits.parseSize("2gib")).isEqualTo(2L << 30);
    assertThatThrownBy(() -> InputLimits.parseSize("1MB"))
        .hasMessage("'1MB' is not a size: use bytes or KiB, MiB, GiB, e.g. 1MiB");
    assertThatThrownBy(() -> InputLimits.parseSize("0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
