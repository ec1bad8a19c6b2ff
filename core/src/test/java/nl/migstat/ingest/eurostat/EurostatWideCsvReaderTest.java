package nl.migstat.ingest.eurostat;

import static nl.migstat.ingest.eurostat.EurostatFixtures.cell;
import static nl.migstat.ingest.eurostat.EurostatFixtures.read;
import static nl.migstat.ingest.eurostat.EurostatFixtures.real;
import static nl.migstat.ingest.eurostat.EurostatFixtures.sample;
import static nl.migstat.ingest.eurostat.EurostatFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.ingest.Sniff;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EurostatWideCsvReaderTest extends ReaderContract {
  private final EurostatWideCsvReader reader = new EurostatWideCsvReader();

  @TempDir Path tmp;

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected boolean sharesObjectsPerLine() {
    return true;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> inputs = new ArrayList<>(List.of(sample("tps00176_wide.csv")));
    inputs.addAll(
        EurostatFixtures.realIfPresent(
            "eurostat-neqqii/tps00176.csv", "eurostat-neqqii/tps00177.csv"));
    return inputs;
  }

  @Test
  void claimsOnlyAsCouldBe() {
    assertThat(reader.detect(Sniff.of(sample("tps00176_wide.csv")))).isEqualTo(1);
    assertThat(reader.detect(Sniff.of(sample("migr_imm1ctz.tsv")))).isZero();
    assertThat(reader.detect(sniff("geo,TIME_PERIOD,OBS_VALUE\nAT,2013,17500\n"))).isZero();
    assertThat(reader.detect(sniff("regio,2019,2020\nGM0363,872757,873338\n"))).isZero();
    assertThat(reader.detect(sniff("\"ID\",\"Perioden\",\"Bevolking_1\"\n"))).isZero();
    assertThat(new EurostatTsvReader().detect(Sniff.of(sample("tps00176_wide.csv")))).isZero();
  }

  @Test
  void readsTheUserConvertedImmigrationTable() {
    CollectingSink sink = new CollectingSink();
    ReadResult result =
        reader.read(real("eurostat-neqqii/tps00176.csv"), ReadOptions.defaults(), sink);
    assertThat(result.source()).isEqualTo("eurostat:tps00176");
    assertThat(result.lines()).isEqualTo(29);
    assertThat(sink.observations()).hasSize(28 * 12);
    assertThat(sink.rejects()).isEmpty();

    Observation at = cell(sink, "AT", "2007", Map.of());
    assertThat(at.value()).isEqualTo(72862.0);
    assertThat(at.status()).isEqualTo(Status.BREAK);
    assertThat(at.sourceFlag()).isEqualTo("b");
    assertThat(at.measure()).isEqualTo(EurostatKeys.DEFAULT_MEASURE);
    assertThat(at.dims()).isEmpty();
    assertThat(at.origin()).isEqualTo("eurostat-neqqii/tps00176.csv:2");

    Observation bg = cell(sink, "BG", "2012", Map.of());
    assertThat(bg.value()).isEqualTo(14103.0);
    assertThat(bg.status()).isEqualTo(Status.BREAK);
    assertThat(bg.states().statuses()).containsExactly(Status.BREAK, Status.PROVISIONAL);
    assertThat(bg.sourceFlag()).isEqualTo("bp");
    assertThat(cell(sink, "BE", "2008", Map.of()).status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(cell(sink, "AT", "2017", Map.of()).value()).isEqualTo(111801.0);
  }

  @Test
  void readsTheUserConvertedEmigrationTable() {
    CollectingSink sink = read(reader, real("eurostat-neqqii/tps00177.csv"));
    assertThat(sink.observations()).hasSize(28 * 12);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations().get(0).source()).isEqualTo("eurostat:tps00177");
    assertThat(cell(sink, "AT", "2006", Map.of()).value()).isEqualTo(74432.0);
    assertThat(cell(sink, "BG", "2012", Map.of()).sourceFlag()).isEqualTo("bp");
  }

  @Test
  void readsTheSampleWithTheLastYearUnspaced() {
    CollectingSink sink = read(reader, sample("tps00176_wide.csv"));
    assertThat(sink.observations()).hasSize(13 * 10);
    assertThat(cell(sink, "AT", "2017", Map.of()).value()).isEqualTo(109080.0);
    assertThat(cell(sink, "BG", "2012", Map.of()).sourceFlag()).isEqualTo("bp");
  }

  @Test
  void aRowOfTheWrongWidthIsOneReject() {
    InputFile in = write(tmp, "tps00177.csv", "geo,2016 ,2017\nAT,64428 ,66144\nBE,92471\n");
    CollectingSink sink = read(reader, in);
    assertThat(sink.observations()).hasSize(2);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.raw()).isEqualTo("BE,92471");
            });
  }

  private static Sniff sniff(String text) {
    return new Sniff(text, false, false, List.of());
  }
}
