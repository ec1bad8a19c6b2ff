package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedTablesTest {
  @Test
  void refusesAnEquationThatDoesNotHold() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId a = table.count("a", 1, Origin.SOURCE);
    CellId total = table.count("total", 3, Origin.SOURCE);
    table.sum(total, a);

    assertThatThrownBy(run::build)
        .hasMessage(
            "the equation t/total = t/a does not hold: the total is 3.0, its parts add up to 1.0");
  }

  @Test
  void refusesAnEquationOverAnUndeclaredCell() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId total = table.count("total", 3, Origin.SOURCE);
    table.sum(total, table.id("nowhere"));

    assertThatThrownBy(run::build)
        .hasMessageContaining("names t/nowhere, which is no declared count");
  }

  @Test
  void refusesACellDeclaredTwiceAndANegativeCount() {
    TableCells table = LinkedTables.builder().table("t");
    table.count("a", 1, Origin.SOURCE);

    assertThatThrownBy(() -> table.derived("a", table.id("b")))
        .hasMessage("the cell t/a is declared twice");
    assertThatThrownBy(() -> table.count("b", -1, Origin.SOURCE))
        .hasMessageContaining("at least 0, not -1.0");
  }

  @Test
  void acceptsAnEquationWithAnUnknownPartWithoutCheckingIt() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId known = table.count("a", 1, Origin.SOURCE);
    CellId secret = table.secretAtSource("b", Origin.SOURCE);
    CellId total = table.count("total", 3, Origin.SOURCE);
    table.sum(total, known, secret);

    assertThat(run.build().equations())
        .containsExactly(new Equation(total, List.of(known, secret)));
  }

  @Test
  void keepsCellsAndEquationsInAnOrderOfTheirOwn() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId b = table.count("b", 2, Origin.SOURCE);
    CellId a = table.count("a", 1, Origin.SOURCE);
    CellId total = table.count("total", 3, Origin.SOURCE);
    CellId copy = run.table("s").count("copy", 3, Origin.SOURCE);
    table.sum(total, b, a);
    run.equal(copy, total);
    LinkedTables tables = run.build();

    assertThat(tables.counts().keySet()).containsExactly(copy, a, b, total);
    assertThat(tables.equations())
        .containsExactly(new Equation(copy, List.of(total)), new Equation(total, List.of(a, b)));
  }
}
