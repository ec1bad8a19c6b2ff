package nl.migstat.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.chapters.gemeenten.Concentration;
import nl.migstat.chapters.gemeenten.PopulationByBackground;
import nl.migstat.chapters.migratiestromen.MigrationBalance;
import nl.migstat.export.RunManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The exploration API on two small runs that Spark wrote as the job runner does. */
class ExploreTest {
  private static final String MUNICIPAL = "population_by_background_municipality";
  @TempDir static Path root;
  private static Explore earlier;
  private static Explore later;

  @BeforeAll
  static void writeRuns() {
    earlier = Explore.open(RunFolders.earlier(root));
    later = Explore.open(RunFolders.later(root));
  }

  @Test
  void readsYearsAsIntegersFiguresAsDoublesAndStatusesAsText() {
    Table t = later.table(MUNICIPAL);
    assertThat(t.rowCount()).isEqualTo(5);
    assertThat(t.column("year").type()).isEqualTo(ColumnType.INTEGER);
    assertThat(t.column("municipality_code").type()).isEqualTo(ColumnType.STRING);
    assertThat(t.column("persons").type())
        .as("stored as long, read as a figure")
        .isEqualTo(ColumnType.DOUBLE);
    assertThat(t.column("persons_status").type()).isEqualTo(ColumnType.STRING);
    assertThat(t.columnNames())
        .containsExactly(
            "year",
            "municipality_code",
            "municipality_name",
            "background",
            "persons",
            "persons_status",
            "share",
            "share_status");
  }

  @Test
  void keepsAMissingFigureMissingWithItsStatus() {
    Table vaals =
        Slices.year(Slices.where(later.table(MUNICIPAL), "municipality_code", "GM0981"), 2023);
    assertThat(vaals.rowCount()).isEqualTo(1);
    assertThat(vaals.doubleColumn("persons").isMissing(0)).isTrue();
    assertThat(vaals.stringColumn("persons_status").get(0)).isEqualTo("confidential");
    Table amsterdam2023 =
        Slices.year(Slices.where(earlier.table(MUNICIPAL), "municipality_name", "Amsterdam"), 2023);
    assertThat(amsterdam2023.doubleColumn("persons").get(0)).isEqualTo(9800.0);
    assertThat(amsterdam2023.stringColumn("persons_status").get(0)).isEqualTo("provisional");
    assertThat(amsterdam2023.stringColumn("share_status").get(0)).isEqualTo("provisional");
  }

  @Test
  void listsTablesFromTheManifestAndSaysWhyOneWasSkipped() {
    for (Explore run : List.of(earlier, later)) {
      assertThat(run.tables()).containsExactly(MUNICIPAL);
      assertThat(run.has("concentration")).isFalse();
      assertThat(run.skipReason("concentration")).contains("input cbs:99999NED absent");
      assertThat(run.skipReason(MUNICIPAL)).isEmpty();
      assertThatThrownBy(() -> run.table("concentration"))
          .hasMessageContaining("has no table concentration")
          .hasMessageContaining("input cbs:99999NED absent");
    }
  }

  @Test
  void takesTitlesAndLabelsFromTheManifestAndOpensAnOlderRunWithout() {
    assertThat(later.manifest().orElseThrow().formatVersion()).isEqualTo(RunManifest.FORMAT);
    assertThat(later.info(MUNICIPAL)).contains(PopulationByBackground.INFO);
    assertThat(later.title(MUNICIPAL)).isEqualTo("Bevolking naar migratieachtergrond per gemeente");
    assertThat(later.info("concentration"))
        .as("a skipped table is documented too")
        .contains(Concentration.INFO);

    assertThat(earlier.manifest().orElseThrow().formatVersion()).isEqualTo(1);
    assertThat(earlier.info(MUNICIPAL)).as("published before table infos").isEmpty();
    assertThat(earlier.title(MUNICIPAL)).isEqualTo(MUNICIPAL);
    assertThat(earlier.table(MUNICIPAL).column("persons").type())
        .as("a figure by its status column, without an info")
        .isEqualTo(ColumnType.DOUBLE);
  }

  @Test
  void putsYearsSideBySideAndLeavesAConfidentialFigureEmpty() {
    Table wide = Slices.yearsAsColumns(later.table(MUNICIPAL), "persons", "municipality_name");
    assertThat(wide.columnNames()).containsExactly("municipality_name", "2022", "2023");
    assertThat(wide.stringColumn("municipality_name").asList())
        .containsExactly("Amsterdam", "Vaals", "Utrecht");
    DoubleColumn y2023 = wide.doubleColumn("2023");
    assertThat(y2023.get(0)).isEqualTo(9900.0);
    assertThat(y2023.isMissing(1)).isTrue();
    assertThat(wide.doubleColumn("2022").isMissing(2)).as("Utrecht has no 2022 row").isTrue();
  }

