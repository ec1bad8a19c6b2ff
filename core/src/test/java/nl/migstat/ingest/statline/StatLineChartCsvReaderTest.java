package nl.migstat.ingest.statline;

import static nl.migstat.ingest.statline.StatLineInputs.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.ingest.Sniff;
import nl.migstat.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatLineChartCsvReaderTest extends ReaderContract {
  private static final String UNEMPLOYMENT = "cbs-statline-lex0803/Werkloosheidpercentage.csv";
  private static final String BUSINESS_CYCLE =
      "cbs-83781ENG-project3/Conjunctuurklokindicator (afwijking van de langetermijntrend"
          + " (=0)).csv";

  private final StatLineChartCsvReader reader = new StatLineChartCsvReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> in = new ArrayList<>();
    in.add(StatLineInputs.sample("chart-werkloosheid-kwartaal.csv"));
    in.addAll(StatLineInputs.realIfPresent(UNEMPLOYMENT));
    in.addAll(StatLineInputs.realIfPresent(BUSINESS_CYCLE));
    return in;
  }

  @Test
  void readsDutchQuartersDownAndProvincesAcross() {
    CollectingSink sink = read(reader, StatLineInputs.real(UNEMPLOYMENT));
    assertThat(sink.observations()).hasSize(41 * 13);
    assertThat(sink.rejects()).isEmpty();
    // line 2: het eerste kwartaal van 2015;8,5;10,5;8,8;…  (header:
    // ;Nederland;Groningen;Friesland;…)
    Observation friesland = one(sink, "2015-Q1", "PV21");
    assertThat(friesland.value()).isEqualTo(8.8);
    assertThat(friesland.frequency()).isEqualTo("Q");
    assertThat(friesland.origin()).endsWith(":2");
    // line 42: het eerste kwartaal van 2025;4,0;…;3,4
    assertThat(one(sink, "2025-Q1", "NL01").value()).isEqualTo(4.0);
    assertThat(one(sink, "2025-Q1", "PV31").value()).isEqualTo(3.4);
    assertThat(sink.observations())
        .allSatisfy(o -> assertThat(o.measure()).isEqualTo("Werkloosheidpercentage"));
    assertThat(sink.warnings()).anyMatch(w -> w.contains("from the file name"));
  }

  @Test
  void readsTheBusinessCycleClockByYearAndDutchMonth() {
    CollectingSink sink = read(reader, StatLineInputs.real(BUSINESS_CYCLE));
    assertThat(sink.observations()).hasSize(278);
    assertThat(sink.rejects()).isEmpty();
    Observation first = sink.observations().get(0);
    assertThat(first.period()).isEqualTo("2001-01");
    assertThat(first.frequency()).isEqualTo("M");
    assertThat(first.measure()).isEqualTo("Cyclus");
    assertThat(first.value()).isEqualTo(1.17);
    assertThat(first.region()).isNull();
    // 2024;januari;-0,91 and 2001;april;1 (a variable number of decimals)
    assertThat(sink.observations())
        .filteredOn(o -> o.period().equals("2024-01"))
        .singleElement()
        .extracting(Observation::value)
        .isEqualTo(-0.91);
    assertThat(sink.observations())
        .filteredOn(o -> o.period().equals("2001-04"))
        .singleElement()
        .extracting(Observation::value)
        .isEqualTo(1.0);
  }

  @Test
  void rejectsACellOfAColumnThatIsNoRegionAndABadPeriod(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("chart.csv");
    Files.writeString(
        f,
        ";Nederland;Atlantis\nhet eerste kwartaal van 2015;8,5;1\n"
            + "het vijfde kwartaal van 2015;8,5;1\n",
        StandardCharsets.UTF_8);
    CollectingSink sink = read(reader, new InputFile(f));
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects())
        .extracting(r -> r.reason())
        .satisfiesExactly(
            r -> assertThat(r).contains("'Atlantis'"),
            r -> assertThat(r).contains("het vijfde kwartaal"),
            r -> assertThat(r).contains("het vijfde kwartaal"));
  }

  @Test
  void isNotClaimedByTheOtherStatLineReaders() {
    for (InputFile in : contractInputs()) {
      assertThat(new StatLineLabelCsvReader().detect(Sniff.of(in))).as(in.displayName()).isZero();
      assertThat(new StatLineTableLayoutReader().detect(Sniff.of(in)))
          .as(in.displayName())
          .isZero();
    }
  }

  private static Observation one(CollectingSink sink, String period, String region) {
    return sink.observations().stream()
        .filter(o -> o.period().equals(period) && region.equals(o.region()))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two observations for " + period + " " + region);
            })
        .orElseThrow();
  }
}
