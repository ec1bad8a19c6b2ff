package nl.migstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Layers} fail on a rule-breaking import: each rule, over the production
 * classes plus one {@code *LayerBreach} fixture of the test sources, reports that fixture and
 * nothing else.
 */
class LayerBreachesTest {
  private static final String MODEL = "nl.migstat.model.ModelLayerBreach";
  private static final String EXPLORE = "nl.migstat.explore.ExploreLayerBreach";
  private static final String EXPORT = "nl.migstat.export.ExportLayerBreach";
  private static final String FILES = "nl.migstat.files.FilesLayerBreach";

  @Test
  void theModelUsingTheJobPackageAndSparkBreaksTheLayersAndItsSparkRule() {
    JavaClasses classes = Layers.productionAnd(MODEL);
    assertThat(classes.contain(MODEL)).isTrue();
    assertThat(classes.contain(LayersTest.class)).as("no other test class").isFalse();
    assertThat(violations(Layers.LAYERS, classes))
        .isNotEmpty()
        .allMatch(v -> v.contains(MODEL) && v.contains("nl.migstat.job.Job"));
    assertThat(violations(Layers.MODEL_WITHOUT_SPARK, classes))
        .isNotEmpty()
        .allMatch(v -> v.contains(MODEL) && v.contains("org.apache.spark.sql.Dataset"));
    assertThatThrownBy(() -> Layers.LAYERS.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(MODEL);
  }

  @Test
  void exploreUsingTheChaptersBreaksTheLayersAndBothSparkRules() {
    JavaClasses classes = Layers.productionAnd(EXPLORE);
    assertThat(violations(Layers.LAYERS, classes))
        .isNotEmpty()
        .allMatch(v -> v.contains(EXPLORE) && v.contains("nl.migstat.chapters.Chapters"));
    assertThat(violations(Layers.EXPLORE_WITHOUT_SPARK_PACKAGES, classes))
        .isNotEmpty()
        .allMatch(v -> v.contains(EXPLORE) && v.contains("nl.migstat.chapters.Chapters"));
    assertThat(violations(Layers.EXPLORE_WITHOUT_SPARK_TRANSITIVELY, classes))
        .singleElement()
        .asString()
        .contains(EXPLORE, "org.apache.spark");
  }

  @Test
  void exportUsingAnIngestTypeBreaksTheLayers() {
    assertThat(violations(Layers.LAYERS, Layers.productionAnd(EXPORT)))
        .isNotEmpty()
        .allMatch(v -> v.contains(EXPORT) && v.contains("nl.migstat.ingest.FileReport"));
  }

  @Test
  void filesAndExportUsingEachOtherIsACycle() {
    JavaClasses classes = Layers.productionAnd(FILES);
    assertThat(violations(Layers.NO_CYCLES, classes))
        .singleElement()
        .asString()
        .contains("Slice export", "Slice files", FILES);
    assertThat(violations(Layers.LAYERS, classes))
        .isNotEmpty()
        .allMatch(v -> v.contains(FILES) && v.contains("nl.migstat.export.PublishedRuns"));
  }

  private static List<String> violations(ArchRule rule, JavaClasses classes) {
    return rule.evaluate(classes).getFailureReport().getDetails();
  }
}
