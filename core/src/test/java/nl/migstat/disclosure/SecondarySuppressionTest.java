package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {
  private static final DisclosureRules ALL = new DisclosureRules(10, 5, 0.10, AppliesTo.ALL);

  @Test
  void choosesAComplementLargeEnoughToCarryTheProtection() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId small = t.count("small", 8, Origin.DERIVED);
    CellId zero = t.count("zero", 0, Origin.DERIVED);
    CellId large = t.count("large", 50, Origin.DERIVED);
    t.sum(t.count("total", 58, Origin.DERIVED), small, zero, large);

    SuppressionPattern pattern = DisclosureControl.suppress(run.build(), ALL);

    assertThat(pattern.withStatus(CellStatus.SECONDARY)).containsExactly(large);
  }

  @Test
  void underTheDefaultRuleNeverHidesACountTheSourcePublishes() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId small = t.count("small", 8, Origin.DERIVED);
    CellId register = t.count("register", 20, Origin.SOURCE);
    CellId estimate = t.count("estimate", 300, Origin.DERIVED);
    t.sum(t.count("total", 328, Origin.SOURCE), small, register, estimate);

    SuppressionPattern pattern = DisclosureControl.suppress(run.build(), DisclosureRules.DEFAULTS);

    assertThat(pattern.withStatus(CellStatus.SECONDARY)).containsExactly(estimate);
  }

  @Test
  void keepsACountSecretAtTheSourceFromBeingRecomputed() {
    LinkedTables tables = sourceSecretBesidePublishedParts();

    DisclosureOutcome outcome = DisclosureControl.protect(tables, ALL);

    assertThat(outcome.pattern().count(CellStatus.SECONDARY)).isEqualTo(1);
    assertThat(outcome.audit().interval(new CellId("t", "x")).max()).isGreaterThan(2);
    assertThat(outcome.audit().passed()).isTrue();
  }

  /**
   * Under {@code derived} the source's own 100, 60 and 35 give its x away (5), and no count of ours
   * is in the equation: our tables undo nothing, so the audit does not hold it against the run,
   * though it still reports the interval.
   */
  @Test
  void doesNotHoldTheSourcesOwnArithmeticAgainstTheRun() {
    LinkedTables tables = sourceSecretBesidePublishedParts();

    DisclosureOutcome outcome = DisclosureControl.protect(tables, DisclosureRules.DEFAULTS);

    FeasibleInterval x = outcome.audit().interval(new CellId("t", "x"));
    assertThat(x.max() - x.min()).isZero();
    assertThat(x.meetsRule()).isTrue();
    assertThat(outcome.pattern().count(CellStatus.SECONDARY)).isZero();
    assertThat(outcome.audit().passed()).isTrue();
  }

  /**
   * 65 = 60 + x with the x secret at the source and the 65 a sum of ours: the source alone leaves x
   * unbounded above, our total would give it away, so the total is the complement.
   */
  @Test
  void keepsADerivedTotalFromGivingASourceSecretAway() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId a = t.count("a", 60, Origin.SOURCE);
    CellId x = t.secretAtSource("x", Origin.SOURCE);
    CellId total = t.count("total", 65, Origin.DERIVED);
    t.sum(total, a, x);
    LinkedTables tables = run.build();

    DisclosureOutcome outcome = DisclosureControl.protect(tables, DisclosureRules.DEFAULTS);
    AuditReport primaryOnly =
        Audit.of(
            tables,
            DisclosureControl.primaryOnly(tables, DisclosureRules.DEFAULTS),
            DisclosureRules.DEFAULTS);

    assertThat(outcome.pattern().status(total)).isEqualTo(CellStatus.SECONDARY);
    assertThat(outcome.audit().passed()).isTrue();
    assertThat(primaryOnly.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.max() - v.min()).isZero());
  }

  @Test
  void hidesAShareOverAComplement() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId small = t.count("small", 3, Origin.DERIVED);
    CellId other = t.count("other", 40, Origin.DERIVED);
    CellId total = t.count("total", 43, Origin.DERIVED);
    t.sum(total, small, other);
    CellId smallShare = t.derived("small_share", small, total);
    CellId otherShare = t.derived("other_share", other, total);
    CellId index = t.derived("index", smallShare, otherShare);

    SuppressionPattern pattern = DisclosureControl.suppress(run.build(), ALL);

    assertThat(pattern.status(other)).isEqualTo(CellStatus.SECONDARY);
    assertThat(pattern.status(smallShare)).isEqualTo(CellStatus.PRIMARY);
    assertThat(pattern.status(otherShare)).isEqualTo(CellStatus.SECONDARY);
    assertThat(pattern.status(index)).isEqualTo(CellStatus.PRIMARY);
  }

  @Test
  void countsAMissingFigureAsUnknownToTheReader() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId small = t.count("small", 3, Origin.DERIVED);
    CellId missing = t.missing("missing", Origin.DERIVED);
    t.sum(t.count("total", 50, Origin.DERIVED), small, missing);

    DisclosureOutcome outcome = DisclosureControl.protect(run.build(), ALL);

    assertThat(outcome.pattern().count(CellStatus.SECONDARY)).isZero();
    assertThat(outcome.pattern().status(missing)).isEqualTo(CellStatus.MISSING);
    assertThat(outcome.audit().interval(small).max()).isEqualTo(50.0);
    assertThat(outcome.audit().intervals()).hasSize(1);
  }

  /** 100 = 60 + 35 + x, the x (5) secret at the source and 60, 35, 100 published by it. */
  private static LinkedTables sourceSecretBesidePublishedParts() {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("t");
    CellId a = t.count("a", 60, Origin.SOURCE);
    CellId b = t.count("b", 35, Origin.SOURCE);
    CellId x = t.secretAtSource("x", Origin.SOURCE);
    t.sum(t.count("total", 100, Origin.SOURCE), a, b, x);
    return run.build();
  }
}
