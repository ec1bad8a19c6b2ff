package nl.migstat.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.TestSpark;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The label step: a Dutch source's own title first, then the bundled list, then the code marked as
 * a code; English labels (Eurostat, CBS's ENG tables) never; by the row's own source where the rows
 * name it.
 */
class LabellingTest {
  private static final TableInfo INFO =
      new TableInfo(
          "t",
          "T",
          "",
          List.of(),
          List.of(
              ColumnInfo.integer("year", "Jaar"),
              ColumnInfo.text("group", "Groep"),
              ColumnInfo.label("group", "Groep (naam)")));

  /**
   * 85458NED's own Herkomstland titles (data-samples/gemeenten/85458NED_herkomst_2022_2023/
   * HerkomstlandCodes.json, as CBS's OData v4 API serves them): H008859 "Buiten Europa", 1012600
   * "Nederland".
   */
  private static final String[] HERKOMST_TITLES = {
    "cbs:85458NED|Herkomstland|H008859|Buiten Europa", "cbs:85458NED|Herkomstland|1012600|Nederland"
  };

  private static ChapterInputs inputs(Set<String> sources, String... codes) {
    return new ChapterInputs(
        InlineRows.observations(), InlineRows.codes(codes), sources, 2023, 2021);
  }

  /** Rows {@code year, group} (and {@code source} when given as {@code "source:code"}). */
  private static Dataset<Row> rows(boolean withSource, String... groups) {
    List<Row> rows = new ArrayList<>();
    StructType schema = new StructType().add("year", "int").add("group", "string");
    if (withSource) {
      schema = schema.add("source", "string");
    }
    for (String g : groups) {
      int cut = g.lastIndexOf(':');
      String code = withSource ? g.substring(cut + 1) : g;
      rows.add(
          withSource
              ? RowFactory.create(2023, code, g.substring(0, cut))
              : RowFactory.create(2023, code.equals("null") ? null : code));
    }
    return TestSpark.session().createDataFrame(rows, schema);
  }

  private static List<String> labels(ChapterTable table) {
    return table.rows().collectAsList().stream().map(r -> r.<String>getAs("group_label")).toList();
  }

  @Test
  void theSourcesOwnTitleComesFirstThenTheBundledLabelThenTheCodeMarked() {
    CodeList list =
        CodeList.of(
            "herkomst",
            Map.of(
                "H008859", "Buiten-Europa (gebundeld)", "H007933", "Europa (exclusief Nederland)"),
            "Herkomstland");
    ChapterInputs inputs = inputs(Set.of("cbs:85458NED"), HERKOMST_TITLES);
    ChapterTable built =
        ChapterTable.built(
            INFO, rows(false, "H008859", "H007933", "H999999"), List.of("cbs:85458NED"));
    ChapterTable labelled = Labelling.labelled(built, Map.of("group", list), inputs);
    assertThat(labels(labelled))
        .containsExactly("Buiten Europa", "Europa (exclusief Nederland)", "[code] H999999");
    assertThat(labelled.rows().columns()).containsExactly("year", "group", "group_label");
  }

  @Test
  void englishLabelsOfEurostatAndOfCbsEnglishTablesAreNeverShown() {
    // migr_resfirst SDMX-CSV 2.0 with labels (data-samples/eurostat-sdmx): "NL: Netherlands"
    CodeList geo = CodeList.of("geo", Map.of("NL", "Nederland"), "geo");
    ChapterInputs eurostat =
        inputs(Set.of("eurostat:migr_resfirst"), "eurostat:migr_resfirst|geo|NL|Netherlands");
    ChapterTable fromEurostat =
        ChapterTable.built(INFO, rows(false, "NL"), List.of("eurostat:migr_resfirst"));
    assertThat(labels(Labelling.labelled(fromEurostat, Map.of("group", geo), eurostat)))
        .containsExactly("Nederland");
    // CBS 83781ENG (MANIFEST #12, HouseholdCharacteristics.csv: T009002 "Total persons") is CBS's
    // English edition: its titles are English too
    CodeList households = CodeList.of("x", Map.of(), "HouseholdCharacteristics");
    ChapterInputs english =
        inputs(
            Set.of("cbs:83781ENG"), "cbs:83781ENG|HouseholdCharacteristics|T009002|Total persons");
    ChapterTable fromEnglish =
        ChapterTable.built(INFO, rows(false, "T009002"), List.of("cbs:83781ENG"));
    assertThat(labels(Labelling.labelled(fromEnglish, Map.of("group", households), english)))
        .containsExactly("[code] T009002");
  }

  @Test
  void rowsThatNameTheirSourceTakeTheirOwnSourcesLabel() {
    // CBS titles 1012600 "Nederlandse achtergrond" in 82809NED (migratieachtergrond, until 2021)
    // and "Nederland" in 85458NED (herkomst): one code, two labels, by the row's source.
    CodeList list =
        CodeList.perSource(
            "background",
            source ->
                source.equals("cbs:82809NED")
                    ? Map.of("1012600", "Nederlandse achtergrond")
                    : Map.of("1012600", "Nederland (gebundeld)"),
            "Herkomstland",
            "Migratieachtergrond");
    ChapterInputs inputs = inputs(Set.of("cbs:82809NED", "cbs:85458NED"), HERKOMST_TITLES);
    TableInfo info =
        new TableInfo(
            "t",
            "T",
            "",
            List.of(),
            List.of(
                ColumnInfo.integer("year", "Jaar"),
                ColumnInfo.text("group", "Groep"),
                ColumnInfo.label("group", "Groep (naam)"),
                ColumnInfo.text("source", "Bron")));
    ChapterTable built =
        ChapterTable.built(
            info,
            rows(true, "cbs:82809NED:1012600", "cbs:85458NED:1012600", "cbs:85458NED:H008859"),
            List.of("cbs:82809NED", "cbs:85458NED"));
    assertThat(labels(Labelling.labelled(built, Map.of("group", list), inputs)))
        .containsExactly("Nederlandse achtergrond", "Nederland", "Buiten Europa");
  }

  @Test
  void withoutRowSourcesTheFirstSourceThatLabelsACodeWins() {
    CodeList list = CodeList.of("x", Map.of(), "Herkomstland");
    ChapterInputs inputs =
        inputs(
            Set.of("cbs:85458NED", "cbs:84910NED"),
            "cbs:84910NED|Herkomstland|H008859|Buiten-Europa (andere tabel)",
            HERKOMST_TITLES[0]);
    ChapterTable built =
        ChapterTable.built(INFO, rows(false, "H008859"), List.of("cbs:85458NED", "cbs:84910NED"));
    assertThat(labels(Labelling.labelled(built, Map.of("group", list), inputs)))
        .containsExactly("Buiten Europa");
  }

  @Test
  void aRowWithoutACodeHasNoLabel() {
    ChapterTable built = ChapterTable.built(INFO, rows(false, "null"), List.of("cbs:85458NED"));
    CodeList list = CodeList.of("x", Map.of("H008859", "Buiten Europa"));
    assertThat(
            Labelling.labelled(built, Map.of("group", list), inputs(Set.of("cbs:85458NED")))
                .rows()
                .first()
                .<String>getAs("group_label"))
        .isNull();
  }

  @Test
  void aLabelColumnWithoutACodeListIsAnError() {
    ChapterTable built = ChapterTable.built(INFO, rows(false, "H008859"), List.of("cbs:85458NED"));
    assertThatThrownBy(() -> Labelling.labelled(built, Map.of(), inputs(Set.of("cbs:85458NED"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("group_label")
        .hasMessageContaining("no code list for group");
  }
}
