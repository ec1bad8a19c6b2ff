package nl.migstat.export;

import static nl.migstat.export.ReportFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.migstat.chapters.migratiestromen.MigrationBalance;
import nl.migstat.model.SheetLayout;
import nl.migstat.model.SheetLayout.Block;
import nl.migstat.model.SheetLayout.Chart;
import nl.migstat.model.SheetLayout.Figure;
import org.junit.jupiter.api.Test;

/** The pivots of the declared layouts, on long rows a person can check by hand. */
class BlockGridsTest {
  private static List<Grid> grids(
      nl.migstat.model.TableInfo info, List<Map<String, Object>> rows, Block block) {
    return BlockGrids.of(new TableView(info), rows, block, "Titel");
  }

  private static List<Object> shown(Grid.Row row) {
    return row.cells().stream()
        .map(c -> c.kind() == GridCell.Kind.TEXT ? c.text() : c.number())
        .map(o -> (Object) (o == null ? "·" : o))
        .toList();
  }

  @Test
  void figuresDownTheLatestThreeYearsAcrossThenTheChangeAbsoluteAndInPercent() {
    Grid g =
        grids(
                MigrationBalance.INFO,
                LayoutFixture.balanceRows(),
                MigrationBalance.LAYOUT.sheets().get(0).blocks().get(0))
            .get(0);
    assertThat(g.headers())
        .containsExactly("Onderwerp", "2021", "2022", "2023", "Verschil 2022–2023", "Verschil (%)");
    assertThat(shown(g.rows().get(0)))
        .containsExactly(
            "Immigratie", 252451.0, 403108.0, 337436.0, -65672.0, -65672.0 / 403108.0 * 100);
    // The rate's 2023 figure is missing: no change, and a rate has no % change.
    assertThat(shown(g.rows().get(3)))
        .containsExactly("Migratiesaldo per 1 000 inwoners", 4.5, 4.5, "·", "·", "·");
    assertThat(g.rows().get(3).cells().get(5).kind()).isEqualTo(GridCell.Kind.EMPTY);
    assertThat(g.rows().get(3).cells().get(4).kind()).isEqualTo(GridCell.Kind.CHANGE);
  }

  @Test
  void aLongSeriesHasEveryYearDownAndOneColumnPerFigureWithALineChart() {
    Grid g =
        grids(
                MigrationBalance.INFO,
                LayoutFixture.balanceRows(),
                MigrationBalance.LAYOUT.sheets().get(1).blocks().get(0))
            .get(0);
    assertThat(g.headers()).containsExactly("Jaar", "Immigratie", "Emigratie", "Migratiesaldo");
    assertThat(g.rows()).hasSize(5);
    assertThat(shown(g.rows().get(0))).containsExactly(2019.0, 215723.0, 101365.0, 114358.0);
    assertThat(g.chart().kind()).isEqualTo(Chart.LINE);
    assertThat(g.chart().seriesColumns()).containsExactly(1, 2, 3);
    assertThat(g.chart().rowCount()).isEqualTo(5);
  }

  @Test
  void labelsShowInPlaceOfCodesOneBlockPerOriginTotalsLastAndBarsOnTheTotalBlock() {
    List<Grid> gs =
        grids(
            LayoutFixture.MOTIVE,
            LayoutFixture.motiveRows(),
            LayoutFixture.MOTIVE_LAYOUT.sheets().get(0).blocks().get(0));
    assertThat(gs.stream().map(Grid::caption))
        .containsExactly("EU/EFTA", "Buiten EU/EFTA", "Totaal");
    Grid eu = gs.get(0);
    assertThat(eu.headers().subList(0, 2)).containsExactly("Migratiemotief", "Immigranten 2021");
    assertThat(eu.rows().stream().map(r -> r.cells().get(0).text()))
        .containsExactly("Arbeid", "Gezin", "Totaal");
    assertThat(eu.rows().stream().map(Grid.Row::total)).containsExactly(false, false, true);
    assertThat(eu.chart()).isNull();
    Grid.ChartPlan bars = gs.get(2).chart();
    assertThat(bars.kind()).isEqualTo(Chart.BARS);
    assertThat(bars.title()).isEqualTo("Titel: Totaal");
    assertThat(bars.rowCount()).as("totals are not charted").isEqualTo(2);
    assertThat(bars.seriesColumns()).containsExactly(1, 2, 3);
  }

