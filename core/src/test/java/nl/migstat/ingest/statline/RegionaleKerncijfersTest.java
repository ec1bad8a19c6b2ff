package nl.migstat.ingest.statline;

import static nl.migstat.ingest.statline.StatLineInputs.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.InputFile;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StatLine label download of a municipal table over many years (Regionale kerncijfers, 70072ned):
 * bare municipality names, {@code (gemeente)} only where a name is ambiguous, CBS's suffixes for
 * homonyms, and municipalities that no longer exist, each mapped to its code by the row's period.
 */
class RegionaleKerncijfersTest {
  static final String SAMPLE = "70072ned_label-csv-regionale-kerncijfers.csv";
  private static final String TOTAL =
      "Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking";
  private static final String MEN =
      "Bevolking/Bevolkingssamenstelling op 1 januari/Geslacht/Mannen";

  private final StatLineLabelCsvReader reader = new StatLineLabelCsvReader();

  @Test
  void everyRegionLabelOfEveryYearFindsItsCode() {
    CollectingSink sink = read(reader, StatLineInputs.sample(SAMPLE));
    // 18 regions x 6 periods x 2 topics.
    assertThat(sink.observations()).hasSize(216);
    assertThat(sink.rejects()).isEmpty();
    Map<Integer, String> codeOfLine = new TreeMap<>();
    for (Observation o : sink.observations()) {
      String line = o.origin().substring(o.origin().lastIndexOf(':') + 1);
      codeOfLine.put(Integer.parseInt(line), o.region());
    }
    // Lines 2-7 Nederland, 8-13 Noord-Nederland (LD), 14-19 Groningen (PV), then a municipality
    // per six lines in the order of the file.
    assertThat(codeOfLine.get(2)).isEqualTo("NL01");
    assertThat(codeOfLine.get(8)).isEqualTo("LD01");
    assertThat(codeOfLine.get(14)).isEqualTo("PV20");
    assertThat(codeOfLine.get(20)).isEqualTo("GM0014"); // Groningen (gemeente)
    assertThat(codeOfLine.get(26)).isEqualTo("GM0003"); // Appingedam, until 2021
    assertThat(codeOfLine.get(32)).isEqualTo("GM0010"); // Delfzijl, until 2021
    assertThat(codeOfLine.get(38)).isEqualTo("GM0024"); // Loppersum, until 2021
    assertThat(codeOfLine.get(44)).isEqualTo("GM1979"); // Eemsdelta, from 2021
    assertThat(codeOfLine.get(50)).isEqualTo("GM1680"); // Aa en Hunze, from 1998
    assertThat(codeOfLine.get(56)).isEqualTo("GM0344"); // Utrecht (gemeente)
    assertThat(codeOfLine.get(62)).isEqualTo("GM0518"); // 's-Gravenhage (gemeente)
    assertThat(codeOfLine.get(68)).isEqualTo("GM0888"); // Beek (L.)
    assertThat(codeOfLine.get(74)).isEqualTo("GM0164"); // Hengelo (O.)
    assertThat(codeOfLine.get(80)).isEqualTo("GM0373"); // Bergen (NH.)
    assertThat(codeOfLine.get(86)).isEqualTo("GM0893"); // Bergen (L.)
    assertThat(codeOfLine.get(92)).isEqualTo("GM1698"); // Sluis-Aardenburg, 1995-2002
    assertThat(codeOfLine.get(104)).isEqualTo("GM0457"); // Weesp, until March 2022
    // Sluis (GM1714, from 2003) in every year; the 1995 line (98) too, although CBS called
    // another municipality Sluis (GM0713) until 1994: StatLine labels with the table's names.
    for (int line = 98; line <= 103; line++) {
      assertThat(codeOfLine.get(line)).as("line %d", line).isEqualTo("GM1714");
    }
  }

  @Test
  void keepsTheFiguresAndTheEmptyCellsOfMunicipalitiesThatDidNotExistYet() {
    CollectingSink sink = read(reader, StatLineInputs.sample(SAMPLE));
    // line 26: "Appingedam";"1995";12533;6190
    Observation appingedam = StatLineInputs.at(sink, 26, TOTAL, "1995");
    assertThat(appingedam.value()).isEqualTo(12533.0);
    assertThat(StatLineInputs.at(sink, 26, MEN, "1995").value()).isEqualTo(6190.0);
    // line 31: "Appingedam";"2023*";; (merged into Eemsdelta on 1 January 2021)
    Observation gone = StatLineInputs.at(sink, 31, TOTAL, "2023");
    assertThat(gone.value()).isNull();
    assertThat(gone.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(gone.region()).isEqualTo("GM0003");
    // line 49: "Eemsdelta";"2023*";45450;22564, provisional. Its three predecessors had 11801 +
    // 24716 + 9702 = 46219 inhabitants in 2020 (lines 30, 36, 42).
    Observation eemsdelta = StatLineInputs.at(sink, 49, TOTAL, "2023");
    assertThat(eemsdelta.value()).isEqualTo(45450.0);
    assertThat(eemsdelta.status()).isEqualTo(Status.PROVISIONAL);
    double predecessors =
        StatLineInputs.at(sink, 30, TOTAL, "2020").value()
            + StatLineInputs.at(sink, 36, TOTAL, "2020").value()
            + StatLineInputs.at(sink, 42, TOTAL, "2020").value();
    assertThat(predecessors).isEqualTo(46219.0);
    // line 100: "Sluis";"2005";24755;12270
    assertThat(StatLineInputs.at(sink, 100, MEN, "2005").value()).isEqualTo(12270.0);
  }

  @Test
  void anUnknownNameStaysARejectThatNamesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("70072ned.csv");
    Files.writeString(
        file,
        "\ufeff\"Regio's\";\"Perioden\";\"Bevolking/Totale bevolking (aantal)\"\n"
            + "\"Appingedam\";\"2000\";12388\n"
            + "\"Atlantis\";\"2000\";100\n"
            + "\"Bergen\";\"2000\";13524\n",
        StandardCharsets.UTF_8);
    CollectingSink sink = read(reader, new InputFile(file));
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects()).hasSize(2);
    assertThat(sink.rejects().get(0).line()).isEqualTo(3);
    assertThat(sink.rejects().get(0).reason())
        .contains("'Atlantis'")
        .contains("not in the bundled CBS region list");
    // Two municipalities were called Bergen: CBS's labels say which, (L.) or (NH.).
    assertThat(sink.rejects().get(1).reason()).contains("'Bergen'");
  }
}
