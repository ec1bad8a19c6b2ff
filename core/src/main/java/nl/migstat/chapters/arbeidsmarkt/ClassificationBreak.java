package nl.migstat.chapters.arbeidsmarkt;

import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.model.TableInfo.statusColumn;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import nl.migstat.chapters.Figures;
import nl.migstat.model.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Where a series by background crosses CBS's 2022 classification change (CBS Statistische Trends
 * 2022, "Nieuwe indeling bevolking naar herkomst"): the first period of the new classification of a
 * group whose bridge relation is {@code break} or {@code minor-break}, in a table that also holds
 * the group's old-classification periods before 2022. That period gets the state {@code break} on
 * every figure, beside the states it has (a provisional figure there is {@code break,provisional},
 * status {@code break}), and a text in {@link #COLUMN} that says which break it is.
 */
final class ClassificationBreak {
  /** The row's break in words; empty where the row is no break. */
  static final String COLUMN = "classification_break";

  static final String SERIES = "series";
  static final String RELATION = "relation";
  static final String IS_BREAK = "is_break";

  static final String BREAK_TEXT =
      "breuk: herkomstindeling vanaf "
          + BackgroundBridge.CHANGE_YEAR
          + " (Indonesië, Japan, Noord-Amerika en Oceanië gaan van westers naar buiten Europa)";
  static final String MINOR_BREAK_TEXT =
      "kleine breuk: herkomstindeling vanaf "
          + BackgroundBridge.CHANGE_YEAR
          + " (in het buitenland geborenen met twee in Nederland geboren ouders tellen naar hun"
          + " geboorteland)";

  /** The footnote every table with a series across the change carries. */
  static final String FOOTNOTE =
      "Breuk "
          + BackgroundBridge.CHANGE_YEAR
          + ": tot "
          + (BackgroundBridge.CHANGE_YEAR - 1)
          + " de indeling naar migratieachtergrond, vanaf "
          + BackgroundBridge.CHANGE_YEAR
          + " die naar herkomst. Westers ↔ Europa (excl. Nederland) en niet-westers ↔ buiten"
          + " Europa zijn geen één-op-één opvolgers: Indonesië, Japan, Noord-Amerika en Oceanië"
          + " gaan van westers naar buiten Europa (Turkije was niet-westers en is buiten Europa,"
          + " Azië). Nederlandse achtergrond ↔ herkomst Nederland en met migratieachtergrond ↔"
          + " herkomst buiten Nederland lopen door met een kleine breuk: wie in het buitenland is"
          + " geboren uit twee in Nederland geboren ouders telt vanaf "
          + BackgroundBridge.CHANGE_YEAR
          + " naar het eigen geboorteland. De eerste periode van de nieuwe indeling heeft status"
          + " 'break' (b; een voorlopig cijfer daar is ook voorlopig: * b) en de kolom 'Breuk in"
          + " de reeks' (in de lange reeks: 'Aansluiting') zegt welke breuk.";

  private ClassificationBreak() {}

  /**
   * Adds {@link #SERIES}, {@link #RELATION}, {@link #IS_BREAK} and {@link #COLUMN} to rows of
   * {@link LabourFigures#wide} shape, and sets status {@code break} on the given figures of the
   * break rows (a missing figure keeps its own, stronger, status).
   */
  static Dataset<Row> marked(Dataset<Row> rows, BackgroundBridge bridge, String... figures) {
    Dataset<Row> out =
        rows.withColumn(SERIES, bridge.series(col("scheme"), col(LabourColumns.BACKGROUND_CODE)))
            .withColumn(
                RELATION, bridge.relation(col("scheme"), col(LabourColumns.BACKGROUND_CODE)))
            .withColumn(IS_BREAK, isBreak());
    for (String figure : figures) {
      Column own = Figures.statusOf(col(figure), col(statusColumn(figure)));
      out =
          out.withColumn(
              statusColumn(figure),
              when(col(IS_BREAK), Figures.strongest(own, lit(Status.BREAK.code()))).otherwise(own));
    }
    return out.withColumn(
        COLUMN,
        when(col(IS_BREAK).and(col(RELATION).equalTo(BackgroundBridge.BREAK)), lit(BREAK_TEXT))
            .when(col(IS_BREAK), lit(MINOR_BREAK_TEXT)));
  }

  /**
   * The first new-classification period from 2022 of a series (per frequency and sex) that has
   * old-classification periods before 2022 in the same rows. Only rows over all countries of birth
   * have an old counterpart: the old tables have no Geboorteland.
   */
  private static Column isBreak() {
    WindowSpec perSeries = Window.partitionBy(col(SERIES), col("frequency"), col("sex_code"));
    Column allBirthplaces = col("birthplace_code").equalTo("T001638");
    Column newPeriod =
        col("scheme")
            .equalTo(BackgroundBridge.NEW)
            .and(col(YEAR).geq(BackgroundBridge.CHANGE_YEAR))
            .and(allBirthplaces);
    Column oldPeriod =
        col("scheme").equalTo(BackgroundBridge.OLD).and(col(YEAR).lt(BackgroundBridge.CHANGE_YEAR));
    Column firstNew = min(when(newPeriod, col("period"))).over(perSeries);
    Column hasOld = max(when(oldPeriod, lit(1)).otherwise(lit(0))).over(perSeries).equalTo(1);
    return col(RELATION)
        .isin(BackgroundBridge.BREAK, BackgroundBridge.MINOR_BREAK)
        .and(newPeriod)
        .and(col("period").equalTo(firstNew))
        .and(hasOld)
        .and(col(SERIES).isNotNull());
  }
}
