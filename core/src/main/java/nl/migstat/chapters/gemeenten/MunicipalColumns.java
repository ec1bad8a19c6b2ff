package nl.migstat.chapters.gemeenten;

/**
 * Output column names the municipal tables share (the reference year, the municipality and the
 * background group), for their infos and builds alike.
 */
final class MunicipalColumns {
  static final String REFERENCE_YEAR = "reference_year";
  static final String MUNICIPALITY_CODE = "municipality_code";
  static final String PROVINCE = "province";
  static final String BACKGROUND_GROUP = "background_group";
  static final String GROUP_POPULATION = "group_population";

  private MunicipalColumns() {}
}
