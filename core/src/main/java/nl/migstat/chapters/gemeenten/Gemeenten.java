package nl.migstat.chapters.gemeenten;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.CellDeclarations;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ReportTable;
import nl.migstat.harmonise.MunicipalBoundaries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Gemeenten": how migrants are spread over municipalities and over the buurten within
 * them, every municipal figure on the boundaries of the job's reference year; small numbers are
 * kept secret by the run's disclosure control ({@link #cells()}), across the four tables.
 */
public final class Gemeenten implements Chapter<MunicipalInputs> {
  private final List<ReportTable<MunicipalInputs>> tables =
      List.of(
          new PopulationByBackground(),
          new MunicipalityProfile(),
          new SegregationWithinMunicipality(),
          new Concentration());

  private final MunicipalBoundaries boundaries;
  private final Typology typology;

  public Gemeenten() {
    this.boundaries = MunicipalBoundaries.load();
    this.typology = Typology.bundled();
  }

  @Override
  public String name() {
    return "gemeenten";
  }

  @Override
  public String title() {
    return "Gemeenten";
  }

  @Override
  public List<ReportTable<MunicipalInputs>> tables() {
    return tables;
  }

  @Override
  public CellDeclarations cells() {
    return new MunicipalCells(boundaries);
  }

  /**
   * The reference year's boundaries and names, and the harmonised counts where a table built from
   * them is built and a municipal source is present: computed once for those tables, and cut from
   * their long lineage (driver-side boundary look-ups, joins) so that each table's plan stays
   * small.
   */
  @Override
  public MunicipalInputs prepare(
      ChapterInputs inputs, List<ReportTable<MunicipalInputs>> building) {
    ReferenceBoundaries reference = new ReferenceBoundaries(boundaries, inputs.referenceYear());
    boolean countsUsed =
        building.stream().anyMatch(CountsTable.class::isInstance)
            && CountsTable.SOURCES.presentIn(inputs);
    Optional<Dataset<Row>> counts =
        countsUsed
            ? Optional.of(MunicipalCounts.municipal(inputs, reference).localCheckpoint())
            : Optional.empty();
    Dataset<Row> provinces =
        MunicipalCounts.provinces(
            inputs.observations().sparkSession(), boundaries, inputs.referenceYear());
    return new MunicipalInputs(inputs, reference, provinces, counts, typology);
  }
}
