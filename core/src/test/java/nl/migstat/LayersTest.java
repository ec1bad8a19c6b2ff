package nl.migstat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The production classes of core keep the layers of {@link Layers}. */
class LayersTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = Layers.production();
  }

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    Layers.LAYERS.check(core);
  }

  @Test
  void theModelIsFreeOfSpark() {
    Layers.MODEL_WITHOUT_SPARK.check(core);
  }

  @Test
  void exploreUsesNoSparkAndNoPackageThatDoes() {
    Layers.EXPLORE_WITHOUT_SPARK_PACKAGES.check(core);
    Layers.EXPLORE_WITHOUT_SPARK_TRANSITIVELY.check(core);
  }

  @Test
  void packagesFormNoCycle() {
    Layers.NO_CYCLES.check(core);
  }
}
