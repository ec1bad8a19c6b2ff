package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import nl.migstat.model.Observation;
import nl.migstat.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 3: rows that share their key (source, measure, period, region, dimensions) are
 * found while the input is read; {@code reject} rejects every one of them naming the key and the
 * lines, {@code fail} fails the input naming file, lines and key. Identical rows count too.
 */
class DuplicatesTest {
  private static final String HEADER = "\"ID\";\"Geslacht\";\"Perioden\";\"Immigratie_1\"\n";

  @TempDir Path tmp;

  private Path write(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static Ingest ingest(Duplicates rule) {
    return new Ingest(Formats.all(), 1.0, rule, InputLimits.defaults());
  }

  private static FileReport read(Path p, Duplicates rule, CollectingSink sink) {
    return ingest(rule)
        .read(new InputFile(p), ReadOptions.defaults().withSource("cbs:84809NED"), sink);
  }

  /** Rows 2 and 4 (lines 3 and 5) give two figures for men in 2019. */
  private Path cbsWithRepeatedRow(String second) throws IOException {
    return write(
        "84809NED.csv",
        HEADER
            + "\"1\";\"3000   \";\"2018JJ00\";\"  10\"\n"
            + "\"2\";\"3000   \";\"2019JJ00\";\"  12\"\n"
            + "\"3\";\"4000   \";\"2019JJ00\";\"  11\"\n"
            + "\"4\";\"3000   \";\"2019JJ00\";\"  "
            + second
            + "\"\n");
  }

  @Test
  void rejectRejectsEveryRowOfTheKeyNamingItAndItsLines() throws IOException {
    CollectingSink sink = new CollectingSink();
    FileReport r = read(cbsWithRepeatedRow("14"), Duplicates.REJECT, sink);
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.observations()).isEqualTo(2);
    assertThat(sink.observations()).extracting(Observation::value).containsExactly(10.0, 11.0);
    String reason =
        "duplicate key: measure 'Immigratie_1', period '2019', Geslacht '3000' at line 3,"
            + " line 5 (values '12', '14'); every row of it is rejected";
    assertThat(sink.rejects())
        .extracting(Reject::line, Reject::raw, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "12", reason),
            org.assertj.core.groups.Tuple.tuple(5L, "14", reason));
  }

  @Test
  void identicalRowsAreDuplicatesToo() throws IOException {
    CollectingSink sink = new CollectingSink();
    read(cbsWithRepeatedRow("12"), Duplicates.REJECT, sink);
    assertThat(sink.rejects())
        .hasSize(2)
        .allSatisfy(
            rej ->
                assertThat(rej.reason())
                    .isEqualTo(
                        "duplicate key: measure 'Immigratie_1', period '2019', Geslacht '3000'"
                            + " at line 3, line 5 (identical rows: '12'); every row of it is"
                            + " rejected"));
  }

  @Test
  void failFailsTheInputNamingFileLinesAndKey() throws IOException {
    Path p = cbsWithRepeatedRow("14");
    assertThatThrownBy(() -> read(p, Duplicates.FAIL, new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            p
                + ":3: 1 key is held by more than one row (duplicates: fail); the first:"
                + " measure 'Immigratie_1', period '2019', Geslacht '3000' at line 3, line 5"
                + " (values '12', '14')");
  }

  @Test
  void aRepeatedBulkLineRejectsEveryCellOfBothLines() throws IOException {
    Path p =
        write(
            "une_rt_a.tsv",
            "unit,geo\\time\t2019 \t2018 \n"
                + "PC,AT\t4.5 \t4.6 \n"
                + "PC,BE\t5.5 \t5.6 \n"
                + "PC,AT\t4.5 \t4.7 p\n");
    CollectingSink sink = new CollectingSink();
    FileReport r = ingest(Duplicates.REJECT).read(new InputFile(p), ReadOptions.defaults(), sink);
    assertThat(r.observations()).isEqualTo(2);
    assertThat(sink.observations()).extracting(Observation::region).containsOnly("BE");
    // The report counts what was kept: BE's two years, not AT's rejected cells.
    assertThat(r.regions()).isEqualTo(1);
    assertThat(r.periods()).containsExactly("2018", "2019");
    assertThat(sink.rejects())
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "duplicate key: measure 'PC', period '2019', region 'AT' at line 2, line 4"
                    + " (identical rows: '4.5'); every row of it is rejected"),
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "duplicate key: measure 'PC', period '2018', region 'AT' at line 2, line 4"
                    + " (values '4.6', '4.7 p'); every row of it is rejected"),
            org.assertj.core.groups.Tuple.tuple(
                4L,
                "duplicate key: measure 'PC', period '2019', region 'AT' at line 2, line 4"
                    + " (identical rows: '4.5'); every row of it is rejected"),
            org.assertj.core.groups.Tuple.tuple(
                4L,
                "duplicate key: measure 'PC', period '2018', region 'AT' at line 2, line 4"
                    + " (values '4.6', '4.7 p'); every row of it is rejected"));
  }

  @Test
  void aSeriesThatComesBackWithOtherPeriodsHasNoDuplicates() throws IOException {
    // Period-major order: each Geslacht's series comes back once per year, in a run of its own.
    Path p =
        write(
            "84809NED.csv",
            HEADER
                + "\"1\";\"3000\";\"2018JJ00\";\"  1\"\n\"2\";\"4000\";\"2018JJ00\";\"  2\"\n"
                + "\"3\";\"3000\";\"2019JJ00\";\"  3\"\n\"4\";\"4000\";\"2019JJ00\";\"  4\"\n"
                + "\"5\";\"3000\";\"2020JJ00\";\"  5\"\n\"6\";\"4000\";\"2020JJ00\";\"  6\"\n");
    CollectingSink sink = new CollectingSink();
    FileReport r = read(p, Duplicates.FAIL, sink);
    assertThat(r.observations()).isEqualTo(6);
    assertThat(sink.rejects()).isEmpty();
  }

  @Test
  void keysWhoseHashesCollideAreNotDuplicates() throws IOException {
    // "Aa" and "BB" have the same String hash and length: the watch sees one key, the exact check
    // two.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    KeyWatch watch = new KeyWatch();
    watch.observe(observation("Aa"));
    watch.observe(observation("BB"));
    watch.finish();
    assertThat(watch.candidates()).isNotEmpty();
    Path p = write("une_rt_a.tsv", "unit,geo\\time\t2019 \nPC,Aa\t4.5 \nPC,BB\t5.5 \n");
    CollectingSink sink = new CollectingSink();
    ingest(Duplicates.FAIL).read(new InputFile(p), ReadOptions.defaults(), sink);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations()).extracting(Observation::region).containsExactly("Aa", "BB");
  }

  @Test
  void anInputRepeatedWholesaleFailsUnderEitherRule() throws IOException {
    StringBuilder tsv = new StringBuilder("unit,geo\\time");
    for (int y = 2000; y < 2020; y++) {
      tsv.append('\t').append(y).append(' ');
    }
    tsv.append('\n');
    StringBuilder lines = new StringBuilder();
    for (int g = 0; g < 12_000; g++) {
      lines.append("PC,G").append(g);
      for (int y = 2000; y < 2020; y++) {
        lines.append("\t1 ");
      }
      lines.append('\n');
    }
    Path p = write("twice.tsv", tsv.append(lines).append(lines).toString());
    for (Duplicates rule : Duplicates.values()) {
      assertThatThrownBy(
              () ->
                  ingest(rule).read(new InputFile(p), ReadOptions.defaults(), new CollectingSink()))
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith(
              p
                  + ":2: more than 200000 observations repeat the key of another row: the file, or"
                  + " a block of it, is there twice; the first: measure 'PC', period '2000',"
                  + " region 'G0' at line 2, line 12002 (identical rows: '1')");
    }
  }

  @Test
  void theRuleIsSpelledRejectOrFail() {
    assertThat(Duplicates.parse(" Fail ")).isEqualTo(Duplicates.FAIL);
    assertThat(Duplicates.DEFAULT.word()).isEqualTo("reject");
    assertThatThrownBy(() -> Duplicates.parse("keep"))
        .hasMessage("'keep' is not a duplicates rule: use reject or fail");
  }

  private static Observation observation(String region) {
    return new Observation(
        "eurostat:x", "PC", "2019", "A", region, new TreeMap<>(), 1.0, null, null, "x:2");
  }
}
