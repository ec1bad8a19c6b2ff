package nl.migstat.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.model.TableInfo.Kind;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 1 on every report table of the sample job ({@code jobs/samples.yaml}): each
 * category is shown by a Dutch label, never by a code or a snake_case id, and every column that
 * holds codes has its label column beside it.
 */
class SampleLabelsTest {
  /**
   * What a code looks like: a snake_case or hyphenated id ({@code non_eu_efta}, {@code
   * westers-europa}), one of the project's one-word ids (English, or a continent without its
   * accent: {@code azie}), a Eurostat code ({@code NL}, {@code EU27_2020}, {@code EXT_EU27_2020})
   * or a CBS key ({@code GM0363}, {@code G008533}, {@code NAT9444}, {@code T001040}, {@code
   * 1012600}).
   */
  static final Pattern CODE =
      Pattern.compile(
          "[a-z0-9]+([_-][a-z0-9]+)+|[A-Z]{2}|[A-Z]+[0-9]+(_[A-Z0-9]+)*|[A-Z]+(_[A-Z0-9]+)+|[0-9]{4,}"
              + "|labour|asylum|family|study|other|unknown|total|country|continent|aggregate|eu27"
              + "|border|expat|suburb|horticulture|afrika|amerika|azie|europa|oceanie");

  /**
   * Text columns that hold codes on purpose: the sources ({@code cbs:85524NED}) and the buurten a
   * segregation index leaves out, listed by code so that a reader can look them up.
   */
  private static final Set<String> CODES_BY_DESIGN = Set.of("source", "buurten_left_out_codes");

  private static final Map<TableInfo, List<Row>> TABLES = new LinkedHashMap<>();

  @BeforeAll
  static void buildTheSampleJob() {
    ChapterFixture.sampleJob().values().forEach(t -> TABLES.put(t.info(), t.rows()));
  }

  @Test
  void everyTableOfTheSampleJobIsChecked() {
    assertThat(TABLES).hasSize(21);
  }

  @Test
  void everyLabelCellIsADutchLabelNeverItsCodeNorAnId() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<TableInfo, List<Row>> t : TABLES.entrySet()) {
      TableInfo info = t.getKey();
      for (ColumnInfo c : info.columns()) {
        if (!info.isLabelColumn(c.name())) {
          continue;
        }
        String code = info.codeColumnOf(c.name()).orElseThrow().name();
        for (Row r : t.getValue()) {
          String value = r.getAs(code);
          String label = r.getAs(c.name());
          checked++;
          if (value != null
              && (label == null
                  || label.equals(value)
                  || label.startsWith(TableInfo.UNLABELLED_MARKER)
                  || CODE.matcher(label).matches())) {
            wrong.add(info.name() + "." + c.name() + ": " + value + " → " + label);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void everyColumnThatHoldsCodesHasALabelColumn() {
    List<String> unlabelled = new ArrayList<>();
    for (Map.Entry<TableInfo, List<Row>> t : TABLES.entrySet()) {
      TableInfo info = t.getKey();
      for (ColumnInfo c : info.columns()) {
        if (c.kind() != Kind.TEXT
            || info.isLabelColumn(c.name())
            || info.labelColumnOf(c.name()).isPresent()
            || CODES_BY_DESIGN.contains(c.name())) {
          continue;
        }
        for (Row r : t.getValue()) {
          String value = r.getAs(c.name());
          if (value != null && CODE.matcher(value).matches()) {
            unlabelled.add(info.name() + "." + c.name() + ": " + value);
            break;
          }
        }
      }
    }
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void theCodePatternTellsCodesFromLabels() {
    assertThat(
            List.of(
                "non_eu_efta",
                "westers-europa",
                "labour",
                "azie",
                "NL",
                "EU27_2020",
                "EXT_EU27_2020",
                "GM0363",
                "G008533",
                "NAT9444",
                "T001040",
                "1012600"))
        .allMatch(s -> CODE.matcher(s).matches());
    assertThat(
            List.of(
                "Arbeid",
                "Buiten EU/EFTA",
                "Azië",
                "EU-27",
                "Nederland",
                "Syrisch",
                "Totaal",
                "'s-Gravenhage",
                "Europa (exclusief Nederland)",
                "eerste asielverzoeken"))
        .noneMatch(s -> CODE.matcher(s).matches());
  }
}
