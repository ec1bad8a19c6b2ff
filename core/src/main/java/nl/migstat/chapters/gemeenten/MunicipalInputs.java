package nl.migstat.chapters.gemeenten;

import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the municipal tables build from: the run's inputs, the reference year's boundaries and
 * provinces, and the harmonised counts that three tables share, computed once per run.
 *
 * @param all the run's inputs
 * @param reference the boundaries of the job's reference year
 * @param provinces {@code municipality_code, province} of the reference year (the municipality's
 *     name is its label, {@link nl.migstat.chapters.CodeList#municipalities})
 * @param counts the harmonised counts ({@link MunicipalCounts#municipal}), where a table built from
 *     them is built and a municipal source is present
 * @param typology the municipal typology
 */
public record MunicipalInputs(
    ChapterInputs all,
    ReferenceBoundaries reference,
    Dataset<Row> provinces,
    Optional<Dataset<Row>> counts,
    Typology typology) {

  public int referenceYear() {
    return reference.referenceYear();
  }
}
