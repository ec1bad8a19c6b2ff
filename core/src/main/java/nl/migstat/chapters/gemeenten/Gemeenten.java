package nl.migstat.chapters.gemeenten;

import java.util.List;
import nl.migstat.chapters.Chapter;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Chapter "Gemeenten": how migrants are spread over municipalities and over the buurten within
 * them, every municipal figure on the boundaries of the job's reference year, with small numbers
 * published as secret.
 */
public final class Gemeenten implements Chapter {
  private final SmallNumbers small;
  private final MunicipalBoundaries boundaries;
  private final Typology typology;
  private ChapterInputs countsFor;
  private Dataset<Row> counts;

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
  public List<TableInfo> tables() {
    return List.of(
        PopulationByBackground.INFO,
        MunicipalityProfile.INFO,
        SegregationWithinMunicipality.INFO,
        Concentration.INFO);
  }

  @Override
  public ChapterTable build(String table, ChapterInputs inputs) {
    TableInfo info =
        tables().stream()
            .filter(t -> t.name().equals(table))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no table " + table + " in " + name()));
    if (info == SegregationWithinMunicipality.INFO) {
      return segregation(inputs);
    }
    List<String> present = MunicipalCounts.all().stream().filter(inputs::has).toList();
    if (present.isEmpty()) {
      return ChapterTable.skipped(info, ChapterInputs.missing(MunicipalCounts.all()));
    }
    Dataset<Row> counts = counts(inputs);
    int year = inputs.referenceYear();
    Dataset<Row> rows;
    if (info == PopulationByBackground.INFO) {
      rows = PopulationByBackground.build(counts, names(inputs), year, small);
    } else if (info == MunicipalityProfile.INFO) {
      rows = MunicipalityProfile.build(counts, names(inputs), year, small, typology);
    } else {
      rows = Concentration.build(counts, year, boundaries.municipalitiesOn(year).size(), small);
    }
    return ChapterTable.built(info, rows, present);
  }

  /**
   * The harmonised counts, computed once per inputs for the three tables that share them, and cut
   * from their long lineage (driver-side boundary look-ups, joins) so that each table's plan stays
   * small.
   */
  private synchronized Dataset<Row> counts(ChapterInputs inputs) {
    if (countsFor != inputs) {
      ReferenceBoundaries reference = new ReferenceBoundaries(boundaries, inputs.referenceYear());
      counts = MunicipalCounts.municipal(inputs, reference).localCheckpoint();
      countsFor = inputs;
    }
    return counts;
  }

  private ChapterTable segregation(ChapterInputs inputs) {
    List<String> present = MunicipalCounts.KERNCIJFERS.stream().filter(inputs::has).toList();
    if (present.isEmpty()) {
      return ChapterTable.skipped(
          SegregationWithinMunicipality.INFO, ChapterInputs.missing(MunicipalCounts.KERNCIJFERS));
    }
    ReferenceBoundaries reference = new ReferenceBoundaries(boundaries, inputs.referenceYear());
    // Computed once: the index uses the buurten three times (totals, used, left out), and each
    // use would otherwise read and map the Kerncijfers again (BENCHMARKS.md).
    Dataset<Row> buurten =
        reference.assignBuurten(MunicipalCounts.buurten(inputs)).localCheckpoint();
    return ChapterTable.built(
        SegregationWithinMunicipality.INFO,
        SegregationWithinMunicipality.build(buurten, names(inputs), inputs.referenceYear(), small),
        present);
  }

  private Dataset<Row> names(ChapterInputs inputs) {
    return MunicipalCounts.names(
        inputs.observations().sparkSession(), boundaries, inputs.referenceYear());
  }
}
