package nl.migstat.ingest.statline;

import static nl.migstat.ingest.statline.StatLineInputs.at;
import static nl.migstat.ingest.statline.StatLineInputs.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.cbs.CbsOdataCsvReader;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatLineLabelCsvReaderTest extends ReaderContract {
  private static final String HOUSEHOLDS =
      "cbs-dhzw-marcopellegrino/den_haag_2019/household_gender_age-71488ned.csv";
  private static final String EDUCATION_2015 = "cbs-statline-lex0803/2015_onderwijsniveau.csv";
  private static final String EDUCATION_2023 = "cbs-statline-lex0803/2023_onderwijsniveau.csv";
  private static final String BASIC = "Onderwijsniveau 5 categorien/11 Basisonderwijs";

  private final StatLineLabelCsvReader reader = new StatLineLabelCsvReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> in = new ArrayList<>();
    in.add(StatLineInputs.sample("label-csv-bevolking-regio.csv"));
    in.add(StatLineInputs.sample(RegionaleKerncijfersTest.SAMPLE));
    in.addAll(StatLineInputs.realIfPresent(HOUSEHOLDS));
    in.addAll(StatLineInputs.realIfPresent(EDUCATION_2015));
    in.addAll(StatLineInputs.realIfPresent(EDUCATION_2023));
    return in;
  }

  @Test
  void readsHouseholdCountsOf71488nedWithTheRegionCode() {
    CollectingSink sink = read(reader, StatLineInputs.real(HOUSEHOLDS));
    assertThat(sink.observations()).hasSize(200);
    assertThat(sink.rejects()).isEmpty();
    // line 2: "Mannen";"0 tot 5 jaar";"2019";"'s-Gravenhage (gemeente)";16180;15683;;;
    Observation total =
        at(
            sink,
            2,
            "Totaal personen in huishoudens",
            "2019",
            "Geslacht",
            "Mannen",
            "Leeftijd",
            "0 tot 5 jaar");
    assertThat(total.value()).isEqualTo(16180.0);
    assertThat(total.region()).isEqualTo("GM0518");
    assertThat(total.frequency()).isEqualTo("A");
    assertThat(total.status()).isNull();
    assertThat(total.source()).isEqualTo("cbs:71488ned");
    // line 41: "Vrouwen";"95 jaar of ouder";…;758;0;388;9;16
    assertThat(
            at(
                    sink,
                    41,
                    "Personen in particuliere huishoudens/Samenwonend/Totaal samenwonende"
                        + " personen",
                    "2019",
                    "Geslacht",
                    "Vrouwen")
                .value())
        .isEqualTo(9.0);
  }

  @Test
  void emptyCellOfADownloadWithoutSymbolsIsNotAvailableWithAnEmptyFlag() {
    CollectingSink sink = read(reader, StatLineInputs.real(HOUSEHOLDS));
    Observation alone =
        at(
            sink,
            2,
            "Personen in particuliere huishoudens/Alleenstaand",
            "2019",
            "Geslacht",
            "Mannen");
    assertThat(alone.value()).isNull();
    assertThat(alone.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(alone.sourceFlag()).isEmpty();
    // MANIFEST A2: the file has 18 empty cells
    assertThat(sink.observations()).filteredOn(o -> o.value() == null).hasSize(18);
  }

  @Test
  void topicsGoToTheCodeListWithTheirUnitAndParent() {
    CollectingSink sink = read(reader, StatLineInputs.real(HOUSEHOLDS));
    String together =
        "Personen in particuliere huishoudens/Samenwonend/Totaal samenwonende personen";
    assertThat(sink.codes())
        .contains(
            new CodeEntry(
                "cbs:71488ned",
                "measure",
                together,
                "Totaal samenwonende personen",
                "Personen in particuliere huishoudens/Samenwonend"),
            new CodeEntry("cbs:71488ned", "unit", together, "aantal", null),
            new CodeEntry(
                "cbs:71488ned",
                "measure",
                "Totaal personen in huishoudens",
                "Totaal personen in huishoudens",
                null));
  }

  @Test
  void keepsProvisionalPeriodAndReadsTheDecimalComma() {
    CollectingSink sink = read(reader, StatLineInputs.real(EDUCATION_2023));
    // line 2: Totaal mannen en vrouwen;15 tot 75 jaar;2023*;Nederland;13503400;8,8;…
    Observation nl = at(sink, 2, BASIC, "2023");
    assertThat(nl.value()).isEqualTo(8.8);
    assertThat(nl.region()).isEqualTo("NL01");
    assertThat(nl.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(nl.sourceFlag()).isEqualTo("*");
    // line 3: …;2023*;Noord-Nederland (LD);1326000;7,8;18,1;46,2;19,5;8,4
    Observation north = at(sink, 3, "Bevolking", "2023");
    assertThat(north.region()).isEqualTo("LD01");
    assertThat(north.value()).isEqualTo(1326000.0);
    assertThat(at(sink, 7, BASIC, "2023").region()).isEqualTo("PV20");
    assertThat(sink.codes()).contains(new CodeEntry("cbs:unknown", "unit", BASIC, "%", null));
  }

  /**
   * StatLine marks a period {@code 2022**} when its figures are nader voorlopig (CBS "verklaring
   * van tekens": a provisional figure revised once, not yet final): a state of its own, not
   * "revised". A cell's symbol and its period's mark are both kept: {@code x} in {@code 2023*} is
   * secret and provisional, {@code .} in {@code 2022**} not available and nader voorlopig.
   */
  @Test
  void naderVoorlopigIsAStateOfItsOwnAndACellKeepsItsPeriodsMark(@TempDir Path dir)
      throws IOException {
    Path f =
        write(
            dir,
            "\"Perioden\";\"Regio's\";\"Bevolking (aantal)\";\"Immigratie (aantal)\"\n"
                + "\"2022**\";\"Nederland\";17811291;.\n"
                + "\"2023*\";\"Nederland\";17942942;x\n");
    CollectingSink sink = read(reader, new InputFile(f));
    assertThat(sink.rejects()).isEmpty();
    Observation population2022 = at(sink, 2, "Bevolking", "2022");
    assertThat(population2022.value()).isEqualTo(17811291.0);
    assertThat(population2022.status()).isEqualTo(Status.REVISED_PROVISIONAL);
    assertThat(population2022.sourceFlag()).isEqualTo("**");
    Observation immigration2022 = at(sink, 2, "Immigratie", "2022");
    assertThat(immigration2022.value()).isNull();
    assertThat(immigration2022.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(immigration2022.statesCode()).isEqualTo("not_available,revised_provisional");
    Observation immigration2023 = at(sink, 3, "Immigratie", "2023");
    assertThat(immigration2023.statesCode()).isEqualTo("confidential,provisional");
    assertThat(immigration2023.sourceFlag()).isEqualTo("x");
  }

  @Test
  void rejectsTheTouchedProvinceLabelWithoutDiacriticsNamingIt() {
    for (String file : List.of(EDUCATION_2015, EDUCATION_2023)) {
      CollectingSink sink = read(reader, StatLineInputs.real(file));
      assertThat(sink.observations()).as(file).hasSize(96);
      assertThat(sink.rejects())
          .as(file)
          .hasSize(6)
          .allSatisfy(
              r -> {
                assertThat(r.line()).isEqualTo(8);
                assertThat(r.reason()).contains("'Fryslan (PV)'").contains("Fryslân");
              });
    }
    CollectingSink y2015 = read(reader, StatLineInputs.real(EDUCATION_2015));
    // line 18: …;2015;Limburg (PV);860500;11,5;22,7;42,1;16,6;7,2
    Observation limburg =
        at(y2015, 18, "Onderwijsniveau 5 categorien/32 Hbo-, wo-master, doctor", "2015");
    assertThat(limburg.value()).isEqualTo(7.2);
    assertThat(limburg.region()).isEqualTo("PV31");
    assertThat(limburg.status()).isNull();
  }

  @Test
  void resolvesHomonymousMunicipalitiesInTheSample() {
    CollectingSink sink = read(reader, StatLineInputs.sample("label-csv-bevolking-regio.csv"));
    assertThat(sink.rejects()).isEmpty();
    String pop = "Bevolking/Bevolking op 1 januari";
    assertThat(at(sink, 7, pop, "2023").region()).isEqualTo("GM0893");
    assertThat(at(sink, 8, pop, "2023").region()).isEqualTo("GM0373");
    assertThat(at(sink, 4, pop, "2023").region()).isEqualTo("PV21");
    assertThat(at(sink, 20, pop, "2024").status()).isEqualTo(Status.PROVISIONAL);
    assertThat(at(sink, 6, "Bevolking/Bevolkingsdichtheid", "2023").value()).isEqualTo(6692.1);
  }

  @Test
  void rejectsAPointDecimalInTheCommaDialect(@TempDir Path dir) throws IOException {
    Path f =
        write(
            dir,
            "\"Perioden\";\"Regio's\";\"Bevolking (aantal)\"\n\"2020\";\"Nederland\";12.5\n"
                + "\"2020\";\"Atlantis (gemeente)\";3\n");
    CollectingSink sink = read(reader, new InputFile(f));
    assertThat(sink.observations()).isEmpty();
    assertThat(sink.rejects())
        .extracting(r -> r.reason())
        .satisfiesExactly(
            r -> assertThat(r).contains("'12.5'"),
            r -> assertThat(r).contains("'Atlantis (gemeente)'"));
  }

  @Test
  void aHeaderWithoutTopicsIsUnusable(@TempDir Path dir) throws IOException {
    Path f = write(dir, "\"Perioden\";\"Regio's\"\n\"2020\";\"Nederland\"\n");
    assertThatThrownBy(
            () -> reader.read(new InputFile(f), ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(":1:");
  }

  @Test
  void doesNotClaimTheCbsOdataCsvAndOdataDoesNotClaimIt(@TempDir Path dir) throws IOException {
    Path odata = write(dir, "\"ID\";\"Perioden\";\"Bevolking_1\"\n\"0\";\"2019JJ00\";\"  12\"\n");
    assertThat(reader.detect(Sniff.of(new InputFile(odata)))).isZero();
    InputFile label = StatLineInputs.sample("label-csv-bevolking-regio.csv");
    assertThat(new CbsOdataCsvReader().detect(Sniff.of(label))).isZero();
    assertThat(new StatLineTableLayoutReader().detect(Sniff.of(label))).isZero();
    assertThat(new StatLineChartCsvReader().detect(Sniff.of(label))).isZero();
  }

  private static Path write(Path dir, String text) throws IOException {
    Path f = dir.resolve("download.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
