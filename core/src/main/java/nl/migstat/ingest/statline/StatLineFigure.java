package nl.migstat.ingest.statline;

import java.util.Map;
import java.util.TreeMap;
import nl.migstat.ingest.cbs.CbsCell;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import nl.migstat.model.StatusSet;

/**
 * Turns one StatLine value cell with its labels into an observation, the same way for label, chart
 * and layout downloads: the cell's symbol and the period label's own states ({@code 2023*}, {@code
 * 2023**}, {@code na revisie}) are all kept ({@link StatusSet}); the strongest is the status.
 */
final class StatLineFigure {
  private StatLineFigure() {}

  /**
   * A cell of a download made without statistical symbols (MANIFEST A2, 71488NED): an empty cell
   * can only mean that StatLine shows no figure, so it is {@code not_available} with the empty flag
   * {@code ""}; a symbol that does occur keeps its CBS meaning.
   */
  static CbsCell withoutSymbols(String raw, NumberStyle style) {
    return raw.isBlank()
        ? new CbsCell(null, Status.NOT_AVAILABLE, "", null)
        : CbsCell.parse(raw, style);
  }

  /** The observation; {@code period} may be null for a table without periods. */
  static Observation build(
      String source,
      String measure,
      PeriodLabel period,
      String region,
      Map<String, String> dims,
      CbsCell cell,
      String origin) {
    TreeMap<String, String> all = new TreeMap<>(dims);
    StatusSet states = StatusSet.of(cell.status());
    String flag = cell.flag();
    if (period != null) {
      if (period.revision() != null) {
        all.put(PeriodLabel.REVISION, period.revision());
      }
      states = states.union(period.states());
      if (flag == null) {
        flag = period.flag();
      }
    }
    return Observation.withStates(
        source,
        measure,
        period == null ? null : period.period().code(),
        period == null ? null : period.period().frequency(),
        region,
        all,
        cell.value(),
        states,
        flag,
        origin);
  }
}
