package nl.migstat.explore;

import nl.migstat.chapters.Chapters;

/**
 * A fixture that breaks the layers on purpose, for {@code LayerBreachesTest}: explore asking the
 * chapters (Spark-typed) for their tables, as it once did. Production code never refers to it.
 */
final class ExploreLayerBreach {
  private ExploreLayerBreach() {}

  static int tables() {
    return Chapters.all().tableNames().size();
  }
}
