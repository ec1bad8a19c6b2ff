package nl.migstat.ingest;

import java.util.Locale;

/**
 * What ingest does with observations that share their key (source, measure, period, region and
 * dimensions) within one input: two figures for one cell of a table, which a sum would count twice.
 * Identical rows count too: a page or a block saved twice is a broken download, whichever value is
 * right (README "Duplicate observations").
 */
public enum Duplicates {
  /** Every row of a key held twice becomes a reject naming the key and all its lines (default). */
  REJECT,
  /** The input is unusable: a {@link BadInputException} names the key and its lines. */
  FAIL;

  /** The default: the rows are rejected, and the input fails when they pass its reject share. */
  public static final Duplicates DEFAULT = REJECT;

  /** {@code reject} or {@code fail}, as the job file and the command line spell it. */
  public static Duplicates parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "reject" -> REJECT;
      case "fail" -> FAIL;
      default ->
          throw new IllegalArgumentException(
              "'" + text + "' is not a duplicates rule: use reject or fail");
    };
  }

  /** The spelling of {@link #parse}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
