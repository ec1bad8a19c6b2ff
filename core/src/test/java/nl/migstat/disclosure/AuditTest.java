package nl.migstat.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTest {
  private static final DisclosureRules RULES = DisclosureRules.DEFAULTS;

  /**
   * A 2x2 table whose four inner cells are hidden, the 8 the primary one:
   *
   * <pre>
   *          g1   g2 | total
   *   A       8   20 |   28        a + b = 28     a + c = 38
   *   B      30   12 |   42        c + d = 42     b + d = 32
   *   total  38   32 |   70
   * </pre>
   *
   * By hand, with a free: b = 28 - a, c = 38 - a, d = 42 - c = 4 + a (and b + d = 32 holds for
   * every a). Nonnegativity: b >= 0 gives a <= 28, c >= 0 gives a <= 38, d >= 0 gives a >= -4. So a
   * lies in [0, 28], b = 28 - a in [0, 28], c = 38 - a in [10, 38], d = 4 + a in [4, 32]. The 8 may
   * be 0 and up to 28: far more than ±1 person, so the rule is met.
   */
  @Test
  void findsTheHandWorkedIntervalsOfAHiddenRectangle() {
    LinkedTables tables = rectangle(8, 20, 30, 12);
    AuditReport report = Audit.of(tables, hiddenRectangle(tables), RULES);

    assertInterval(report, "A|g1", 0, 28);
    assertInterval(report, "A|g2", 0, 28);
    assertInterval(report, "B|g1", 10, 38);
    assertInterval(report, "B|g2", 4, 32);
    assertThat(report.interval(id("A|g1")).meetsRule()).isTrue();
    assertThat(report.passed()).isTrue();
    assertThat(report.summary()).isEqualTo(new AuditReport.Summary(9, 1, 3, 0, 1.0, 0));
  }

  /**
   * The same with a 0 opposite the 8 (B total 30, g2 total 20): now d = a - 8 >= 0, so a >= 8: a
   * reader learns that the 8 is at least 8, [8, 28]; no protection downwards.
   */
  @Test
  void findsAnIntervalThatReachesNoLowerThanTheSecretCount() {
    LinkedTables tables = rectangle(8, 20, 30, 0);
    AuditReport report = Audit.of(tables, hiddenRectangle(tables), RULES);

    assertInterval(report, "A|g1", 8, 28);
    assertThat(report.violations()).extracting(FeasibleInterval::cell).containsExactly(id("A|g1"));
    assertThat(report.summary().narrowestRelativeInterval()).isEqualTo(0.0);
    assertThat(report.describeViolations())
        .containsExactly(
            "rectangle/A|g1 (primary, 8): a reader can infer [8, 28], narrower than the rule asks");
  }

  @Test
  void aSecretCountInNoEquationMayBeAnything() {
    LinkedTables.Builder run = LinkedTables.builder();
    CellId alone = run.table("t").count("alone", 3, Origin.DERIVED);
    LinkedTables tables = run.build();
    AuditReport report = Audit.of(tables, DisclosureControl.suppress(tables, RULES), RULES);

    assertThat(report.interval(alone).min()).isZero();
    assertThat(report.interval(alone).max()).isInfinite();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void refusesAPatternThatPublishesACountWithoutValue() {
    LinkedTables.Builder run = LinkedTables.builder();
    CellId missing = run.table("t").missing("m", Origin.SOURCE);
    LinkedTables tables = run.build();

    assertThatThrownBy(
            () ->
                Audit.of(
                    tables, SuppressionPattern.of(Map.of(missing, CellStatus.PUBLISHED)), RULES))
        .hasMessageContaining("publishes t/m, which has no value");
  }

  static Stream<Arguments> patterns() {
    return Stream.of(Shape.TWO_WAY, Shape.HIERARCHY, Shape.LARGE_HIERARCHY)
        .flatMap(s -> LongStream.rangeClosed(1, 25).mapToObj(n -> Arguments.of(s, n)));
  }

  /**
   * ojAlgo per connected part against Commons Math's simplex over the whole system, on random
   * patterns (primary cells plus a random quarter of the others): the same intervals.
   */
  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("patterns")
  void agreesWithASecondSolverOverTheWholeSystem(Shape shape, long seed) {
    LinkedTables tables = shape.tables(seed);
    SuppressionPattern pattern = randomPattern(tables, new Random(seed));
    AuditReport report = Audit.of(tables, pattern, RULES);

    Map<CellId, double[]> expected = wholeSystem(tables, pattern);
    assertThat(report.intervals()).hasSize(expected.size());
    for (FeasibleInterval interval : report.intervals()) {
      double[] bounds = expected.get(interval.cell());
      assertThat(interval.min())
          .as("min of %s", interval.cell())
          .isCloseTo(bounds[0], offset(1e-6));
      assertThat(interval.max())
          .as("max of %s", interval.cell())
          .isEqualTo(bounds[1], offset(1e-6));
    }
  }

  private static SuppressionPattern randomPattern(LinkedTables tables, Random random) {
    SuppressionPattern primary = DisclosureControl.primaryOnly(tables, RULES);
    Map<CellId, CellStatus> statuses = new HashMap<>(primary.statuses());
    statuses.replaceAll(
        (cell, status) ->
            status == CellStatus.PUBLISHED && random.nextDouble() < 0.25
                ? CellStatus.SECONDARY
                : status);
    return SuppressionPattern.of(statuses);
  }

  /** Min and max of each secret count by Commons Math, all hidden cells in one programme. */
  private static Map<CellId, double[]> wholeSystem(
      LinkedTables tables, SuppressionPattern pattern) {
    List<CellId> hidden =
        tables.counts().keySet().stream().filter(c -> pattern.status(c).hidden()).toList();
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Equation equation : tables.equations()) {
      double[] row = new double[hidden.size()];
      double level = 0;
      boolean any = false;
      for (CellId cell : equation.cells()) {
        double coefficient = cell.equals(equation.total()) ? 1 : -1;
        int variable = hidden.indexOf(cell);
        if (variable >= 0) {
          row[variable] = coefficient;
          any = true;
        } else {
          level -= coefficient * tables.counts().get(cell).value();
        }
      }
      if (any) {
        constraints.add(new LinearConstraint(row, Relationship.EQ, level));
      }
    }
    Map<CellId, double[]> bounds = new HashMap<>();
    for (int v = 0; v < hidden.size(); v++) {
      if (pattern.secret(hidden.get(v))) {
        bounds.put(
            hidden.get(v),
            new double[] {
              optimum(constraints, hidden.size(), v, GoalType.MINIMIZE),
              optimum(constraints, hidden.size(), v, GoalType.MAXIMIZE)
            });
      }
    }
    return bounds;
  }

  private static double optimum(
      List<LinearConstraint> constraints, int variables, int v, GoalType goal) {
    double[] objective = new double[variables];
    objective[v] = 1;
    try {
      PointValuePair optimum =
          new SimplexSolver()
              .optimize(
                  new MaxIter(100_000),
                  new LinearObjectiveFunction(objective, 0),
                  new LinearConstraintSet(constraints),
                  goal,
                  new NonNegativeConstraint(true));
      return optimum.getValue();
    } catch (UnboundedSolutionException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  private static LinkedTables rectangle(double a, double b, double c, double d) {
    LinkedTables.Builder run = LinkedTables.builder();
    TableCells t = run.table("rectangle");
    CellId ag1 = t.count("A|g1", a, Origin.DERIVED);
    CellId ag2 = t.count("A|g2", b, Origin.DERIVED);
    CellId bg1 = t.count("B|g1", c, Origin.DERIVED);
    CellId bg2 = t.count("B|g2", d, Origin.DERIVED);
    CellId at = t.count("A|total", a + b, Origin.DERIVED);
    CellId bt = t.count("B|total", c + d, Origin.DERIVED);
    CellId g1 = t.count("total|g1", a + c, Origin.DERIVED);
    CellId g2 = t.count("total|g2", b + d, Origin.DERIVED);
    CellId all = t.count("total|total", a + b + c + d, Origin.DERIVED);
    t.sum(at, ag1, ag2).sum(bt, bg1, bg2).sum(g1, ag1, bg1).sum(g2, ag2, bg2);
    t.sum(all, at, bt).sum(all, g1, g2);
    return run.build();
  }

  private static SuppressionPattern hiddenRectangle(LinkedTables tables) {
    Map<CellId, CellStatus> statuses = new HashMap<>();
    tables.counts().keySet().forEach(cell -> statuses.put(cell, CellStatus.PUBLISHED));
    statuses.put(id("A|g1"), CellStatus.PRIMARY);
    statuses.put(id("A|g2"), CellStatus.SECONDARY);
    statuses.put(id("B|g1"), CellStatus.SECONDARY);
    statuses.put(id("B|g2"), CellStatus.SECONDARY);
    return SuppressionPattern.of(statuses);
  }

  private static void assertInterval(AuditReport report, String key, double min, double max) {
    FeasibleInterval interval = report.interval(id(key));
    assertThat(interval.min()).as("min of %s", key).isCloseTo(min, offset(1e-9));
    assertThat(interval.max()).as("max of %s", key).isCloseTo(max, offset(1e-9));
  }

  private static CellId id(String key) {
    return new CellId("rectangle", key);
  }
}
