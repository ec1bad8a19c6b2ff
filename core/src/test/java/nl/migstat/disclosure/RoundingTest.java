package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {
  @ParameterizedTest
  @CsvSource({"0, 0", "2, 0", "3, 5", "12, 10", "13, 15", "12.5, 15", "7.4, 5", "932, 930"})
  void roundsToTheNearestMultipleOfFiveHalvesUp(double value, double rounded) {
    assertThat(Rounding.toMultiple(value, 5)).isEqualTo(rounded);
  }

  @Test
  void marksATotalThatNoLongerEqualsItsRoundedParts() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("buurten");
    CellId a = table.count("a", 12, Origin.DERIVED);
    CellId b = table.count("b", 11, Origin.DERIVED);
    CellId total = table.count("total", 23, Origin.DERIVED);
    table.sum(total, a, b);
    LinkedTables tables = run.build();

    RoundedCounts rounded =
        Rounding.round(
            tables,
            DisclosureControl.suppress(tables, DisclosureRules.DEFAULTS),
            DisclosureRules.DEFAULTS);

    assertThat(rounded.shown())
        .containsEntry(a, 10.0)
        .containsEntry(b, 10.0)
        .containsEntry(total, 25.0);
    assertThat(rounded.offSum()).containsExactly(new Equation(total, List.of(a, b)));
    assertThat(rounded.needsFootnote("buurten")).isTrue();
    assertThat(rounded.footnote())
        .isEqualTo("afgerond op 5; totalen kunnen afwijken van de som der delen");
  }

  @Test
  void leavesSourceCountsExactAndMarksNothingThatAddsUp() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("register");
    CellId a = table.count("a", 12, Origin.SOURCE);
    CellId b = table.count("b", 13, Origin.DERIVED);
    CellId total = table.count("total", 25, Origin.SOURCE);
    table.sum(total, a, b);
    LinkedTables tables = run.build();
    DisclosureRules rules = DisclosureRules.DEFAULTS;

    RoundedCounts rounded =
        Rounding.round(tables, DisclosureControl.suppress(tables, rules), rules);

    assertThat(rounded.shown())
        .containsEntry(a, 12.0)
        .containsEntry(b, 15.0)
        .containsEntry(total, 25.0);
    assertThat(rounded.offSum()).hasSize(1);
    assertThat(
            Rounding.round(
                    tables,
                    DisclosureControl.suppress(tables, rules),
                    new DisclosureRules(10, 1, 0.1, AppliesTo.DERIVED))
                .offSum())
        .isEmpty();
  }

  @Test
  void showsNoSecretCount() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId small = table.count("small", 4, Origin.DERIVED);
    CellId other = table.count("other", 40, Origin.DERIVED);
    CellId total = table.count("total", 44, Origin.DERIVED);
    table.sum(total, small, other);
    LinkedTables tables = run.build();
    DisclosureRules rules = DisclosureRules.DEFAULTS;

    RoundedCounts rounded =
        Rounding.round(tables, DisclosureControl.suppress(tables, rules), rules);

    assertThat(rounded.shown()).containsOnlyKeys(total);
    assertThat(rounded.offSum()).isEmpty();
  }

  /** round_to is for the counts this pipeline derives: under all a source count stays exact. */
  @Test
  void roundsOnlyDerivedCountsWhateverTheRuleCovers() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells table = run.table("t");
    CellId source = table.count("source", 932, Origin.SOURCE);
    CellId derived = table.count("derived", 932, Origin.DERIVED);
    LinkedTables tables = run.build();
    DisclosureRules all = new DisclosureRules(10, 5, 0.10, AppliesTo.ALL);

    RoundedCounts rounded = Rounding.round(tables, DisclosureControl.suppress(tables, all), all);

    assertThat(rounded.shown()).containsEntry(source, 932.0).containsEntry(derived, 930.0);
  }
}
