package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.Selection.dim;
import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.TableColumns.SOURCE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.BACKGROUND_CODE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.EMPLOYED;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.LABOUR_FORCE;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.QUARTER;
import static nl.migstat.chapters.arbeidsmarkt.LabourColumns.UNEMPLOYED;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.chapters.Selection;
import nl.migstat.chapters.Series;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CBS labour-force observations (82809NED, 85456NED: one topic per observation, topic keys with a
 * {@code _n} suffix that differs per table) turned into one row per period and group with the
 * counts and the published rates side by side, each with its status.
 */
public final class LabourFigures {
  /** Output figure name → CBS topic key stem. */
  static final Map<String, String> TOPICS = new LinkedHashMap<>();

  static {
    TOPICS.put(POPULATION, "BeroepsEnNietBeroepsbevolking");
    TOPICS.put(LABOUR_FORCE, "Beroepsbevolking");
    TOPICS.put(EMPLOYED, "WerkzameBeroepsbevolking");
    TOPICS.put(UNEMPLOYED, "WerklozeBeroepsbevolking");
    TOPICS.put("published_unemployment_rate", "Werkloosheidspercentage");
    TOPICS.put("published_participation_rate", "NettoArbeidsparticipatie");
  }

  /** The grouping columns every wide row carries. */
  static final List<String> KEYS =
      List.of(
          SOURCE,
          "period",
          "frequency",
          "scheme",
          BACKGROUND_CODE,
          "birthplace_code",
          "sex_code",
          "age_code");

  private static final String[] BROKEN_DOWN = {
    "Geslacht", "Leeftijd", "Migratieachtergrond", "Herkomstland", "Geboorteland"
  };

  private LabourFigures() {}

  /**
   * One row per source, period and group; a dimension not broken down (Startkwalificatie,
   * Generatie) must be at its total. Rows of a table without a background dimension are dropped.
   */
  public static Dataset<Row> wide(Dataset<Row> cbs) {
    Column scheme =
        when(dim("Migratieachtergrond").isNotNull(), lit(BackgroundBridge.OLD))
            .when(dim("Herkomstland").isNotNull(), lit(BackgroundBridge.NEW));
    Dataset<Row> rows =
        cbs.where(Series.NATIONAL.and(Selection.totalsExcept(BROKEN_DOWN)))
            .select(
                col(SOURCE),
                col("period"),
                col("frequency"),
                scheme.as("scheme"),
                coalesce(dim("Migratieachtergrond"), dim("Herkomstland")).as(BACKGROUND_CODE),
                coalesce(dim("Geboorteland"), lit("T001638")).as("birthplace_code"),
                coalesce(dim("Geslacht"), lit("T001038")).as("sex_code"),
                coalesce(dim("Leeftijd"), lit("")).as("age_code"),
                Selection.measureStem().as("stem"),
                col("value"),
                col("status"))
            .where(col("scheme").isNotNull());
    return pivot(rows);
  }

  /**
   * Net participation rates of a CBS table by age without background (80590ned-style, read from a
   * StatLine layout with label dimensions): one row per period, sex and age, the rate as published,
   * as the group "Totaal" of its own scheme {@code cbs-leeftijd}.
   */
  public static Dataset<Row> ageTable(Dataset<Row> cbs) {
    Column measure = lower(col("measure"));
    Column netRate =
        measure
            .rlike("^netto-?arbeidsparticipatie")
            .and(not(measure.contains("/seizoengecorrigeerd")));
    Dataset<Row> rows =
        cbs.where(Series.NATIONAL.and(netRate))
            .select(
                col(SOURCE),
                col("period"),
                col("frequency"),
                lit("cbs-leeftijd").as("scheme"),
                lit("T001040").as(BACKGROUND_CODE),
                lit("T001638").as("birthplace_code"),
                coalesce(dim("Geslacht"), lit("T001038")).as("sex_code"),
                coalesce(dim("Leeftijd"), lit("")).as("age_code"),
                lit("NettoArbeidsparticipatie").as("stem"),
                col("value"),
                col("status"));
    return pivot(rows);
  }

  private static Dataset<Row> pivot(Dataset<Row> rows) {
    List<Column> figures = new ArrayList<>();
    TOPICS.forEach(
        (name, stem) -> {
          Column mine = col("stem").equalTo(stem);
          figures.add(first(when(mine, col("value")), true).as(name));
          figures.add(first(when(mine, col("status")), true).as(statusColumn(name)));
        });
    Dataset<Row> wide =
        rows.groupBy(KEYS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
            .agg(figures.get(0), figures.subList(1, figures.size()).toArray(Column[]::new));
    return wide.withColumn(YEAR, substring(col("period"), 1, 4).cast("int"))
        .withColumn(
            QUARTER,
            when(col("frequency").equalTo("Q"), substring(col("period"), 7, 1).cast("int")));
  }
}
