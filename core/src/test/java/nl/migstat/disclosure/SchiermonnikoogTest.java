package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's worked example: Schiermonnikoog (GM0088) on 1 January 2019, 932 inhabitants = 840
 * Dutch + 84 western + 8 non-western (84910NED, as in data-samples/gemeenten), beside four other
 * municipalities of the sample and their sums, which stand for the national row. With primary
 * suppression alone the 8 came back three ways: 932 - 840 - 84; the profile's migration share minus
 * its western share; the diversity index (and the column sum) with the national sums.
 *
 * <p>84910NED is a register table CBS publishes exactly, so only {@code applies_to: all} puts the 8
 * under the rule, as the pipeline's own small-numbers rule did.
 */
class SchiermonnikoogTest {
  private static final DisclosureRules ALL = new DisclosureRules(10, 5, 0.10, AppliesTo.ALL);
  private static final String[] GROUPS = {"totaal", "nederlands", "westers", "niet_westers"};

  /** Code, total, Dutch, western, non-western in 2019 (84910NED in data-samples). */
  private static final double[][] MUNICIPALITIES = {
    {88, 932, 840, 84, 8},
    {981, 9850, 4480, 4680, 690},
    {1966, 47767, 45000, 1750, 1017},
    {1969, 62900, 60000, 1800, 1100},
    {384, 29015, 15080, 4100, 9835},
  };

  private final LinkedTables tables = tables(false);
  private final CellId nonWestern = population("GM0088", "niet_westers");

  @Test
  void theEightIsSecretAndCannotBeRecomputedAnyOfTheThreeWays() {
    DisclosureOutcome outcome = DisclosureControl.protect(tables, ALL);
    SuppressionPattern pattern = outcome.pattern();

    assertThat(pattern.status(nonWestern)).isEqualTo(CellStatus.PRIMARY);
    // 932 - 840 - 84: the row has a complement.
    assertThat(hidden(pattern, "GM0088", "totaal", "nederlands", "westers")).isNotEmpty();
    // the column sum minus the other municipalities: the column has a complement too.
    assertThat(hiddenInColumn(pattern, "niet_westers")).hasSizeGreaterThan(1);
    // migration share minus western share, and the non-western share itself.
    assertThat(pattern.status(profile("GM0088", "non_western_share")))
        .isEqualTo(CellStatus.PRIMARY);
    assertThat(
            pattern.secret(profile("GM0088", "migration_background_share"))
                || pattern.secret(profile("GM0088", "western_share")))
        .isTrue();
    // the diversity index over the 8, and the Herfindahl index over the national sums.
    assertThat(pattern.status(profile("GM0088", "diversity_index"))).isEqualTo(CellStatus.PRIMARY);
    assertThat(pattern.status(new CellId("concentration", "niet_westers|herfindahl_index")))
        .isEqualTo(CellStatus.PRIMARY);
  }

  @Test
  void theAuditProvesTheEightsIntervalReachesAtLeastOnePersonEachWay() {
    AuditReport audit = DisclosureControl.protect(tables, ALL).audit();
    FeasibleInterval eight = audit.interval(nonWestern);

    // ±10 % of 8 is 0.8, less than one person: the rule asks at least [7, 9].
    assertThat(eight.value()).isEqualTo(8);
    assertThat(eight.min()).isLessThanOrEqualTo(7);
    assertThat(eight.max()).isGreaterThanOrEqualTo(9);
    assertThat(eight.meetsRule()).isTrue();
    assertThat(audit.passed()).isTrue();
    assertThat(audit.summary().secretPrimary()).isEqualTo(4);
    assertThat(audit.summary().secretSecondary()).isPositive();
  }

  @Test
  void choosesTheCheapestComplementsWhateverOrderTheTablesAreDeclaredIn() {
    SuppressionPattern pattern = DisclosureControl.suppress(tables, ALL);

    // In GM0088's row the smallest part that can carry a person: the 84 western, not the total.
    assertThat(pattern.status(population("GM0088", "westers"))).isEqualTo(CellStatus.SECONDARY);
    assertThat(pattern.status(population("GM0088", "totaal"))).isEqualTo(CellStatus.PUBLISHED);
    // In the non-western column the smallest other municipality: Vaals's 690.
    assertThat(pattern.status(population("GM0981", "niet_westers")))
        .isEqualTo(CellStatus.SECONDARY);
    assertThat(DisclosureControl.suppress(tables(true), ALL).statuses())
        .isEqualTo(pattern.statuses());
  }

