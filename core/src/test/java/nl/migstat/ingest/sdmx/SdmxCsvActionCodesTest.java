package nl.migstat.ingest.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.SharedData;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDMX-CSV 2.0 with an {@code ACTION} column and codes only ({@code labels=id}): {@code
 * STRUCTURE,STRUCTURE_ID,ACTION,<dims>,TIME_PERIOD,OBS_VALUE,<attributes>}, each row an information
 * ({@code I}), append ({@code A}), replace ({@code R}), merge ({@code M}) or delete ({@code D}).
 */
class SdmxCsvActionCodesTest {
  static final String SAMPLE = "migr_resfirst_sdmx-csv-2.0_action_codes.csv";
  private static final String HEADER =
      "STRUCTURE,STRUCTURE_ID,ACTION,freq,reason,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n";

  private static CollectingSink read(Path file) {
    CollectingSink sink = new CollectingSink();
    new EurostatSdmxCsvReader().read(new InputFile(file), ReadOptions.defaults(), sink);
    return sink;
  }

  private static Path sample() {
    return SharedData.samples().resolve("eurostat-sdmx").resolve(SAMPLE);
  }

  private static Observation find(CollectingSink sink, String period, String reason) {
    return sink.observations().stream()
        .filter(o -> o.period().equals(period) && o.dims().get("reason").equals(reason))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsTheCodesOfInformationAppendReplaceAndMergeRows() {
    assertThat(Formats.all().detect(new InputFile(sample())).name()).isEqualTo("eurostat-sdmx-csv");
    CollectingSink sink = read(sample());
    assertThat(sink.observations()).hasSize(10);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.codes()).isEmpty(); // codes only: no label to keep
    Observation first = sink.observations().get(0);
    assertThat(first.source()).isEqualTo("eurostat:migr_resfirst");
    assertThat(first.measure()).isEqualTo("PER");
    assertThat(first.region()).isEqualTo("NL");
    assertThat(first.dims())
        .containsEntry("citizen", "EXT_EU27_2020")
        .containsEntry("duration", "TOTAL")
        .doesNotContainKey("action");
    // 2022, lines 2-6: FAM 30510 + EDUC 19870 + OCC 29415 + OTH 9890 = 89685 = TOTAL.
    double parts =
        find(sink, "2022", "FAM").value()
            + find(sink, "2022", "EDUC").value()
            + find(sink, "2022", "OCC").value()
            + find(sink, "2022", "OTH").value();
    assertThat(parts).isEqualTo(find(sink, "2022", "TOTAL").value()).isEqualTo(89685.0);
    // line 9: A,…,OCC,…,2023,,,C: confidential, no figure.
    Observation secret = find(sink, "2023", "OCC");
    assertThat(secret.value()).isNull();
    assertThat(secret.status()).isEqualTo(Status.CONFIDENTIAL);
    // line 10 (R) and 11 (M) are read like any row: 10120 and 92180, provisional.
    assertThat(find(sink, "2023", "OTH").value()).isEqualTo(10120.0);
    assertThat(find(sink, "2023", "TOTAL").status()).isEqualTo(Status.PROVISIONAL);
  }

  @Test
  void aDeleteOrAnUnknownActionIsARejectNamingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("migr_resfirst.csv");
    Files.writeString(
        file,
        HEADER
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),I,A,FAM,NL,2022,30510,,\n"
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),D,A,FAM,NL,2021,,,\n"
            + "dataflow,ESTAT:MIGR_RESFIRST(1.0),X,A,FAM,NL,2020,100,,\n",
        StandardCharsets.UTF_8);
    CollectingSink sink = read(file);
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects()).hasSize(2);
    assertThat(sink.rejects().get(0).line()).isEqualTo(3);
    assertThat(sink.rejects().get(0).reason()).startsWith("ACTION D");
    assertThat(sink.rejects().get(1).reason())
        .isEqualTo("unknown ACTION 'X' (SDMX-CSV knows I, A, R, M, D)");
  }

  @Test
  void readsWeeksAndDaysAsTimePeriods(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("demo_r_mwk_ts.csv");
    Files.writeString(
        file,
        "STRUCTURE,STRUCTURE_ID,ACTION,freq,geo,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,ESTAT:DEMO_R_MWK_TS(1.0),I,W,NL,2020-W05,3164\n"
            + "dataflow,ESTAT:DEMO_R_MWK_TS(1.0),I,D,NL,2020-01-15,451\n"
            + "dataflow,ESTAT:DEMO_R_MWK_TS(1.0),I,D,NL,2020-W06,3196\n",
        StandardCharsets.UTF_8);
    CollectingSink sink = read(file);
    assertThat(sink.observations())
        .extracting(Observation::period, Observation::frequency)
        .containsExactly(tuple("2020-W05", "W"), tuple("2020-01-15", "D"));
    // freq D on a week: the frequency and the period disagree.
    assertThat(sink.rejects())
        .singleElement()
        .extracting(r -> r.reason())
        .asString()
        .contains("freq 'D'");
    assertThat(sink.rejects().get(0).line()).isEqualTo(4);
  }
}