  @Test
  void joinsDutchCodeLabelsAndNoGuessForAnUnknownCode() {
    Table labelled =
        Labels.withCodeLabels(later.table(MUNICIPAL), "municipality_code", later.codes());
    StringColumn labels = labelled.stringColumn("municipality_code_label");
    assertThat(labels.get(0)).isEqualTo("Amsterdam");
    assertThat(labels.isMissing(4)).as("GM0344 is not in the code list").isTrue();
  }

  @Test
  void headsAChapterTableWithTheWorkbookLabels() {
    Table balance =
        Table.create(
            "migration_balance",
            IntColumn.create("year", new int[] {2023}),
            DoubleColumn.create("immigration", new double[] {337436.0}),
            StringColumn.create("immigration_status", new String[] {"provisional"}));
    Table dutch = Labels.dutchHeaders(balance, MigrationBalance.INFO);
    assertThat(dutch.name()).isEqualTo("Immigratie, emigratie en migratiesaldo");
    assertThat(dutch.columnNames()).containsExactly("Jaar", "Immigratie", "Immigratie (status)");
    assertThat(later.title("local_extra_table"))
        .as("a table the manifest does not list keeps its name")
        .isEqualTo("local_extra_table");
  }

  @Test
  void comparesTwoRunsRevisedValueFinalStatusAndNewRow() {
    Table changes = later.compareWith(earlier, MUNICIPAL);
    Table persons = changes.where(changes.stringColumn("figure").isEqualTo("persons"));
    assertThat(persons.rowCount()).isEqualTo(2);
    assertThat(persons.stringColumn("municipality_name").get(0)).isEqualTo("Amsterdam");
    assertThat(persons.stringColumn(RunComparison.CHANGE).get(0)).isEqualTo("value");
    assertThat(persons.doubleColumn("difference").get(0)).isEqualTo(100.0);
    assertThat(persons.doubleColumn("difference_pct").get(0)).isCloseTo(1.0204, within());
    assertThat(persons.stringColumn("before_status").get(0)).isEqualTo("provisional");
    assertThat(persons.stringColumn("after_status").isMissing(0)).isTrue();
    assertThat(persons.stringColumn(RunComparison.CHANGE).get(1)).isEqualTo("added");
    Table share = changes.where(changes.stringColumn("figure").isEqualTo("share"));
    assertThat(share.stringColumn(RunComparison.CHANGE).asList())
        .as("Amsterdam's share kept its value and lost 'provisional'")
        .containsExactly("status", "added");
  }

  @Test
  void findsThePreviousRunBesideThisOne() {
    assertThat(later.previous()).map(Explore::folder).contains(earlier.folder());
    assertThat(earlier.previous()).isEmpty();
  }

  @Test
  void readsObservationsWithTheirDimensionsAsText() {
    Table obs = later.observations();
    assertThat(obs.rowCount()).isEqualTo(2);
    assertThat(obs.stringColumn("dims").get(0)).isEqualTo("Herkomst=S01");
    assertThat(obs.doubleColumn("value").isMissing(1)).isTrue();
    assertThat(obs.stringColumn("status").get(1)).isEqualTo("confidential");
  }

  @Test
  void writesATimeSeriesPageAndATopMunicipalitiesPng(@TempDir Path charts) throws IOException {
    Table t = later.table(MUNICIPAL);
    Path page =
        Charts.html(
            Charts.timeSeries(t, "persons", "municipality_name", "Syriërs"),
            charts.resolve("persons.html"));
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("Plotly.newPlot")
        .contains("Amsterdam");
    Table top = Charts.top(Slices.year(t, 2023), "persons", 2);
    assertThat(top.stringColumn("municipality_name").asList())
        .as("the confidential Vaals is left out, not ranked as zero")
        .containsExactly("Amsterdam", "Utrecht");
    Path png =
        PngCharts.write(
            PngCharts.topBars(
                Slices.year(t, 2023), "municipality_name", "persons", 10, "Top gemeenten"),
            charts.resolve("top.png"));
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(PngCharts.timeSeries(t, "persons", "municipality_name", "x").getWidth())
        .isEqualTo(PngCharts.WIDTH);
  }

  @Test
  void opensAJobByNameUnderTheConfiguredOutputFolder() {
    System.setProperty(Explore.OUT_PROPERTY, root.toString());
    try {
      assertThat(Explore.job("later").table(MUNICIPAL).rowCount()).isEqualTo(5);
      assertThatThrownBy(() -> Explore.job("nothing")).hasMessageContaining("./migstat run");
    } finally {
      System.clearProperty(Explore.OUT_PROPERTY);
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.001);
  }
}
