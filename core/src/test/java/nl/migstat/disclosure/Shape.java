package nl.migstat.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The shapes of random table the property tests run on, and what they check on a pattern. */
enum Shape {
  ONE_WAY(RandomTables::oneWay),
  TWO_WAY(RandomTables::twoWay),
  HIERARCHY(RandomTables::hierarchy),
  /** Small counts beside counts of up to two million. */
  LARGE_HIERARCHY(RandomTables::hierarchy, 2_000_000);

  private final Function<RandomTables, LinkedTables> build;
  private final int largest;

  Shape(Function<RandomTables, LinkedTables> build) {
    this(build, 400);
  }

  Shape(Function<RandomTables, LinkedTables> build, int largest) {
    this.build = build;
    this.largest = largest;
  }

  LinkedTables tables(long seed) {
    return build.apply(new RandomTables(seed, largest));
  }

  /** Every shape with seeds 1 to {@code seeds}, as test arguments. */
  static Stream<Arguments> withSeeds(int seeds) {
    return Stream.of(values())
        .flatMap(shape -> LongStream.rangeClosed(1, seeds).mapToObj(s -> Arguments.of(shape, s)));
  }

  /**
   * The secret counts that stand alone among the hidden cells of an equation, so that the total
   * minus the published cells gives them back: recomputation by plain differencing, found without
   * the audit's linear programming.
   */
  static Set<CellId> loneSecretCounts(LinkedTables tables, SuppressionPattern pattern) {
    Set<CellId> lone = new LinkedHashSet<>();
    for (Equation equation : tables.equations()) {
      List<CellId> hidden = new ArrayList<>();
      for (CellId cell : equation.cells()) {
        if (pattern.status(cell).hidden()) {
          hidden.add(cell);
        }
      }
      if (hidden.size() == 1 && pattern.secret(hidden.get(0))) {
        lone.add(hidden.get(0));
      }
    }
    return lone;
  }
}
