package nl.migstat.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * How a run's inputs and tables compare with the run published before it, as its manifest records
 * it: each input's observations, periods and regions and each table's rows and key totals, before
 * and now, with the relative change and whether it is beyond the job's limits ({@code drift:}).
 *
 * @param previousRun the run compared with, or null when there was none
 * @param limits the limits the job set (or the defaults)
 * @param note what was and was not compared, in a sentence (a first run, a previous run that
 *     recorded fewer measures, the check turned off)
 * @param changes every measure compared, inputs in job order then tables in report order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"previous_run", "limits", "note", "beyond_limits", "changes"})
public record Drift(
    @JsonProperty("previous_run") String previousRun,
    Limits limits,
    String note,
    List<Change> changes) {

  /** Changes absent from a hand-written manifest read as none. */
  public Drift {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** What a run does with changes beyond the limits. */
  public enum Action {
    /** Prints each one as a warning and publishes. */
    @JsonProperty("warn")
    WARN,
    /** Fails the run: nothing is published. */
    @JsonProperty("fail")
    FAIL,
    /** Compares nothing. */
    @JsonProperty("off")
    OFF;

    /** The name as the job file writes it. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The largest relative change allowed, up or down, per measure (0.2: from 300 to 240 or 360), and
   * what to do beyond it.
   *
   * @param action what a change beyond a limit does
   * @param observations of an input's observations
   * @param periods of an input's distinct periods
   * @param regions of an input's distinct regions
   * @param rows of a table's rows
   * @param totals of each key total of a table (the sum of a count column)
   */
  @JsonPropertyOrder({"action", "observations", "periods", "regions", "rows", "totals"})
  public record Limits(
      Action action,
      double observations,
      double periods,
      double regions,
      double rows,
      double totals) {
    /** The limits of a job file without {@code drift:}: warn beyond 20 % on every measure. */
    public static final Limits DEFAULTS = new Limits(Action.WARN, 0.2, 0.2, 0.2, 0.2, 0.2);
  }

  /**
   * One measure of one input or table, before and now.
   *
   * @param of {@code input} or {@code table}
   * @param name the input's path as in the job file, or the table's name
   * @param measure {@code observations}, {@code periods}, {@code regions}, {@code rows}, or {@code
   *     total <column>}
   * @param before its value in the previous run, or null when not there
   * @param now its value in this run, or null when not there
   * @param change {@code (now - before) / before}, rounded to 4 decimals; null when either is
   *     missing or {@code before} is 0
   * @param beyond whether the change is beyond the limit
   * @param note why it was not compared, or what else to know (a table skipped now), or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"of", "name", "measure", "before", "now", "change", "beyond", "note"})
  public record Change(
      String of,
      String name,
      String measure,
      Double before,
      Double now,
      Double change,
      boolean beyond,
      String note) {

    /** One line for a person: {@code input a.csv: observations 300 → 200 (-33.3 %)}. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%s %s: %s %s → %s%s%s",
          of,
          name,
          measure,
          number(before),
          number(now),
          change == null ? "" : String.format(Locale.ROOT, " (%+.1f %%)", 100 * change),
          note == null ? "" : "; " + note);
    }

    private static String number(Double d) {
      if (d == null) {
        return "none";
      }
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString(d.longValue())
          : String.format(Locale.ROOT, "%.2f", d);
    }
  }

  /** The changes beyond the limits, in order. */
  public List<Change> beyond() {
    return changes.stream().filter(Change::beyond).toList();
  }

  /** How many changes are beyond the limits (written to the manifest for a quick look). */
  @JsonProperty("beyond_limits")
  public int beyondLimits() {
    return beyond().size();
  }
}
