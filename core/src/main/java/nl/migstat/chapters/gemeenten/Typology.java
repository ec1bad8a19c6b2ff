package nl.migstat.chapters.gemeenten;

import static nl.migstat.chapters.TableColumns.POPULATION;
import static nl.migstat.chapters.gemeenten.MunicipalColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import nl.migstat.harmonise.BundledList;
import org.apache.spark.sql.Column;

/**
 * The municipal typology of the kind the WRR used (expat, large city, suburb, border, horticulture,
 * other), as ordered rules over the municipality's own figures and the bundled list {@code
 * codelists/municipality-types.csv}; rules and thresholds are in {@code
 * codelists/README-typology.md}.
 */
public final class Typology {
  /** A large city has at least this many inhabitants. */
  public static final double LARGE_CITY_POPULATION = 100_000;

  /** An expat municipality has at least this share (%) with a western migration background. */
  public static final double EXPAT_WESTERN_SHARE = 15;

  /** A suburb has at least this share (%) with a migration background. */
  public static final double SUBURB_MIGRATION_SHARE = 30;

  private final List<String> border;
  private final List<String> horticulture;

  private Typology(List<String> border, List<String> horticulture) {
    this.border = border;
    this.horticulture = horticulture;
  }

  /** The typology with the bundled lists. */
  public static Typology bundled() {
    List<Map<String, String>> rows = BundledList.load("municipality-types.csv").rows();
    return new Typology(
        rows.stream().filter(r -> r.get("list").equals("border")).map(r -> r.get("code")).toList(),
        rows.stream()
            .filter(r -> r.get("list").equals("horticulture"))
            .map(r -> r.get("code"))
            .toList());
  }

  /**
   * The type from columns {@code municipality_code}, {@code population}, {@code
   * migration_background_share}, {@code western_share}, {@code non_western_share} (unsuppressed);
   * null when a figure a rule needs is missing.
   */
  public Column of() {
    Column code = col(MUNICIPALITY_CODE);
    Column western = col(MunicipalityProfile.WESTERN_SHARE);
    Column nonWestern = col(MunicipalityProfile.NON_WESTERN_SHARE);
    Column known =
        col(POPULATION)
            .isNotNull()
            .and(western.isNotNull())
            .and(nonWestern.isNotNull())
            .and(col(MunicipalityProfile.MIGRATION_BACKGROUND_SHARE).isNotNull());
    Column type =
        when(code.isin(horticulture.toArray()), lit("horticulture"))
            .when(code.isin(border.toArray()).and(western.geq(nonWestern)), lit("border"))
            .when(col(POPULATION).geq(LARGE_CITY_POPULATION), lit("large_city"))
            .when(western.geq(EXPAT_WESTERN_SHARE), lit("expat"))
            .when(
                col(MunicipalityProfile.MIGRATION_BACKGROUND_SHARE).geq(SUBURB_MIGRATION_SHARE),
                lit("suburb"))
            .otherwise(lit("other"));
    return when(known, type).otherwise(lit(null).cast("string"));
  }
}
