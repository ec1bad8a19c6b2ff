package nl.migstat.ingest.statline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.migstat.SharedData;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.Sniff;
import org.junit.jupiter.api.Test;

class StatLineDetectionTest {
  /** The real files of this package's formats (MANIFEST A2, A5 #13, A6, A7, A8). */
  private static final List<String> OURS =
      List.of(
          "household_gender_age-71488ned.csv",
          "2015_onderwijsniveau.csv",
          "2023_onderwijsniveau.csv",
          "Werkloosheidpercentage.csv",
          "Conjunctuurklokindicator (afwijking van de langetermijntrend (=0)).csv",
          "inkomensKlassen.csv",
          "werkloosheid2003tot2015.csv",
          "leeftijdPrognose.csv",
          "Beroepsbevolking__vanaf_1800__12_uursgrens___1800_2013_04042019_154346.csv",
          "Arbeidsdeelname__kerncijfers__08122020_130106.csv");

  private final List<FormatReader> readers =
      List.of(
          new StatLineLabelCsvReader(),
          new StatLineChartCsvReader(),
          new StatLineTableLayoutReader());

  @Test
  void claimsNoOtherRealExport() throws IOException {
    try (Stream<Path> files = Files.walk(SharedData.realDir())) {
      List<Path> others =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !OURS.contains(p.getFileName().toString()))
              .filter(p -> !p.getFileName().toString().matches(".*\\.(xls|xlsx|md)"))
              .toList();
      assertThat(others).hasSizeGreaterThan(20);
      for (Path p : others) {
        Sniff sniff = Sniff.of(new InputFile(p));
        for (FormatReader r : readers) {
          assertThat(r.detect(sniff)).as(r.name() + " on " + p).isZero();
        }
      }
    }
  }

  @Test
  void exactlyOneStatLineReaderClaimsEachOfOurFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SharedData.realDir())) {
      List<Path> ours = files.filter(p -> OURS.contains(p.getFileName().toString())).toList();
      assertThat(ours).hasSize(OURS.size());
      for (Path p : ours) {
        Sniff sniff = Sniff.of(new InputFile(p));
        assertThat(readers.stream().filter(r -> r.detect(sniff) == 2)).as(p.toString()).hasSize(1);
      }
    }
  }
}
