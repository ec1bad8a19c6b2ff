package nl.migstat.ingest.statline;

import static nl.migstat.ingest.statline.StatLineInputs.at;
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
import nl.migstat.ingest.cbs.CbsOdataCsvReader;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatLineTableLayoutReaderTest extends ReaderContract {
  private static final String INCOME = "cbs-statweb-janjetze/inkomensKlassen.csv";
  private static final String PARTICIPATION = "cbs-statweb-janjetze/werkloosheid2003tot2015.csv";
  private static final String PROGNOSIS = "cbs-statweb-janjetze/leeftijdPrognose.csv";
  private static final String LABOUR_FORCE =
      "cbs-71882ned-statline-tcpd/"
          + "Beroepsbevolking__vanaf_1800__12_uursgrens___1800_2013_04042019_154346.csv";
  private static final String KEY_FIGURES =
      "cbs-statline-virtualsociety/Arbeidsdeelname__kerncijfers__08122020_130106.csv";

  private final StatLineTableLayoutReader reader = new StatLineTableLayoutReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> in = new ArrayList<>();
    in.add(StatLineInputs.sample("layout-csv-beroepsbevolking.csv"));
    in.add(StatLineInputs.sample("statweb-layout-arbeidsdeelname.csv"));
    for (String f : List.of(INCOME, PARTICIPATION, PROGNOSIS, LABOUR_FORCE, KEY_FIGURES)) {
      in.addAll(StatLineInputs.realIfPresent(f));
    }
    return in;
  }

  @Test
  void reads71882nedInThousandsWithTheUnitInTheCodeList() {
    CollectingSink sink = read(reader, StatLineInputs.real(LABOUR_FORCE));
    assertThat(sink.observations()).hasSize(9 * 215);
    assertThat(sink.rejects()).isEmpty();
    // line 5: "Mannen en vrouwen";"Beroepsbevolking";"x 1 000";"849";…
    Observation first = at(sink, 5, "Beroepsbevolking", "1800", "Geslacht", "Mannen en vrouwen");
    assertThat(first.value()).isEqualTo(849.0);
    assertThat(first.dims()).containsEntry("Persoonskenmerken", "Totaal");
    assertThat(sink.codes())
        .contains(new CodeEntry("cbs:unknown", "unit", "Beroepsbevolking", "x 1 000", null));
    assertThat(sink.warnings())
        .anyMatch(w -> w.contains("'Bron: CBS'"))
        .anyMatch(w -> w.contains("'Beroepsbevolking; vanaf 1800 (12-uursgrens), 1800-2013'"));
  }

  @Test
  void dotIsAMissingFigureIn71882ned() {
    CollectingSink sink = read(reader, StatLineInputs.real(LABOUR_FORCE));
    // line 13: "Vrouwen";"Werkloze beroepsbevolking";"x 1 000";".";".";".";".";".";"2";…
    Observation dot = at(sink, 13, "Werkloze beroepsbevolking", "1800");
    assertThat(dot.value()).isNull();
    assertThat(dot.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(dot.sourceFlag()).isEqualTo(".");
    assertThat(at(sink, 13, "Werkloze beroepsbevolking", "1805").value()).isEqualTo(2.0);
    assertThat(sink.observations()).filteredOn(o -> o.value() == null).hasSize(5);
  }

  @Test
  void keepsBothFiguresOfTheRevisedYearWithABreakOnTheNewOne() {
    CollectingSink sink = read(reader, StatLineInputs.real(LABOUR_FORCE));
    Observation before = at(sink, 5, "Beroepsbevolking", "2001", "Revisie", "voor revisie");
    Observation after = at(sink, 5, "Beroepsbevolking", "2001", "Revisie", "na revisie");
    assertThat(before.value()).isEqualTo(7273.0);
    assertThat(before.status()).isNull();
    assertThat(after.value()).isEqualTo(7187.0);
    assertThat(after.status()).isEqualTo(Status.BREAK);
    assertThat(after.sourceFlag()).isEqualTo("na revisie");
    assertThat(at(sink, 5, "Beroepsbevolking", "2002").dims()).doesNotContainKey("Revisie");
  }

  @Test
  void readsTheStatwebHeaderBlockAndUnitRow() {
    CollectingSink sink = read(reader, StatLineInputs.real(INCOME));
    assertThat(sink.observations()).hasSize(25 * 19);
    assertThat(sink.rejects()).isEmpty();
    // line 33: "100 000 euro of meer";"410";… under "Perioden";"2014*" and unit "x 1 000"
    Observation top =
        at(
            sink,
            33,
            "Personen in particuliere huishoudens",
            "2014",
            "Inkomensklassen",
            "100 000 euro of meer",
            "Overige kenmerken",
            "Totaal personen");
    assertThat(top.value()).isEqualTo(410.0);
    assertThat(top.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(top.sourceFlag()).isEqualTo("*");
    assertThat(top.dims())
        .containsEntry("Inkomensbegrippen", "Persoonlijk primair inkomen")
        .containsEntry("Populatie", "Personen met inkomen")
        .containsEntry("Geslacht", "Totaal personen");
    assertThat(sink.codes())
        .contains(
            new CodeEntry(
                "cbs:unknown", "unit", "Personen in particuliere huishoudens", "x 1 000", null));
    assertThat(sink.warnings()).anyMatch(w -> w.contains("Centraal Bureau voor de Statistiek"));
  }

  @Test
  void readsTheSpreadsheetResavesWithAPointDecimalAndReportsTheBrokenFooter() {
    CollectingSink sink = read(reader, StatLineInputs.real(PARTICIPATION));
    assertThat(sink.observations()).hasSize(13 * 3);
    assertThat(sink.rejects()).isEmpty();
    // line 18: Totaal,2015,60.8,83.1,55.4
    Observation old =
        at(
            sink,
            18,
            "Netto-arbeidsparticipatie/Niet seizoengecorrigeerd",
            "2015",
            "Leeftijd",
            "45 tot 75 jaar");
    assertThat(old.value()).isEqualTo(55.4);
    assertThat(old.dims()).containsEntry("Geslacht", "Totaal");
    assertThat(sink.warnings()).anyMatch(w -> w.contains("U+FFFD"));

    CollectingSink prognosis = read(reader, StatLineInputs.real(PROGNOSIS));
    assertThat(prognosis.observations()).hasSize(303 * 44);
    assertThat(prognosis.rejects()).isEmpty();
    // line 307: Vrouwen,99 jaar of ouder,3111,…,25813 (2017 … 2060)
    assertThat(at(prognosis, 307, "Bevolking", "2060").value()).isEqualTo(25813.0);
    assertThat(at(prognosis, 307, "Bevolking", "2017").value()).isEqualTo(3111.0);
    assertThat(prognosis.codes())
        .contains(new CodeEntry("cbs:unknown", "unit", "Bevolking", "aantal", null));
  }

  @Test
  void readsTheTopicPathJoinedByBarsAsTheMeasure() {
    CollectingSink sink = read(reader, StatLineInputs.real(KEY_FIGURES));
    assertThat(sink.observations()).hasSize(7 * 9);
    // line 8: Beroepsbevolking|Werkloze beroepsbevolking;434;…;314
    assertThat(at(sink, 8, "Beroepsbevolking/Werkloze beroepsbevolking", "2019").value())
        .isEqualTo(314.0);
    Observation unknown =
        at(
            sink,
            7,
            "Beroepsbevolking/Werkzame beroepsbevolking/Positie in de"
                + " werkkring/Positie in de werkkring onbekend",
            "2011");
    assertThat(unknown.value()).isEqualTo(0.0);
    assertThat(unknown.status()).isNull();
    assertThat(sink.codes())
        .contains(
            new CodeEntry(
                "cbs:unknown",
                "measure",
                "Beroepsbevolking/Werkloze beroepsbevolking",
                "Werkloze beroepsbevolking",
                "Beroepsbevolking"));
  }

  @Test
  void readsTheStatwebSampleWithDecimalComma() {
    CollectingSink sink = read(reader, StatLineInputs.sample("statweb-layout-arbeidsdeelname.csv"));
    assertThat(sink.observations()).hasSize(18);
    Observation women =
        at(sink, 7, "Netto arbeidsparticipatie", "2014", "Leeftijd", "25 tot 45 jaar");
    assertThat(women.value()).isEqualTo(76.6);
    assertThat(women.dims()).containsEntry("Geslacht", "Vrouwen");
  }

  @Test
  void aLatin1FooterIsRejectedWithItsLineAndBadCellsAreRejected(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("layout.csv");
    byte[] head =
        ("\"Bevolking; voorbeeld\"\r\n"
                + "\"\";\"Onderwerpen\";\"Bevolking\";\"Bevolking\"\r\n"
                + "\"\";\"Perioden\";\"2017\";\"2018\"\r\n"
                + "\"Geslacht\";\"Leeftijd\";\"aantal\";\"aantal\"\r\n"
                + "\"Mannen\";\"0 jaar\";\"12,5\";\"abc\"\r\n"
                + "\"Vrouwen\";\"\";\"1\";\"2\";\"3\"\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] footer =
        "\"\u00a9 Centraal Bureau voor de Statistiek\"\r\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + footer.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(footer, 0, all, head.length, footer.length);
    Files.write(f, all);
    CollectingSink sink = read(reader, new InputFile(f));
    assertThat(sink.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(12.5));
    assertThat(sink.rejects())
        .extracting(r -> r.line() + " " + r.reason())
        .satisfiesExactly(
            r -> assertThat(r).startsWith("5 ").contains("'abc'"),
            r -> assertThat(r).startsWith("6 ").contains("empty label"),
            r -> assertThat(r).startsWith("6 ").contains("empty label"),
            r -> assertThat(r).startsWith("6 ").contains("'3'").contains("no header"),
            r -> assertThat(r).startsWith("7 ").contains("not valid UTF-8"),
            r -> assertThat(r).startsWith("7 ").contains("not valid UTF-8"));
  }

  @Test
  void detectionDoesNotCollideWithTheOtherCbsReaders() {
    for (InputFile in : contractInputs()) {
      Sniff sniff = Sniff.of(in);
      assertThat(new CbsOdataCsvReader().detect(sniff)).as(in.displayName()).isZero();
      assertThat(new StatLineLabelCsvReader().detect(sniff)).as(in.displayName()).isZero();
      assertThat(new StatLineChartCsvReader().detect(sniff)).as(in.displayName()).isZero();
    }
  }
}
