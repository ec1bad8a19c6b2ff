package nl.migstat.chapters.gemeenten;

import java.util.Optional;
import nl.migstat.chapters.ChapterInputs;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the municipal tables build from: the run's inputs, the reference year's boundaries and
 * municipality names, and the harmonised counts that three tables share, computed once per run.
 *
 * @param all the run's inputs
 * @param reference the boundaries of the job's reference year
 * @param names {@code municipality_code, municipality_name, province} of the reference year
 * @param counts the harmonised counts ({@link MunicipalCounts#municipal}), where a table built from
 *     them is built and a municipal source is present
 * @param typology the municipal typology
 */
public record MunicipalInputs(
    ChapterInputs all,
    ReferenceBoundaries reference,
    Dataset<Row> names,
    Optional<Dataset<Row>> counts,
    Typology typology) {

  public int referenceYear() {
    return reference.referenceYear();
  }
}
