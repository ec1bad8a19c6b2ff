package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, item 1: every reader family quotes the offending text in its reject reasons and its
 * fatal messages, cut after 80 characters with the full length said; a fatal message names the file
 * and the line.
 */
class QuotedTextTest {
  /** 200 characters of no number: shown as its first 80 and its length. */
  private static final String LONG = "z".repeat(200);

  private static final String LONG_SHOWN = "'" + "z".repeat(80) + "…' (200 characters)";

  @TempDir Path tmp;

  private final Ingest ingest = new Ingest(Formats.all(), 1.0);

  private Path write(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<String> reasons(Path p) {
    CollectingSink sink = new CollectingSink();
    ingest.read(new InputFile(p), ReadOptions.defaults(), sink);
    return sink.rejects().stream().map(Reject::reason).toList();
  }

  @Test
  void cbsCsvQuotesTheCellAndThePeriodCode() throws IOException {
    Path p =
        write(
            "84809NED.csv",
            "\"ID\";\"Geslacht\";\"Perioden\";\"Immigratie_1\"\n"
                + "\"1\";\"3000\";\"2019JJ00\";\"  "
                + LONG
                + "\"\n"
                + "\"2\";\"3000\";\"2019XX07\";\"  12\"\n");
    assertThat(reasons(p))
        .containsExactly(
            "Immigratie_1: not a number or CBS symbol: " + LONG_SHOWN,
            "Perioden: '2019XX07' is not a CBS period code");
  }

  @Test
  void statLineLabelCsvQuotesThePeriodLabelAndTheRegion() throws IOException {
    Path p =
        write(
            "labels.csv",
            "\"Geslacht\";\"Perioden\";\"Regio's\";\"Bevolking op 1 januari (aantal)\"\n"
                + "\"Totaal mannen en vrouwen\";\"2023\";\"Nederland\";17811291\n"
                + "\"Totaal mannen en vrouwen\";\"twintig23\";\"Nederland\";1\n"
                + "\"Totaal mannen en vrouwen\";\"2023\";\"Atlantis (PV)\";2\n");
    assertThat(reasons(p))
        .containsExactly(
            "Perioden: 'twintig23' is not a StatLine period label",
            "region label 'Atlantis (PV)': region 'Atlantis' (PV) is not in the bundled CBS"
                + " region list");
  }

  @Test
  void odataJsonQuotesTheValueAttributeAndThePeriod() throws IOException {
    Path p =
        write(
            "Observations.json",
            "{\"@odata.context\":\"https://datasets.cbs.nl/odata/v1/CBS/70895ned/$metadata#Observations\","
                + "\"value\":[{\"Id\":0,\"Measure\":\"M1\",\"ValueAttribute\":\"Geheim!\","
                + "\"Value\":null,\"Perioden\":\"2019JJ00\"},"
                + "{\"Id\":1,\"Measure\":\"M1\",\"ValueAttribute\":\"None\",\"Value\":3.0,"
                + "\"Perioden\":\"20XX\"}]}");
    List<String> reasons = reasons(p);
    assertThat(reasons.get(0)).contains("#/value/0: ", "unknown ValueAttribute 'Geheim!'");
    assertThat(reasons.get(1)).contains("#/value/1: ", "'20XX' is not a CBS period code");
  }

  @Test
  void eurostatBulkQuotesTheCellAndTheFlag() throws IOException {
    Path p = write("une_rt_a.tsv", "unit,geo\\time\t2019 \t2018 \nPC,AT\t4.5 q\t" + LONG + "\n");
    assertThat(reasons(p))
        .containsExactly(
            "unknown Eurostat flag 'q' in 'q' (row PC,AT, column 2019)",
            "not a number: " + LONG_SHOWN + " (row PC,AT, column 2018)");
  }

  @Test
  void eurostatBulkHeaderQuotesTheRepeatedColumnAtLineOne() throws IOException {
    Path p = write("une_rt_a.tsv", "unit,geo\\time\t2019 \t2019 \nPC,AT\t4.5 \t4.6 \n");
    assertThatThrownBy(() -> reasons(p))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            p
                + ":1: the header names column '2019' twice: its cells would give two values for"
                + " one observation");
  }

  @Test
  void sdmxCsvQuotesThePeriodAndTheDataflow() throws IOException {
    String head = "DATAFLOW,freq,geo,TIME_PERIOD,OBS_VALUE\n";
    Path p =
        write(
            "tps00191.csv",
            head
                + "ESTAT:TPS00191(1.0),A,AT,2021,39930\n"
                + "ESTAT:TPS00191(1.0),A,AT,21st,1\n"
                + "ESTAT:OTHER(1.0),A,AT,2022,2\n");
    assertThat(reasons(p))
        .containsExactly(
            "time: '21st' is not a Eurostat period",
            "the row belongs to dataflow 'ESTAT:OTHER(1.0)', not to TPS00191 like the rest of"
                + " the file");
  }

  @Test
  void jsonStatQuotesTheValueAndFailsNamingTheLine() throws IOException {
    String dims =
        "\"id\":[\"geo\",\"time\"],\"size\":[1,2],\"dimension\":{"
            + "\"geo\":{\"category\":{\"index\":{\"AT\":0}}},"
            + "\"time\":{\"category\":{\"index\":{\"2019\":0,\"2020\":1}}}}";
    Path p =
        write(
            "demo.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\n\"value\":{\"0\":\"12a\",\"1\":4},"
                + dims
                + "}");
    assertThat(reasons(p)).containsExactly(p + "#/value/0: value: not a number: '12a'");
    Path bad =
        write(
            "bad.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\n\"value\":{\"0\":1},\n"
                + dims.replace("\"2020\":1", "\"" + LONG + "\":7")
                + "}");
    assertThatThrownBy(() -> reasons(bad))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            bad
                + ":3: dimension 'time' puts "
                + LONG_SHOWN
                + " at position 7, not a free position below 2");
  }

  @Test
  void theRejectShareFailureShowsTheOffendingText() throws IOException {
    Path p =
        write(
            "une_rt_a.tsv",
            "unit,geo\\time\t2019 \t2018 \nPC,AT\t4.5 \t4.6 \nPC,BE\tn/a \t4,7 \nPC\t1 \t2 \n");
    Ingest strict = new Ingest(Formats.all(), 0.1);
    assertThatThrownBy(
            () -> strict.read(new InputFile(p), ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(p + ":3: 3 of 5 records rejected")
        .hasMessageContaining(
            "2× not a number: 'n/a' (row PC,BE, column 2019) (line 3, and 1 alike)")
        .hasMessageContaining(
            "1× the row key has 1 codes where the header names 2 dimensions (unit,geo)"
                + " (line 4: 'PC\\t1 \\t2 ')");
  }
}
