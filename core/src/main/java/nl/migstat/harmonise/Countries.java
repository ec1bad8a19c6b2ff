package nl.migstat.harmonise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Where CBS country codes, ISO 3166 and Eurostat {@code geo} meet ({@code EL} for Greece, {@code
 * UK}), with Dutch names, continents and EU/EFTA membership ({@code codelists/countries.csv}), the
 * CBS Geboorteland codes the project verified ({@code codelists/cbs-geboorteland.csv}), and which
 * codes are aggregates (groupings, totals, unknown) rather than single countries.
 */
public final class Countries {
  /** Eurostat's code of the EU-27 aggregate (2020 composition). */
  public static final String EU27 = "EU27_2020";

  private Countries() {}

  /** Eurostat's codes of groupings of countries ({@code eurostat-labels.csv}, aggregate = 1). */
  private static final Map<String, String> EUROSTAT_AGGREGATES = loadEurostatAggregates();

  /**
   * Columns {@code geo, iso2, cbs, name_nl, name_en, continent, eu27 (bool), efta (bool), aggregate
   * (bool)}: single countries only (aggregate is false on every row).
   */
  public static Dataset<Row> countries(SparkSession spark) {
    BundledList list = BundledList.load("countries.csv");
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> r : list.rows()) {
      rows.add(
          RowFactory.create(
              r.get("geo"),
              r.get("iso2"),
              emptyToNull(r.get("cbs")),
              r.get("name_nl"),
              r.get("name_en"),
              r.get("continent"),
              r.get("eu27").equals("1"),
              r.get("efta").equals("1"),
              r.get("aggregate").equals("1")));
    }
    StructType schema =
        new StructType()
            .add("geo", DataTypes.StringType, false)
            .add("iso2", DataTypes.StringType, false)
            .add("cbs", DataTypes.StringType, true)
            .add("name_nl", DataTypes.StringType, false)
            .add("name_en", DataTypes.StringType, false)
            .add("continent", DataTypes.StringType, false)
            .add("eu27", DataTypes.BooleanType, false)
            .add("efta", DataTypes.BooleanType, false)
            .add("aggregate", DataTypes.BooleanType, false);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * The Eurostat {@code geo} and {@code citizen} codes that are no single country (EU27_2020, EA20,
   * EFTA, EXT_EU27_2020, TOTAL, UNK, STLS ...), each with Eurostat's first English label: these are
   * never ranked among countries.
   */
  public static Map<String, String> eurostatAggregates() {
    return EUROSTAT_AGGREGATES;
  }

  private static Map<String, String> loadEurostatAggregates() {
    Map<String, String> aggregates = new LinkedHashMap<>();
    for (Map<String, String> r : BundledList.load("eurostat-labels.csv").rows()) {
      boolean countryDimension =
          r.get("dimension").equals("geo") || r.get("dimension").equals("citizen");
      if (countryDimension && r.get("aggregate").equals("1")) {
        aggregates.putIfAbsent(r.get("code"), r.get("label"));
      }
    }
    return Collections.unmodifiableMap(aggregates);
  }

  /**
   * Columns {@code code, level, name_nl, continent, geo, aggregate (bool)} of the CBS Geboorteland
   * codes; level is {@code total}, {@code continent}, {@code aggregate} or {@code country}.
   */
  public static Dataset<Row> cbsCountriesOfBirth(SparkSession spark) {
    BundledList list = BundledList.load("cbs-geboorteland.csv");
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> r : list.rows()) {
      rows.add(
          RowFactory.create(
              r.get("code"),
              r.get("level"),
              r.get("name_nl"),
              emptyToNull(r.get("continent")),
              emptyToNull(r.get("geo")),
              r.get("aggregate").equals("1")));
    }
    StructType schema =
        new StructType()
            .add("code", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("name_nl", DataTypes.StringType, false)
            .add("continent", DataTypes.StringType, true)
            .add("geo", DataTypes.StringType, true)
            .add("aggregate", DataTypes.BooleanType, false);
    return spark.createDataFrame(rows, schema);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
