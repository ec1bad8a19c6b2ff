package nl.migstat.report;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.WorkbookTable;
import nl.migstat.model.StatusSet;
import nl.migstat.model.TableInfo;
import nl.migstat.report.TableRows.Figure;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static final String NBSP = "\u00a0";
  private static final StatusSet NONE = StatusSet.of();

  @Test
  void theIssuesExampleSentence() {
    // 404 431 → 335 668 is −17.0 %: "daalde … met 17 % tot 335 668 personen"
    assertThat(
            Headlines.countSentence(
                "De immigratie",
                2023,
                new Figure(335668.0, NONE),
                new Figure(404431.0, NONE),
                "personen"))
        .isEqualTo(
            "De immigratie daalde in 2023 met 17" + NBSP + "% tot 335" + NBSP + "668 personen.");
  }

  @Test
  void aNegativeBalanceIsGivenAsADifferenceInPersonsNotAPercentage() {
    assertThat(
            Headlines.countSentence(
                "Het migratiesaldo",
                2020,
                new Figure(-5000.0, NONE),
                new Figure(12000.0, NONE),
                "personen"))
        .isEqualTo(
            "Het migratiesaldo was in 2020 -5"
                + NBSP
                + "000 personen, 17"
                + NBSP
                + "000 minder dan in 2019 (12"
                + NBSP
                + "000).");
  }

  @Test
  void fromTheTablesWithTheSymbolOfAProvisionalFigure() {
    List<ChapterSection> chapters =
        List.of(
            new ChapterSection(
                "Migratiestromen",
                List.of(
                    WorkbookTable.built(
                        BALANCE,
                        List.of(
                            balance(2022, 403108, 229074, null),
                            balance(2023, 337436, 139150, "provisional"),
                            balance(2024, 300000, 100000, null)),
                        List.of()))));
    List<Headline> lines = Headlines.of(chapters, 2023);
    assertThat(lines)
        .extracting(Headline::sentence)
        .containsExactly(
            "De immigratie daalde in 2023 met 16" + NBSP + "% tot 337" + NBSP + "436* personen.",
            "Het migratiesaldo daalde in 2023 met 39"
                + NBSP
                + "% tot 139"
                + NBSP
                + "150* personen.");
    assertThat(lines).allMatch(Headline::provisional);
  }

  @Test
  void theUnemploymentGapComparesWithTheSameClassificationAndSaysSo() {
    assertThat(
            Headlines.gapSentence(
                "Buiten Nederland", 2023, new Figure(3.7, NONE), new Figure(3.5, NONE), true))
        .isEqualTo(
            "Het verschil in werkloosheid tussen mensen met herkomst buiten Nederland en met"
                + " herkomst Nederland was in 2023 3,7 procentpunt, 0,2 groter dan in 2022.");
    assertThat(
            Headlines.gapSentence(
                "Met migratieachtergrond",
                2021,
                new Figure(3.6, NONE),
                new Figure(3.6, NONE),
                false))
        .isEqualTo(
            "Het verschil in werkloosheid tussen mensen met en zonder migratieachtergrond was in"
                + " 2021 3,6 procentpunt, even groot als in 2020 (2020 in de oude indeling).");
  }

  @Test
  void aSecretFigureGivesNoNumber() {
    Map<String, Object> row = new HashMap<>();
    row.put("applicants", 12.0);
    row.put("applicants_status", "confidential");
    row.put("applicants_states", "confidential");
    assertThat(TableRows.figure(row, "applicants").published()).isFalse();
  }

  private static final TableInfo BALANCE =
      new TableInfo(
          "migration_balance",
          "Immigratie, emigratie en migratiesaldo",
          "aantal personen",
          List.of(),
          List.of(
              integer("year", "Jaar"),
              figure("immigration", "Immigratie", 0),
              figure("net_migration", "Migratiesaldo", 0),
              text("source", "Bron")));

  private static Map<String, Object> balance(int year, double in, double net, String status) {
    Map<String, Object> row = new HashMap<>();
    row.put("year", year);
    row.put("immigration", in);
    row.put("immigration_status", status);
    row.put("immigration_states", status);
    row.put("net_migration", net);
    row.put("net_migration_status", status);
    row.put("net_migration_states", status);
    row.put("source", "cbs:85524NED");
    return row;
  }
}
