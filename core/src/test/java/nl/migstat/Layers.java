package nl.migstat;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The agreed dependency direction of core's packages, as ArchUnit rules over the compiled classes
 * (README, "Design"): {@code LayersTest} holds them on the production classes, and {@code
 * LayerBreachesTest} shows each one failing on a fixture of the test sources that breaks it (the
 * classes named {@code *LayerBreach}).
 *
 * <p>From left to right, each may use what is to its right and never what is to its left: cli → job
 * (with fetch beside it) → chapters → harmonise, ingest, disclosure → model. export and store
 * (written output, the observation store) use model only; report (the HTML and PDF draft) uses
 * export's tables, charts and notation, and model; files (atomic folders, checksums) is below all
 * but model; explore, the analysts' API, reads published runs with export's manifest and model's
 * table infos and loads no Spark.
 */
public final class Layers {
  private static final String SPARK = "org.apache.spark..";

  /**
   * Each package uses only the packages the design puts below it. {@code ingest.odata} is a layer
   * of its own only so that fetch may use it (the saved-page layout and the JSON limits that fetch
   * and the OData readers share) and not the rest of ingest; within ingest both use each other.
   */
  public static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .ensureAllClassesAreContainedInArchitecture()
          .layer("cli")
          .definedBy("nl.migstat.cli..")
          .layer("job")
          .definedBy("nl.migstat.job..")
          .layer("fetch")
          .definedBy("nl.migstat.fetch..")
          .layer("chapters")
          .definedBy("nl.migstat.chapters..")
          .layer("harmonise")
          .definedBy("nl.migstat.harmonise..")
          .layer("disclosure")
          .definedBy("nl.migstat.disclosure..")
          .layer("ingest")
          .definedBy(ingestBesideOData())
          .layer("ingest.odata")
          .definedBy("nl.migstat.ingest.odata..")
          .layer("model")
          .definedBy("nl.migstat.model..")
          .layer("export")
          .definedBy("nl.migstat.export..")
          .layer("report")
          .definedBy("nl.migstat.report..")
          .layer("store")
          .definedBy("nl.migstat.store..")
          .layer("files")
          .definedBy("nl.migstat.files..")
          .layer("explore")
          .definedBy("nl.migstat.explore..")
          .whereLayer("cli")
          .mayOnlyAccessLayers(
              "job",
              "fetch",
              "chapters",
              "harmonise",
              "disclosure",
              "ingest",
              "ingest.odata",
              "model",
              "export",
              "report",
              "store",
              "files")
          .whereLayer("job")
          .mayOnlyAccessLayers(
              "fetch",
              "chapters",
              "harmonise",
              "disclosure",
              "ingest",
              "ingest.odata",
              "model",
              "export",
              "report",
              "store",
              "files")
          .whereLayer("fetch")
          .mayOnlyAccessLayers("ingest.odata", "model", "files")
          .whereLayer("chapters")
          .mayOnlyAccessLayers(
              "harmonise", "disclosure", "ingest", "ingest.odata", "model", "files")
          .whereLayer("disclosure")
          .mayOnlyAccessLayers("model", "files")
          .whereLayer("harmonise")
          .mayOnlyAccessLayers("model", "files")
          .whereLayer("ingest")
          .mayOnlyAccessLayers("ingest.odata", "model", "files")
          .whereLayer("ingest.odata")
          .mayOnlyAccessLayers("ingest", "model", "files")
          .whereLayer("export")
          .mayOnlyAccessLayers("model", "files")
          .whereLayer("report")
          .mayOnlyAccessLayers("export", "model", "files")
          .whereLayer("store")
          .mayOnlyAccessLayers("model", "files")
          .whereLayer("files")
          .mayOnlyAccessLayers("model")
          .whereLayer("model")
          .mayNotAccessAnyLayer()
          .whereLayer("explore")
          .mayOnlyAccessLayers("export", "model", "files")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("explore")
          .mayNotBeAccessedByAnyLayer();

  /** The model is plain Java: readers, the store and explore use it without Spark. */
  public static final ArchRule MODEL_WITHOUT_SPARK =
      noClasses()
          .that()
          .resideInAPackage("nl.migstat.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SPARK)
          .because("readers, the store and explore use the model without Spark");

  /**
   * Explore uses neither Spark nor a project package that does (a notebook that opens a run must
   * not start Spark's class loading).
   */
  public static final ArchRule EXPLORE_WITHOUT_SPARK_PACKAGES =
      noClasses()
          .that()
          .resideInAPackage("nl.migstat.explore..")
          .should()
          .dependOnClassesThat(resideInAPackage(SPARK).or(inAPackageThatUsesSpark()))
          .because("explore reads published runs without Spark");

  /** Nor through a chain of project classes: nothing explore loads loads a Spark class. */
  public static final ArchRule EXPLORE_WITHOUT_SPARK_TRANSITIVELY =
      noClasses()
          .that()
          .resideInAPackage("nl.migstat.explore..")
          .should()
          .transitivelyDependOnClassesThat()
          .resideInAPackage(SPARK)
          .because("explore reads published runs without Spark");

  /**
   * No cycle between the top-level packages. A package's own sub-packages are parts of it: ingest's
   * {@code Formats} lists the readers of its sub-packages, which implement its {@code
   * FormatReader}, and {@code Chapters} lists the chapters, which implement its {@code Chapter}.
   */
  public static final ArchRule NO_CYCLES =
      slices().matching("nl.migstat.(*)..").should().beFreeOfCycles();

  private Layers() {}

  /** The production classes of core (its classes folder or jar, not the tests). */
  public static JavaClasses production() {
    return new ClassFileImporter().importPath(codeOf(nl.migstat.cli.Main.class));
  }

  /**
   * The production classes and one class of the test sources, a fixture that breaks a rule on
   * purpose (with its nested classes).
   */
  public static JavaClasses productionAnd(String fixture) {
    Path tests = codeOf(Layers.class);
    Pattern file =
        Pattern.compile(".*/" + Pattern.quote(fixture.replace('.', '/')) + "(\\$[^/]*)?\\.class$");
    ImportOption productionOrFixture = location -> !isIn(location, tests) || location.matches(file);
    return new ClassFileImporter()
        .withImportOption(productionOrFixture)
        .importPaths(codeOf(nl.migstat.cli.Main.class), tests);
  }

  private static boolean isIn(Location location, Path folder) {
    URI uri = location.asURI();
    return "file".equals(uri.getScheme()) && Path.of(uri).startsWith(folder);
  }

  private static DescribedPredicate<JavaClass> ingestBesideOData() {
    return resideInAPackage("nl.migstat.ingest..")
        .and(DescribedPredicate.not(resideInAPackage("nl.migstat.ingest.odata..")))
        .as("ingest without ingest.odata");
  }

  /** A class whose package (not its sub-packages) has a class that uses Spark. */
  private static DescribedPredicate<JavaClass> inAPackageThatUsesSpark() {
    return DescribedPredicate.describe(
        "in a package that uses Spark",
        c ->
            c.getPackageName().startsWith("nl.migstat.")
                && c.getPackage().getClasses().stream()
                    .flatMap(k -> k.getDirectDependenciesFromSelf().stream())
                    .anyMatch(
                        d -> d.getTargetClass().getPackageName().startsWith("org.apache.spark")));
  }

  private static Path codeOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
