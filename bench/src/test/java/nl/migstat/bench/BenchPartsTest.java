package nl.migstat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPartsTest {
  @Test
  void scaleSplitsGrowthIntoPeriodsAndCategories() {
    assertThat(new Scale(1).periodFactor()).isEqualTo(1);
    assertThat(new Scale(10).periodFactor()).isEqualTo(2);
    assertThat(new Scale(100).periodFactor()).isEqualTo(3);
    assertThat(new Scale(100).categories(200)).isEqualTo(6667);
    assertThat(new Scale(0.1).categories(200)).isEqualTo(20);
    assertThat(new Scale(0.001).categories(200)).isEqualTo(1);
    assertThat(new Scale(0.5).label()).isEqualTo("0.5");
    assertThat(new Scale(10).label()).isEqualTo("10");
    assertThatThrownBy(() -> new Scale(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numbersAreWrittenWithFixedDecimalsAndDataExplorerGrouping() {
    StringBuilder b = new StringBuilder();
    BulkSpec.appendNumber(b, 7.05, 1);
    b.append(' ');
    BulkSpec.appendNumber(b, 1234.5, 0);
    b.append(' ');
    BulkSpec.appendNumber(b, 0.04, 2);
    assertThat(b).hasToString("7.1 1235 0.04");
    assertThat(LongCsvShape.grouped(593500)).isEqualTo("593,500");
    assertThat(LongCsvShape.grouped(1234567)).isEqualTo("1,234,567");
    assertThat(LongCsvShape.grouped(12)).isEqualTo("12");
  }

  @Test
  void stagesAreTheGapsBetweenProgressLinesGroupedByChapterAndIngestIsTimedPerInput() {
    String log =
        """
        [   0.0 s] bench run 1
        [   1.5 s] ingest a.csv: cbs-odata-csv, cbs:1, 100 observations, 0 rejects, periods 2019, 0.4 s
        [   2.0 s] ingest b.tsv.gz: eurostat-tsv, eurostat:x, 4000 observations, 0 rejects, periods 2019, 1.9 s
        [   2.0 s] ingest c.csv: cbs-odata-csv, cbs:2, 50 observations, 0 rejects, periods 2019, 0.3 s
        [   2.0 s]   warning: c.csv: topic Naam_1 holds text; kept in the code list
        [   2.1 s] ingested 3 inputs, 2 at a time: 4150 observations written, 0 rejects
        [   4.5 s] code lists: 10 entries written
        [   4.6 s] chapter Migratiestromen
        [   6.6 s]   migration_balance: 10 rows from cbs:1
        [   7.6 s]   asylum_requests: skipped (no input)
        [   7.7 s] drift since 20240101T000000Z-aa: 0 of 4 measures beyond the limits (action: warn), 1.2 ms
        [   8.0 s] workbook bench.xlsx: 1 sheets
        [   8.5 s] published out -> run
        """;
    List<StageTimes.Stage> stages = StageTimes.parse(log);
    assertThat(stages)
        .extracting(StageTimes.Stage::name)
        .containsExactly(
            "other",
            "ingest cbs-odata-csv (per input, summed)",
            "ingest eurostat-tsv (per input, summed)",
            "ingest, all inputs (wall, 2 at a time)",
            "code lists to Parquet",
            "chapter Migratiestromen",
            "drift check",
            "Excel write",
            "rejects, manifest, publish");
    StageTimes.Stage cbs = stages.get(1);
    assertThat(cbs.seconds()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(cbs.observations()).isEqualTo(150);
    assertThat(stages.get(3).seconds()).isEqualTo(2.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stages.get(3).observations()).isEqualTo(4150);
    assertThat(stages.get(4).seconds()).isEqualTo(2.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stages.get(5).seconds()).isEqualTo(3.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stages.get(6).seconds()).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void spreadIsMedianWithRange() {
    assertThat(Spread.of(List.of(3.0, 1.0, 2.0))).isEqualTo(new Spread(2, 1, 3));
    assertThat(Spread.of(List.of(4.0, 1.0))).isEqualTo(new Spread(2.5, 1, 4));
  }

  @Test
  void peerTotalsMatchOnlyOnSameCountsAndSum() {
    PeerTotals a = new PeerTotals(10, 9, 1e6, 4);
    assertThat(a.matches(new PeerTotals(10, 9, 1e6 + 1e-5, 4))).isTrue();
    assertThat(a.matches(new PeerTotals(10, 8, 1e6, 4))).isFalse();
    assertThat(a.matches(new PeerTotals(10, 9, 1e6 + 1, 4))).isFalse();
  }
}
