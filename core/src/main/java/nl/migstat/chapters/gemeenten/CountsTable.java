package nl.migstat.chapters.gemeenten;

import java.util.List;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.ReportTable;
import nl.migstat.chapters.Sources;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A municipal table built from the harmonised counts ({@link MunicipalCounts#municipal}), which the
 * chapter computes once for every such table of the run.
 */
abstract sealed class CountsTable implements ReportTable<MunicipalInputs>
    permits PopulationByBackground, MunicipalityProfile, Concentration {
  /** Every municipal source, in order of preference per municipality and year. */
  static final Sources SOURCES = Sources.anyOf(MunicipalCounts.all());

  @Override
  public Sources sources() {
    return SOURCES;
  }

  @Override
  public final ChapterTable buildFrom(MunicipalInputs inputs) {
    List<String> present = SOURCES.present(inputs.all());
    if (present.isEmpty()) {
      return ChapterTable.skipped(info(), SOURCES.absentReason());
    }
    Dataset<Row> counts =
        inputs
            .counts()
            .orElseThrow(
                () -> new IllegalStateException(info().name() + ": counts were not prepared"));
    return ChapterTable.built(info(), fromCounts(counts, inputs), present);
  }

  /** The table's rows from the harmonised counts. */
  abstract Dataset<Row> fromCounts(Dataset<Row> counts, MunicipalInputs inputs);
}
