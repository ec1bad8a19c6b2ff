package nl.migstat.chapters.arbeidsmarkt;

/**
 * Output column names the labour-market tables share (the breakdowns by background, the counts and
 * the rates), for their infos and builds alike.
 */
final class LabourColumns {
  static final String QUARTER = "quarter";
  static final String CLASSIFICATION = "classification";
  static final String BACKGROUND_CODE = "background_code";
  static final String BIRTHPLACE = "birthplace";
  static final String SEX = "sex";
  static final String AGE_BAND = "age_band";
  static final String LABOUR_FORCE = "labour_force";
  static final String EMPLOYED = "employed";
  static final String UNEMPLOYED = "unemployed";
  static final String UNEMPLOYMENT_RATE = "unemployment_rate";
  static final String PARTICIPATION_RATE = "participation_rate";

  private LabourColumns() {}
}
