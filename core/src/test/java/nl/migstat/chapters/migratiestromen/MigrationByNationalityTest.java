package nl.migstat.chapters.migratiestromen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.InlineRows;
import nl.migstat.chapters.Labelling;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Migration by nationality: the sample job's 84484NED (2022 totals, Dutch and non-Dutch as CBS
 * publishes them) and 03742 emigration, and Eurostat's migr_imm1ctz / migr_emi1ctz on inline rows.
 */
class MigrationByNationalityTest {
  private static final MigrationByNationality TABLE = new MigrationByNationality();

  private static Row one(List<Row> rows, Predicate<Row> which) {
    List<Row> hits = rows.stream().filter(which).toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static Predicate<Row> at(int year, String flow, String breakdown, String code) {
    return r ->
        r.<Integer>getAs("year") == year
            && flow.equals(r.getAs("flow"))
            && breakdown.equals(r.getAs("breakdown"))
            && code.equals(r.getAs("code"));
  }

  @Test
  void dutchAndNonDutchAsPublishedWithTheirShares() {
    // 84484NED 2022 (CBS page): totaal 403 108 / 179 310, Nederlands 43 777 / 54 507,
    // niet-Nederlands 359 331 / 124 803 (43 777 + 359 331 = 403 108). Net: 403 108 − 179 310 =
    // 223 798; Nederlands 43 777 − 54 507 = −10 730. The sample's men-only total row (Geslacht
    // 3000) is not counted.
    List<Row> rows = ChapterFixture.sampleRows("migration_by_nationality");
    Row nonDutch = one(rows, at(2022, "immigration", "nationality", "non_dutch"));
    assertThat(nonDutch.<Double>getAs("count")).isEqualTo(359331.0);
    assertThat(nonDutch.<Double>getAs("share")).isCloseTo(100.0 * 359331 / 403108, within(1e-9));
    assertThat(nonDutch.<String>getAs("code_label")).isEqualTo("Niet-Nederlandse nationaliteit");
    Row total = one(rows, at(2022, "net_migration", "nationality", "total"));
    assertThat(total.<Double>getAs("count")).isEqualTo(223798.0);
    Row dutch = one(rows, at(2022, "net_migration", "nationality", "dutch"));
    assertThat(dutch.<Double>getAs("count")).isEqualTo(-10730.0);
    assertThat(dutch.<Integer>getAs("rank")).isNull();
  }

  @Test
  void topTenPerFlowLeavesGroupsAndMissingFiguresUnranked() {
    List<Row> rows = ChapterFixture.sampleRows("migration_by_nationality");
    // Immigration 2022: Oekraïens 72 150 first; Staatloos (NAT9487, 9 800) is a group and would
    // otherwise be seventh, so Eritrees (4 210) is tenth and Marokkaans (3 960) is not shown.
    Row first = one(rows, r -> at(2022, "immigration", "nationality", "NAT9406").test(r));
    assertThat(first.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(first.<String>getAs("code_label")).isEqualTo("Oekraïens");
    assertThat(one(rows, at(2022, "immigration", "nationality", "NAT9326")).<Integer>getAs("rank"))
        .isEqualTo(10);
    assertThat(rows).noneMatch(at(2022, "immigration", "nationality", "NAT9487"));
    assertThat(rows).noneMatch(at(2022, "immigration", "nationality", "NAT9387"));
    // Emigration 2022: Russisch is '.', never ranked; Marokkaans (880) is tenth.
    assertThat(rows).noneMatch(at(2022, "emigration", "nationality", "NAT9418"));
    assertThat(one(rows, at(2022, "emigration", "nationality", "NAT9387")).<Integer>getAs("rank"))
        .isEqualTo(10);
    // Net 2022 = immigration − emigration: Syrisch 13 650 − 310 = 13 340, second after Oekraïens
    // (72 150 − 4 120 = 68 030); its share of the total saldo 223 798.
    Row syrian = one(rows, at(2022, "net_migration", "nationality", "NAT9444"));
    assertThat(syrian.<Double>getAs("count")).isEqualTo(13340.0);
    assertThat(syrian.<Integer>getAs("rank")).isEqualTo(2);
    assertThat(syrian.<Double>getAs("share")).isCloseTo(100.0 * 13340 / 223798, within(1e-9));
    long ranked =
        rows.stream()
            .filter(r -> r.<Integer>getAs("year") == 2022 && "emigration".equals(r.getAs("flow")))
            .filter(r -> "nationality".equals(r.getAs("breakdown")) && r.getAs("rank") != null)
            .count();
    assertThat(ranked).isEqualTo(10);
  }

  @Test
  void emigrationByCountryOfBirthFrom03742() {
    // 03742 sample, 2017, all sexes: emigration Irak (G008633) 1 959 (Syrië 1 702 next), total
    // T001175 89 583
    List<Row> rows = ChapterFixture.sampleRows("migration_by_nationality");
    Row iraq = one(rows, at(2017, "emigration", "country_of_birth", "G008633"));
    assertThat(iraq.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(iraq.<String>getAs("code_label")).isEqualTo("Irak");
    assertThat(iraq.<Double>getAs("share")).isCloseTo(100.0 * 1959 / 89583, within(1e-9));
    // 03742 gives emigration only: no immigration or saldo by country of birth
    assertThat(rows)
        .noneMatch(
            r ->
                "country_of_birth".equals(r.getAs("breakdown"))
                    && !"emigration".equals(r.getAs("flow")));
  }

  @Test
  void eurostatCitizenshipOfTheNetherlandsWhenNoCbsTable() {
    // migr_imm1ctz / migr_emi1ctz, geo NL, 2021: TOTAL 252 528 / 145 330, NAT 40 116 / 52 370,
    // FOR 212 412 / 92 960; PL 25 000 / 15 000; EU27_2020_FOR is a group; the REACH age
    // definition is a second count of the same people and is left out.
    String row = "%s|NR|2021|NL|citizen=%s,agedef=%s,age=TOTAL,sex=T|%s|";
    List<String> lines = new ArrayList<>();
    for (String[] c :
        new String[][] {
          {"TOTAL", "252528", "145330"},
          {"NAT", "40116", "52370"},
          {"FOR", "212412", "92960"},
          {"PL", "25000", "15000"},
          {"EU27_2020_FOR", "90000", "60000"}
        }) {
      lines.add(String.format(Locale.ROOT, row, "eurostat:migr_imm1ctz", c[0], "COMPLET", c[1]));
      lines.add(String.format(Locale.ROOT, row, "eurostat:migr_emi1ctz", c[0], "COMPLET", c[2]));
    }
    lines.add(String.format(Locale.ROOT, row, "eurostat:migr_imm1ctz", "PL", "REACH", "99999"));
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(lines.toArray(String[]::new)),
            InlineRows.codes(),
            Set.of("eurostat:migr_imm1ctz", "eurostat:migr_emi1ctz"),
            2023,
            2021);
    ChapterTable table = Labelling.labelled(TABLE.buildFrom(inputs), TABLE.codeLists(), inputs);
    assertThat(table.sources()).containsExactly("eurostat:migr_imm1ctz", "eurostat:migr_emi1ctz");
    List<Row> rows = table.rows().collectAsList();
    Row poland = one(rows, at(2021, "net_migration", "nationality", "PL"));
    assertThat(poland.<Double>getAs("count")).isEqualTo(25000.0 - 15000);
    assertThat(poland.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(poland.<String>getAs("code_label")).isEqualTo("Polen");
    Row dutch = one(rows, at(2021, "immigration", "nationality", "dutch"));
    assertThat(dutch.<Double>getAs("count")).isEqualTo(40116.0);
    assertThat(rows).noneMatch(r -> "EU27_2020_FOR".equals(r.getAs("code")));
  }

  @Test
  void skippedWithTheReasonWhen03742HasNoEmigration() {
    ChapterInputs inputs =
        new ChapterInputs(
            InlineRows.observations(
                "cbs:03742|Immigratie_1|2017||Geboorteland=G008633,Geslacht=T001038|4779|"),
            InlineRows.codes(),
            Set.of("cbs:03742"),
            2023,
            2021);
    assertThat(TABLE.buildFrom(inputs).skipReason())
        .isEqualTo(
            "input absent: needs cbs:85848NED or cbs:84484NED or eurostat:migr_imm1ctz +"
                + " eurostat:migr_emi1ctz and/or cbs:03742; cbs:03742 has no emigration"
                + " (Emigratie)");
  }
}
