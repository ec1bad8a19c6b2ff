package nl.migstat.disclosure;

import java.util.Locale;

/** Which counts the disclosure rule protects: only those this pipeline derives, or every count. */
public enum AppliesTo {
  /**
   * Counts this pipeline computes (split estimates, harmonised sums); counts the source publishes
   * unsuppressed stay exactly as published, since the publisher has already judged them safe.
   */
  DERIVED("derived"),
  /** Every count, the source's own included. */
  ALL("all");

  private final String key;

  AppliesTo(String key) {
    this.key = key;
  }

  /** The word a job file uses for it. */
  public String key() {
    return key;
  }

  /** Whether the rule protects a count of this origin. */
  public boolean covers(Origin origin) {
    return this == ALL || origin == Origin.DERIVED;
  }

  /** From a job file's {@code applies_to} value: {@code derived} or {@code all}. */
  public static AppliesTo fromKey(String key) {
    String word = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    for (AppliesTo value : values()) {
      if (value.key.equals(word)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "disclosure.applies_to must be 'derived' or 'all', not '" + key + "'");
  }
}
