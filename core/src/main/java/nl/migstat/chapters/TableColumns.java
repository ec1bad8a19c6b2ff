package nl.migstat.chapters;

/**
 * Output column names that tables of several chapters share, written once for the tables' infos and
 * builds; a name only one table or chapter has is a constant there. A figure's status column is
 * named by {@link nl.migstat.model.TableInfo#statusColumn}.
 */
public final class TableColumns {
  public static final String YEAR = "year";
  public static final String LEVEL = "level";
  public static final String COUNTRY_CODE = "country_code";
  public static final String COUNTRY_NAME = "country_name";
  public static final String COUNT = "count";
  public static final String SHARE = "share";
  public static final String RANK = "rank";
  public static final String POPULATION = "population";
  public static final String IS_NETHERLANDS = "is_netherlands";
  public static final String GAP_PP = "gap_pp";
  public static final String SOURCE = "source";

  private TableColumns() {}
}