  @Test
  void aRankedBlockShowsTheTopOfTheLatestRankedYearAndMarksAnEarlierAbsenceAsNoFigure() {
    var info = LayoutFixture.REQUESTS;
    List<Map<String, Object>> rows =
        List.of(
            row(
                "year",
                2022,
                "request_kind",
                "eerste",
                "nationality_code",
                "A",
                "nationality_code_label",
                "Aland",
                "count",
                50.0,
                "count_status",
                null,
                "rank",
                1),
            row(
                "year",
                2023,
                "request_kind",
                "eerste",
                "nationality_code",
                "B",
                "nationality_code_label",
                "Bland",
                "count",
                70.0,
                "count_status",
                null,
                "rank",
                1),
            row(
                "year",
                2023,
                "request_kind",
                "eerste",
                "nationality_code",
                "A",
                "nationality_code_label",
                "Aland",
                "count",
                60.0,
                "count_status",
                null,
                "rank",
                2),
            row(
                "year",
                2024,
                "request_kind",
                "eerste",
                "nationality_code",
                "A",
                "nationality_code_label",
                "Aland",
                "count",
                65.0,
                "count_status",
                null,
                "rank",
                null));
    Grid g =
        grids(
                info,
                rows,
                Block.comparison(List.of("nationality_code"), Figure.count("count"))
                    .ranked("rank", 2)
                    .chart(Chart.BARS))
            .get(0);
    assertThat(g.headers()).startsWith("Rang", "Nationaliteit", "2022", "2023", "2024");
    assertThat(g.rows()).hasSize(2);
    assertThat(shown(g.rows().get(0))).containsExactly(1.0, "Bland", "·", 70.0, "·", "·", "·");
    // Aland's rank is 2023's, though it has a newer (unranked) row in 2024.
    assertThat(shown(g.rows().get(1)))
        .containsExactly(2.0, "Aland", 50.0, 60.0, 65.0, 5.0, 5.0 / 60 * 100);
    assertThat(g.rows().get(0).cells().get(2).kind())
        .as("absent from 2022's top: '.'")
        .isEqualTo(GridCell.Kind.FIGURE);
    assertThat(g.chart().seriesColumns()).as("bars of the ranked year 2023").containsExactly(3);
  }

  @Test
  void aSeriesAcrossAClassificationBreakJoinsTheColumnsHeadings() {
    var info =
        new nl.migstat.model.TableInfo(
            "t",
            "T",
            "u",
            List.of(),
            List.of(
                nl.migstat.model.TableInfo.ColumnInfo.integer("year", "Jaar"),
                nl.migstat.model.TableInfo.ColumnInfo.text("series", "Reeks"),
                nl.migstat.model.TableInfo.ColumnInfo.text("background", "Groep"),
                nl.migstat.model.TableInfo.ColumnInfo.figure("rate", "Percentage", 1)));
    List<Map<String, Object>> rows =
        List.of(
            row(
                "year",
                2021,
                "series",
                "nl",
                "background",
                "Nederlandse achtergrond",
                "rate",
                3.1,
                "rate_status",
                null),
            row(
                "year",
                2022,
                "series",
                "nl",
                "background",
                "Nederland",
                "rate",
                2.8,
                "rate_status",
                "break"));
    Grid g =
        grids(info, rows, Block.series("series", Figure.rate("rate")).headedBy("background"))
            .get(0);
    assertThat(g.headers()).containsExactly("Jaar", "Nederlandse achtergrond / Nederland");
    assertThat(g.rows().get(1).cells().get(1).status()).isEqualTo("break");
    assertThat(g.chart().title()).isEqualTo("Percentage");
  }

  @Test
  void categoriesThatDoNotTellRowsApartAreRefusedNamingTheTable() {
    assertThatThrownBy(
            () ->
                grids(
                    LayoutFixture.MOTIVE,
                    LayoutFixture.motiveRows(),
                    Block.comparison(List.of("motive"), Figure.count("count"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table immigration_by_motive: two rows for [labour] in 2020");
  }

  @Test
  void theLongFormShowsLabelsUnderTheCodeColumnsHeaderAndHidesTheLabelColumn() {
    Grid g = grids(LayoutFixture.MOTIVE, LayoutFixture.motiveRows(), Block.listing()).get(0);
    assertThat(g.headers())
        .containsExactly("Jaar", "Migratiemotief", "Herkomst", "Immigranten", "Aandeel (%)");
    assertThat(shown(g.rows().get(0)).subList(0, 3)).containsExactly(2020.0, "Arbeid", "EU/EFTA");
  }

  @Test
  void aListingKeepsOnlyTheRowsItsBlockAsksFor() {
    // motiveRows: 4 years × 3 origin groups × 3 motives = 36 rows, 12 of them EU/EFTA
    Grid g =
        grids(
                LayoutFixture.MOTIVE,
                LayoutFixture.motiveRows(),
                Block.listing().where("origin_group", "eu_efta"))
            .get(0);
    assertThat(g.rows()).hasSize(12);
    assertThat(g.rows()).allSatisfy(r -> assertThat(shown(r).get(2)).isEqualTo("EU/EFTA"));
  }

  @Test
  void aDeclaredLabelColumnShowsACodeAndTheCodeStandsInWhereTheLabelIsMissing() {
    SheetLayout layout = SheetLayout.listing("x").showing("nationality_code", "request_kind");
    TableView view = new TableView(LayoutFixture.REQUESTS, layout.shownAs());
    Map<String, Object> r =
        row("nationality_code", "NAT1", "request_kind", null, "nationality_code_label", null);
    // The _label column wins over a declared one, and a missing label shows the code.
    assertThat(view.shownColumn("nationality_code")).isEqualTo("nationality_code_label");
    assertThat(view.text(r, "nationality_code")).isEqualTo("NAT1");
  }
}
