package nl.migstat.chapters.gemeenten;

import java.util.List;
import java.util.Optional;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ReportTable;
import nl.migstat.harmonise.MunicipalBoundaries;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Gemeenten": how migrants are spread over municipalities and over the buurten within
 * them, every municipal figure on the boundaries of the job's reference year, with small numbers
 * published as secret.
 */
public final class Gemeenten implements Chapter<MunicipalInputs> {
  private final List<ReportTable<MunicipalInputs>> tables =
      List.of(
          new PopulationByBackground(),
          new MunicipalityProfile(),
          new SegregationWithinMunicipality(),
          new Concentration());

  private final SmallNumbers small;
  private final MunicipalBoundaries boundaries;
  private final Typology typology;

  /** With the default small-number threshold (fewer than 10 persons is secret). */
  public Gemeenten() {
    this(SmallNumbers.DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold counts below this are published as secret
   */
  public Gemeenten(int threshold) {
    this.small = new SmallNumbers(threshold);
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
    return new MunicipalInputs(inputs, reference, provinces, counts, small, typology);
  }
}
