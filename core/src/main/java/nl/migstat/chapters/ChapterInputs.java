package nl.migstat.chapters;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.migstat.harmonise.StatusColumns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a chapter builds from: every observation and code-list entry the job ingested, and which
 * sources are present (known from the ingest reports, without a Spark action).
 *
 * <p>A table gets a source's observations from {@link #first} as figures are combined: their {@code
 * status} holds every state of the cell ({@link StatusColumns#carryingStates}), so the states
 * travel with every status column a table derives, and {@link ChapterTable#built} publishes them.
 *
 * @param observations rows of the observation schema, as stored ({@code status} the strongest,
 *     {@code states} all)
 * @param codes rows of the code-list schema
 * @param sources the sources present in the observations
 * @param reportYear the report's year
 * @param referenceYear the year of the municipal boundaries
 * @param partsBySource the Parquet part files that hold each source's observations, where known (a
 *     source absent here is selected from {@code observations} by a filter)
 */
public record ChapterInputs(
    Dataset<Row> observations,
    Dataset<Row> codes,
    Set<String> sources,
    int reportYear,
    int referenceYear,
    Map<String, List<String>> partsBySource) {

  /** Inputs whose observations are only a Dataset (tests, in-memory observations). */
  public ChapterInputs(
      Dataset<Row> observations,
      Dataset<Row> codes,
      Set<String> sources,
      int reportYear,
      int referenceYear) {
    this(observations, codes, sources, reportYear, referenceYear, Map.of());
  }

  /**
   * The observations of the first of these sources that is present, or empty. Where the source's
   * part files are known only they are read: each scan of a table's queries then plans, opens and
   * schedules its source's files instead of a task and a footer per input of the job.
   */
  public Optional<Source> first(String... candidates) {
    for (String s : candidates) {
      if (sources.contains(s)) {
        List<String> parts = partsBySource.get(s);
        Dataset<Row> rows =
            parts == null
                ? observations
                : observations
                    .sparkSession()
                    .read()
                    .schema(observations.schema())
                    .parquet(parts.toArray(String[]::new));
        return Optional.of(
            new Source(s, StatusColumns.carryingStates(rows.where(col("source").equalTo(s)))));
      }
    }
    return Optional.empty();
  }

  /** Whether a source is present. */
  public boolean has(String source) {
    return sources.contains(source);
  }

  /** The code-list entries of one source and dimension. */
  public Dataset<Row> codes(String source, String dimension) {
    return codes.where(col("source").equalTo(source).and(col("dimension").equalTo(dimension)));
  }

  /** The observations of one present source, their states in {@code status}. */
  public record Source(String name, Dataset<Row> rows) {}
}
