package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: the message names file, line and problem; nothing is lost. */
class BadInputTest {
  private static final String HEADER = "\"ID\";\"Geslacht\";\"Perioden\";\"Immigratie_1\"\n";

  @TempDir Path tmp;

  private final Ingest ingest = new Ingest(Formats.all(), 1.0);

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, content);
    return p;
  }

  private FileReport read(Path p, CollectingSink sink) {
    return ingest.read(new InputFile(p), ReadOptions.defaults(), sink);
  }

  @Test
  void malformedLineIsRejectedWithItsLineAndTheRestKept() throws IOException {
    Path p =
        write(
            "short.csv",
            HEADER
                + "\"1\";\"3000   \";\"2019JJ00\";\"  12\"\n"
                + "\"2\";\"4000   \";\"2019JJ00\"\n\"3\";\"T001038\";\"2019JJ00\";\"  30\"\n");
    CollectingSink sink = new CollectingSink();
    FileReport r = read(p, sink);
    assertThat(r.records()).isEqualTo(r.observations() + r.rejects()).isEqualTo(3);
    assertThat(sink.observations()).extracting(o -> o.value()).containsExactly(12.0, 30.0);
    Reject reject = sink.rejects().get(0);
    assertThat(reject.line()).isEqualTo(3);
    assertThat(reject.raw()).isEqualTo("\"2\";\"4000   \";\"2019JJ00\"");
    assertThat(reject.reason()).isEqualTo("expected 4 fields as in the header, found 3");
  }

  @Test
  void unclosedQuoteIsRejectedNamingWhereItStarts() throws IOException {
    Path p =
        write(
            "quote.csv",
            HEADER
                + "\"1\";\"3000   \";\"2019JJ00\";\"  12\"\n"
                + "\"2\";\"4000   \";\"2019JJ00\";\"  13\n");
    CollectingSink sink = new CollectingSink();
    read(p, sink);
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).contains("unclosed quote", "line 3");
            });
  }

  @Test
  void wronglyEncodedLineIsRejectedWithTheByteAndTheCharsetHint() throws IOException {
    byte[] good =
        (HEADER + "\"1\";\"3000   \";\"2019JJ00\";\"  12\"\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "\"2\";\"Ohé\";\"2019JJ00\";\"  13\"\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    CollectingSink sink = new CollectingSink();
    read(write("latin1.csv", all), sink);
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).contains("not valid UTF-8", "at byte 8", "--charset");
            });
  }

  @Test
  void valueThatIsNotANumberIsRejectedNamingTheTopic() throws IOException {
    Path p = write("nan.csv", HEADER + "\"1\";\"3000   \";\"2019JJ00\";\"  1,2\"\n");
    CollectingSink sink = new CollectingSink();
    read(p, sink);
    assertThat(sink.rejects())
        .singleElement()
        .extracting(Reject::reason)
        .isEqualTo("Immigratie_1: not a number or CBS symbol: '1,2'");
  }

  @Test
  void unknownPeriodCodeIsRejected() throws IOException {
    Path p = write("period.csv", HEADER + "\"1\";\"3000   \";\"2019XX07\";\"  12\"\n");
    CollectingSink sink = new CollectingSink();
    read(p, sink);
    assertThat(sink.rejects())
        .singleElement()
        .extracting(Reject::reason)
        .isEqualTo("Perioden: '2019XX07' is not a CBS period code");
  }

  @Test
  void missingTopicColumnsStopTheFile() throws IOException {
    Path p =
        write("notopics.csv", "\"ID\";\"Geslacht\";\"Perioden\"\n\"1\";\"3000\";\"2019JJ00\"\n");
    assertThatThrownBy(() -> read(p, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            p
                + ":1: no topic columns: a CBS OData CSV header has keys ending in _<n>"
                + " (e.g. Bevolking_1)");
  }

  @Test
  void truncatedGzipStopsTheFileNamingTheLine() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 20_000; i++) {
      // Each row its own key (Geslacht G0, G1 …): rows that share one would be duplicates.
      csv.append("\"")
          .append(i)
          .append("\";\"G")
          .append(i)
          .append("\";\"2019JJ00\";\"")
          .append(i % 997)
          .append("\"\n");
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Path full = write("whole.csv.gz", whole);
    CollectingSink sink = new CollectingSink();
    assertThat(read(full, sink).observations()).isEqualTo(20_000);
    Path cut = write("cut.csv.gz", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> read(cut, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cut.csv.gz:")
        .hasMessageContaining("the gzip stream ends early, after ")
        .hasMessageContaining(" bytes of content (a truncated download?)");
  }

  @Test
  void aPeriodOptionThatIsNoPeriodStopsTheFile() throws IOException {
    Path p =
        write("noperiod.csv", "\"ID\";\"Geslacht\";\"Immigratie_1\"\n\"1\";\"3000\";\"  12\"\n");
    assertThatThrownBy(
            () ->
                ingest.read(
                    new InputFile(p),
                    ReadOptions.defaults().withPeriod("2019XX"),
                    new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(p + ": --period '2019XX' is not a period (use e.g. 2019, 2019-Q2, 2019JJ00)");
  }

  @Test
  void emptyFileStopsWithAClearMessage() throws IOException {
    Path p = write("empty.csv", "");
    assertThatThrownBy(() -> read(p, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(p + ": the file is empty");
  }

  @Test
  void tooManyRejectsFailTheFileWithTheMostFrequentReasons() throws IOException {
    Path p =
        write(
            "mostlybad.csv",
            HEADER
                + "\"1\";\"3000   \";\"2019JJ00\";\"  12\"\n"
                + "\"2\";\"3000   \";\"2019JJ00\";\"  x1\"\n\"3\";\"3000   \";\"2019JJ00\";\"  x2\"\n");
    Ingest strict = new Ingest(Formats.all(), 0.5);
    assertThatThrownBy(
            () -> strict.read(new InputFile(p), ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(
            "mostlybad.csv:3: 2 of 3 records rejected (66.7 %), more than the" + " allowed 50.0 %")
        .hasMessageContaining(
            "most frequent reasons: 2× Immigratie_1: not a number or CBS symbol: 'x1' (line 3,"
                + " and 1 alike)");
  }

  @Test
  void cbsSymbolsAreStatusesNotRejects() throws IOException {
    Path p =
        write(
            "symbols.csv",
            HEADER
                + "\"1\";\"3000\";\"2019JJ00\";\"       x\"\n"
                + "\"2\";\"3000\";\"2020JJ00\";\"       -\"\n\"3\";\"3000\";\"2021JJ00\";\"       ?\"\n");
    CollectingSink sink = new CollectingSink();
    read(p, sink);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations())
        .extracting(o -> o.status(), o -> o.value(), o -> o.sourceFlag())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Status.CONFIDENTIAL, null, "x"),
            org.assertj.core.groups.Tuple.tuple(null, 0.0, "-"),
            org.assertj.core.groups.Tuple.tuple(Status.LOW_RELIABILITY, null, "?"));
  }
}
