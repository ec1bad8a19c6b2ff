package nl.migstat.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.migstat.disclosure.CellId;
import nl.migstat.disclosure.InputState;
import nl.migstat.disclosure.LinkedTables;
import nl.migstat.disclosure.Origin;
import org.junit.jupiter.api.Test;

class RunCellsTest {
  private static Map<String, Object> row(Object count, String status, Object share) {
    Map<String, Object> row = new HashMap<>();
    row.put("count", count);
    row.put("count_status", status);
    row.put("share", share);
    return row;
  }

  /** A total of 100, a known 60, a secret x (confidential in the source) and a missing cell. */
  private final RunCells cells =
      new RunCells(
          Map.of(
              "t",
              List.of(
                  row(100.0, null, 100.0),
                  row(60.0, "provisional", 60.0),
                  row(null, "confidential", null),
                  row(null, "not_available", null))));

  @Test
  void readsAValueASourceSecretAndAMissingCellFromTheRows() {
    CellId total = cells.count("t", 0, "count", "total", Origin.SOURCE);
    cells.count("t", 1, "count", "a", Origin.SOURCE);
    CellId x = cells.count("t", 2, "count", "x", Origin.DERIVED);
    CellId gap = cells.count("t", 3, "count", "gap", Origin.SOURCE);
    LinkedTables tables = cells.build();

    assertThat(total).isEqualTo(new CellId("t", "total|count"));
    assertThat(tables.counts().get(total).value()).isEqualTo(100.0);
    assertThat(tables.counts().get(x).state()).isEqualTo(InputState.SECRET_AT_SOURCE);
    assertThat(tables.counts().get(gap).state()).isEqualTo(InputState.MISSING);
    assertThat(cells.origin(x)).isEqualTo(Origin.DERIVED);
    assertThat(cells.locations().get(x)).isEqualTo(new RunCells.Location("t", 2, "count"));
  }

  @Test
  void declaresAFigureOnlyWithAValueAndOverTheBaseThatIsDeclared() {
    Optional<CellId> total = Optional.of(cells.count("t", 0, "count", "total", Origin.SOURCE));
    Optional<CellId> a = Optional.of(cells.count("t", 1, "count", "a", Origin.SOURCE));
    cells.derived("t", 1, "share", "a", List.of(a, total, Optional.empty()));
    cells.derived("t", 2, "share", "x", List.of(total));
    LinkedTables tables = cells.build();

    assertThat(tables.derived()).containsOnlyKeys(new CellId("t", "a|share"));
    assertThat(tables.derived().get(new CellId("t", "a|share")).base())
        .containsExactly(new CellId("t", "a|count"), new CellId("t", "total|count"));
  }

  @Test
  void declaresASumThatHoldsOrHasAnUnknownPartAndLeavesOutOneThatDoesNot() {
    Optional<CellId> total = Optional.of(cells.count("t", 0, "count", "total", Origin.SOURCE));
    Optional<CellId> a = Optional.of(cells.count("t", 1, "count", "a", Origin.SOURCE));
    Optional<CellId> x = Optional.of(cells.count("t", 2, "count", "x", Origin.SOURCE));

    assertThat(cells.sum(total, List.of(a, x))).isTrue();
    assertThat(cells.sum(total, List.of(a))).isFalse();
    assertThat(cells.partition(a, List.of(total))).isFalse();
    assertThat(cells.sum(total, List.of(a, Optional.empty()))).isFalse();
    assertThat(cells.unbalanced()).containsExactly("t/total|count = [t/a|count]");
    assertThat(cells.build().equations()).hasSize(1);
  }

  @Test
  void refusesATableTheRunHasNoRowsOf() {
    assertThat(cells.has("t")).isTrue();
    assertThat(cells.has("u")).isFalse();
    assertThatThrownBy(() -> cells.rows("u")).hasMessage("the run has no table u");
  }

  @Test
  void aKeyTwiceIsTwoFiguresTheSecondFoundByItsRow() {
    RunCells twice =
        new RunCells(Map.of("t", List.of(row(5.0, null, 1.0), row(7.0, "provisional", 2.0))));
    CellId first = twice.count("t", 0, "count", "a", Origin.SOURCE);
    CellId second = twice.count("t", 1, "count", "a", Origin.SOURCE);

    assertThat(first).isEqualTo(new CellId("t", "a|count"));
    assertThat(second).isEqualTo(new CellId("t", "a|count#1"));
    assertThat(twice.declared("t", "a", "count")).contains(first);
    assertThat(twice.build().counts()).hasSize(2);
  }
}
