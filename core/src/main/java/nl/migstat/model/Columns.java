package nl.migstat.model;

/** Column names of the observation, code-list and reject tables, defined once. */
public final class Columns {
  public static final String SOURCE = "source";
  public static final String MEASURE = "measure";
  public static final String PERIOD = "period";
  public static final String FREQUENCY = "frequency";
  public static final String PERIOD_START = "period_start";
  public static final String PERIOD_END = "period_end";
  public static final String REGION = "region";
  public static final String DIMS = "dims";
  public static final String VALUE = "value";
  public static final String STATUS = "status";
  public static final String STATES = "states";
  public static final String SOURCE_FLAG = "source_flag";
  public static final String ORIGIN = "origin";

  public static final String DIMENSION = "dimension";
  public static final String CODE = "code";
  public static final String LABEL = "label";
  public static final String PARENT = "parent";

  public static final String FILE = "file";
  public static final String LINE = "line";
  public static final String RAW = "raw";
  public static final String REASON = "reason";

  private Columns() {}
}
