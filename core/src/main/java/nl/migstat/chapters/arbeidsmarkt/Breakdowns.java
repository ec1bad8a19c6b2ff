package nl.migstat.chapters.arbeidsmarkt;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Labels of the breakdowns the labour tables share: sex (CBS {@code T001038}/{@code 3000}/{@code
 * 4000}, Eurostat {@code T}/{@code M}/{@code F}, or a StatLine label as read), age band and
 * classification.
 */
final class Breakdowns {
  /** CBS 82809NED age code of the whole survey population. */
  static final String AGE_15_75 = "52052";

  private Breakdowns() {}

  /** The sex as a Dutch label; a label read from a StatLine layout passes unchanged. */
  static Column sex(Column code) {
    return when(code.isin("T001038", "T"), lit("Totaal"))
        .when(code.isin("3000", "M"), lit("Mannen"))
        .when(code.isin("4000", "F"), lit("Vrouwen"))
        .otherwise(code);
  }

  /**
   * The age band: 85456NED has no age dimension and covers 15 to 75 year olds (its table
   * description), like the code {@code 52052} of 82809NED; other codes and labels pass unchanged.
   */
  static Column ageBand(Column code) {
    return when(code.equalTo("").or(code.equalTo(AGE_15_75)), lit("15 tot 75 jaar"))
        .otherwise(code);
  }

  /** Whether a row covers the whole survey population (for the long series). */
  static Column wholeAgeRange(Column code) {
    return code.equalTo("").or(code.equalTo(AGE_15_75));
  }

  /** The classification a scheme stands for, as printed in the tables. */
  static Column classification(Column scheme) {
    return when(scheme.equalTo(BackgroundBridge.OLD), lit("migratieachtergrond (tot 2022)"))
        .when(scheme.equalTo(BackgroundBridge.NEW), lit("herkomst (vanaf 2022)"))
        .otherwise(lit("alle herkomsten (tabel naar leeftijd)"));
  }

  /** The label of the own country of birth (CBS Geboorteland; the old tables have none). */
  static Column birthplace(BackgroundBridge bridge) {
    return bridge.label(lit(BackgroundBridge.BIRTH), col("birthplace_code"));
  }
}
