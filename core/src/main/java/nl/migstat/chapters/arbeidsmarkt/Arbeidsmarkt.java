package nl.migstat.chapters.arbeidsmarkt;

import java.util.List;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ReportTable;

/**
 * Chapter "Arbeidsmarkt": how people with and without a migration background fare on the labour
 * market, over time and across CBS's 2022 classification change, and how the Netherlands compares
 * within the EU. Its tables share the background bridge.
 */
public final class Arbeidsmarkt implements Chapter<LabourInputs> {
  private final List<ReportTable<LabourInputs>> tables =
      List.of(
          new UnemploymentByBackground(),
          new ParticipationByBackground(),
          new UnemploymentEuComparison(),
          new LabourTrend());

  private final BackgroundBridge bridge = BackgroundBridge.bundled();

  @Override
  public String name() {
    return "arbeidsmarkt";
  }

  @Override
  public String title() {
    return "Arbeidsmarkt";
  }

  @Override
  public List<ReportTable<LabourInputs>> tables() {
    return tables;
  }

  @Override
  public LabourInputs prepare(ChapterInputs inputs, List<ReportTable<LabourInputs>> building) {
    return new LabourInputs(inputs, bridge);
  }
}
