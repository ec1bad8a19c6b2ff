package nl.migstat.chapters.migratiestromen;

import static nl.migstat.chapters.TableColumns.COUNT;
import static nl.migstat.chapters.TableColumns.COUNTRY_CODE;
import static nl.migstat.chapters.TableColumns.LEVEL;
import static nl.migstat.chapters.TableColumns.SHARE;
import static nl.migstat.chapters.TableColumns.YEAR;
import static nl.migstat.chapters.migratiestromen.NationalityRows.BREAKDOWN;
import static nl.migstat.chapters.migratiestromen.NationalityRows.CODE;
import static nl.migstat.chapters.migratiestromen.NationalityRows.FLOW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.chapters.RunCells;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.Origin;

/**
 * The cells under disclosure control of the flow tables of issue 20 ({@link
 * MigrationByNationality}, {@link AsylumFinalDecisions}): immigration and emigration are the
 * source's counts, the total is the Dutch plus the non-Dutch, and net migration and every share are
 * computed from counts; asylum decisions are the positive plus the rejected ones.
 */
final class FlowCells {
  private FlowCells() {}

  static void declare(RunCells cells) {
    if (cells.has(MigrationByNationality.INFO.name())) {
      byNationality(cells);
    }
    if (cells.has(Naturalisation.INFO.name())) {
      naturalisation(cells);
    }
    if (cells.has(AsylumFinalDecisions.INFO.name())) {
      finalDecisions(cells);
    }
  }

  /**
   * Acquisitions and non-nationals are the source's counts; a share is of the count and the
   * Netherlands' total, a rate of the count and the non-nationals. The ten former nationalities
   * shown are no partition of the total.
   */
  private static void naturalisation(RunCells cells) {
    String t = Naturalisation.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    Map<String, Optional<CellId>> totals = new HashMap<>();
    List<Optional<CellId>> counts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      Optional<CellId> count =
          Optional.of(cells.count(t, i, COUNT, naturalisationKey(row), Origin.SOURCE));
      counts.add(count);
      if (NaturalisationRows.TOTAL.equals(row.get(LEVEL))) {
        totals.put(String.valueOf(row.get(YEAR)), count);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key = naturalisationKey(row);
      if (NaturalisationRows.EU_COMPARISON.equals(row.get(NaturalisationRows.PART))) {
        Optional<CellId> pop =
            Optional.of(cells.count(t, i, NaturalisationRows.NON_NATIONALS, key, Origin.SOURCE));
        cells.derived(t, i, NaturalisationRows.PER_100, key, List.of(counts.get(i), pop));
      } else {
        cells.derived(
            t,
            i,
            SHARE,
            key,
            List.of(
                counts.get(i),
                totals.getOrDefault(String.valueOf(row.get(YEAR)), Optional.empty())));
      }
    }
  }

  private static String naturalisationKey(Map<String, Object> row) {
    return row.get(YEAR)
        + "|"
        + row.get(NaturalisationRows.PART)
        + "|"
        + row.get(NaturalisationRows.CODE);
  }

  /**
   * Per stage, decisions are the positive and the rejected ones and the rate is positive over
   * decisions; a row of unaccompanied minors has only its count of applicants.
   */
  private static void finalDecisions(RunCells cells) {
    String t = AsylumFinalDecisions.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String key =
          row.get(YEAR) + "|" + row.get(AsylumFinalDecisions.STAGE) + "|" + row.get(COUNTRY_CODE);
      if (AsylumFinalDecisions.MINORS.equals(row.get(AsylumFinalDecisions.STAGE))) {
        cells.count(t, i, AsylumFinalDecisions.APPLICANTS, key, Origin.SOURCE);
        continue;
      }
      Optional<CellId> decisions =
          Optional.of(cells.count(t, i, AsylumRecognition.DECISIONS, key, Origin.SOURCE));
      Optional<CellId> positive =
          Optional.of(cells.count(t, i, AsylumRecognition.POSITIVE, key, Origin.SOURCE));
      Optional<CellId> rejected =
          Optional.of(cells.count(t, i, AsylumRecognition.REJECTED, key, Origin.SOURCE));
      cells.partition(decisions, List.of(positive, rejected));
      cells.derived(t, i, AsylumRecognition.RECOGNITION_RATE, key, List.of(positive, decisions));
    }
  }

  private static void byNationality(RunCells cells) {
    String t = MigrationByNationality.INFO.name();
    List<Map<String, Object>> rows = cells.rows(t);
    Map<String, Optional<CellId>> counts = new HashMap<>();
    List<Integer> net = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      if (NationalityRows.NET.equals(row.get(FLOW))) {
        net.add(i);
        continue;
      }
      String key = key(row, (String) row.get(FLOW));
      counts.put(key, Optional.of(cells.count(t, i, COUNT, key, Origin.SOURCE)));
    }
    for (String flow : List.of(NationalityRows.IMMIGRATION, NationalityRows.EMIGRATION)) {
      for (Map<String, Object> row : rows) {
        if (flow.equals(row.get(FLOW)) && NationalityRows.TOTAL.equals(row.get(LEVEL))) {
          cells.partition(
              counts.getOrDefault(key(row, flow), Optional.empty()),
              List.of(
                  counts.getOrDefault(key(row, flow, NationalityRows.DUTCH), Optional.empty()),
                  counts.getOrDefault(
                      key(row, flow, NationalityRows.NON_DUTCH), Optional.empty())));
        }
      }
    }
    for (int i : net) {
      cells.derived(t, i, COUNT, key(rows.get(i), NationalityRows.NET), flows(counts, rows.get(i)));
    }
    for (int i = 0; i < rows.size(); i++) {
      cells.derived(
          t,
          i,
          SHARE,
          key(rows.get(i), (String) rows.get(i).get(FLOW)),
          shareBase(counts, rows.get(i)));
    }
  }

  /** A share is of the row's count and its flow's total; net migration's of both their flows. */
  private static List<Optional<CellId>> shareBase(
      Map<String, Optional<CellId>> counts, Map<String, Object> row) {
    String flow = (String) row.get(FLOW);
    if (NationalityRows.NET.equals(flow)) {
      List<Optional<CellId>> base = new ArrayList<>(flows(counts, row));
      base.addAll(flows(counts, totalOf(row)));
      return base;
    }
    return List.of(
        counts.getOrDefault(key(row, flow), Optional.empty()),
        counts.getOrDefault(key(totalOf(row), flow), Optional.empty()));
  }

  /** Immigration and emigration of the row's category: what its net migration is computed of. */
  private static List<Optional<CellId>> flows(
      Map<String, Optional<CellId>> counts, Map<String, Object> row) {
    return List.of(
        counts.getOrDefault(key(row, NationalityRows.IMMIGRATION), Optional.empty()),
        counts.getOrDefault(key(row, NationalityRows.EMIGRATION), Optional.empty()));
  }

  private static Map<String, Object> totalOf(Map<String, Object> row) {
    Map<String, Object> total = new HashMap<>(row);
    total.put(LEVEL, NationalityRows.TOTAL);
    total.put(CODE, NationalityRows.TOTAL);
    return total;
  }

  private static String key(Map<String, Object> row, String flow) {
    return row.get(YEAR) + "|" + flow + "|" + row.get(BREAKDOWN) + "|" + row.get(CODE);
  }

  private static String key(Map<String, Object> row, String flow, String code) {
    return row.get(YEAR) + "|" + flow + "|" + row.get(BREAKDOWN) + "|" + code;
  }
}
