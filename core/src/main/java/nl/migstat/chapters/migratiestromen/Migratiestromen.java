package nl.migstat.chapters.migratiestromen;

import java.util.List;
import nl.migstat.chapters.CellDeclarations;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ReportTable;

/**
 * Chapter "Migratiestromen": who comes to the Netherlands, why and from where, who leaves, and how
 * the Netherlands compares within the EU. Its tables share nothing but the inputs: each picks its
 * own sources.
 */
public final class Migratiestromen implements Chapter<ChapterInputs> {
  private final List<ReportTable<ChapterInputs>> tables =
      List.of(
          new MigrationBalance(),
          new ImmigrationByMotive(),
          new ImmigrationByOrigin(),
          new AsylumRequests(),
          new AsylumEuComparison(),
          new AsylumRecognition(),
          new FirstPermitsByReason(),
          new MigrationByNationality(),
          new Naturalisation(),
          new AsylumFinalDecisions(),
          new ImmigrationEuComparison(),
          new FirstPermitsEuComparison(),
          new TemporaryProtection());

  @Override
  public String name() {
    return "migratiestromen";
  }

  @Override
  public String title() {
    return "Migratiestromen";
  }

  @Override
  public List<ReportTable<ChapterInputs>> tables() {
    return tables;
  }

  @Override
  public CellDeclarations cells() {
    return new MigrationCells();
  }

  @Override
  public ChapterInputs prepare(ChapterInputs inputs, List<ReportTable<ChapterInputs>> building) {
    return inputs;
  }
}