  @Test
  void withPrimarySuppressionAloneTheAuditRecomputesTheEight() {
    SuppressionPattern primary = DisclosureControl.primaryOnly(tables, ALL);
    FeasibleInterval eight = Audit.of(tables, primary, ALL).interval(nonWestern);

    assertThat(eight.min()).isEqualTo(8.0, offset(1e-9));
    assertThat(eight.max()).isEqualTo(8.0, offset(1e-9));
    assertThat(eight.meetsRule()).isFalse();
  }

  @Test
  void underTheDefaultRuleTheRegistersOwnCountsStayAsCbsPublishesThem() {
    SuppressionPattern pattern = DisclosureControl.suppress(tables, DisclosureRules.DEFAULTS);

    assertThat(pattern.status(nonWestern)).isEqualTo(CellStatus.PUBLISHED);
    assertThat(pattern.count(CellStatus.SECONDARY)).isZero();
  }

  /** Tables 1, 2 and 4 of chapter Gemeenten for 2019; {@code reversed} declares them backwards. */
  private static LinkedTables tables(boolean reversed) {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells population = run.table("population_by_background");
    TableCells profile = run.table("municipality_profile");
    List<double[]> rows = new ArrayList<>(List.of(MUNICIPALITIES));
    if (reversed) {
      Collections.reverse(rows);
    }
    for (double[] row : rows) {
      String code = code(row);
      List<CellId> cells = new ArrayList<>();
      for (int g = 0; g < GROUPS.length; g++) {
        cells.add(population.count(code + "|2019|" + GROUPS[g], row[g + 1], Origin.SOURCE));
      }
      population.sum(cells.get(0), cells.get(1), cells.get(2), cells.get(3));
      CellId inhabitants = profile.count(code + "|2019|population", row[1], Origin.SOURCE);
      run.equal(inhabitants, cells.get(0));
      profile.derived(code + "|2019|migration_background_share", cells.get(0), cells.get(1));
      profile.derived(code + "|2019|western_share", cells.get(0), cells.get(2));
      profile.derived(code + "|2019|non_western_share", cells.get(0), cells.get(3));
      profile.derived(code + "|2019|diversity_index", cells.toArray(CellId[]::new));
    }
    addNationalSums(run, rows);
    return run.build();
  }

  /**
   * The sums over the municipalities in table 1's last row, and table 4's group populations (equal
   * to them) with the Herfindahl index over every municipality's count of the group.
   */
  private static void addNationalSums(LinkedTables.Builder run, List<double[]> rows) {
    TableCells population = run.table("population_by_background");
    TableCells concentration = run.table("concentration");
    List<CellId> national = new ArrayList<>();
    for (int g = 0; g < GROUPS.length; g++) {
      int group = g;
      double sum = rows.stream().mapToDouble(row -> row[group + 1]).sum();
      List<CellId> column = rows.stream().map(row -> population(code(row), GROUPS[group])).toList();
      CellId all = population.count("all|2019|" + GROUPS[g], sum, Origin.SOURCE);
      run.sum(all, column);
      national.add(all);
      CellId groupPopulation =
          concentration.count(GROUPS[g] + "|group_population", sum, Origin.SOURCE);
      run.equal(groupPopulation, all);
      List<CellId> base = new ArrayList<>(column);
      base.add(groupPopulation);
      concentration.derived(GROUPS[g] + "|herfindahl_index", base.toArray(CellId[]::new));
    }
    run.sum(national.get(0), national.subList(1, national.size()));
  }

  private static String code(double[] row) {
    return String.format(Locale.ROOT, "GM%04d", (int) row[0]);
  }

  private static CellId population(String code, String group) {
    return new CellId("population_by_background", code + "|2019|" + group);
  }

  private static CellId profile(String code, String figure) {
    return new CellId("municipality_profile", code + "|2019|" + figure);
  }

  private static List<CellId> hidden(SuppressionPattern pattern, String code, String... groups) {
    return Stream.of(groups)
        .map(group -> population(code, group))
        .filter(cell -> pattern.status(cell).hidden())
        .toList();
  }

  private static List<CellId> hiddenInColumn(SuppressionPattern pattern, String group) {
    return Stream.concat(Stream.of(MUNICIPALITIES).map(SchiermonnikoogTest::code), Stream.of("all"))
        .map(code -> population(code, group))
        .filter(cell -> pattern.status(cell).hidden())
        .toList();
  }
}
