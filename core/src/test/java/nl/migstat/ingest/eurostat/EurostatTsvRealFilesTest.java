package nl.migstat.ingest.eurostat;

import static nl.migstat.ingest.eurostat.EurostatFixtures.cell;
import static nl.migstat.ingest.eurostat.EurostatFixtures.real;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;

/** Cells of the real bulk TSV files (MANIFEST B1, B2), checked by hand against the raw bytes. */
class EurostatTsvRealFilesTest {
  private static final Map<String, String> ASYLUM =
      Map.of("citizen", "EXT_EU27_2020", "sex", "T", "age", "TOTAL", "asyl_app", "ASY_APP");

  private final EurostatTsvReader reader = new EurostatTsvReader();

  @Test
  void annualAsylumApplicantsInTheFileCalledMonthly() {
    CollectingSink sink = new CollectingSink();
    ReadResult result =
        reader.read(real("eurostat-jatofi/Monthly data.tsv"), ReadOptions.defaults(), sink);
    assertThat(result.lines()).isEqualTo(102);
    assertThat(result.records()).isEqualTo(101 * 12);
    assertThat(sink.observations()).hasSize(101 * 12);
    assertThat(sink.rejects()).isEmpty();
    assertThat(result.source()).isEqualTo("eurostat:unknown");
    assertThat(sink.warnings()).singleElement().asString().contains("eurostat:unknown");

    Observation at = cell(sink, "AT", "2013", ASYLUM);
    assertThat(at.value()).isEqualTo(17500.0);
    assertThat(at.status()).isNull();
    assertThat(at.sourceFlag()).isNull();
    assertThat(at.frequency()).isEqualTo("A");
    assertThat(at.measure()).isEqualTo("PER");
    assertThat(at.dims()).isEqualTo(ASYLUM);
    assertThat(at.origin()).isEqualTo("eurostat-jatofi/Monthly data.tsv:2");

    Observation eu = cell(sink, "EU27_2020", "2024", ASYLUM);
    assertThat(eu.value()).isEqualTo(996815.0);
    assertThat(eu.status()).isEqualTo(Status.ESTIMATED);
    assertThat(eu.sourceFlag()).isEqualTo("e");

    Observation uk = cell(sink, "UK", "2020", ASYLUM);
    assertThat(uk.value()).isNull();
    assertThat(uk.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(uk.sourceFlag()).isEqualTo(":");
    assertThat(cell(sink, "UK", "2019", ASYLUM).value()).isEqualTo(46055.0);
  }

  @Test
  void aMissingCellRightBeforeCrlfKeepsItsFlag() {
    CollectingSink sink = new CollectingSink();
    reader.read(real("eurostat-jatofi/Monthly data.tsv"), ReadOptions.defaults(), sink);
    Observation dk = cell(sink, "DK", "2024", Map.of("asyl_app", "SSEQ"));
    assertThat(dk.value()).isNull();
    assertThat(dk.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(dk.sourceFlag()).isEqualTo(": m");
    assertThat(dk.origin()).endsWith(":77");
  }

  @Test
  void monthlyAsylumApplicantsInTheFileCalledAnnualWithAnotherDimensionOrder() {
    CollectingSink sink = new CollectingSink();
    ReadResult result =
        reader.read(real("eurostat-jatofi/Anual data.tsv"), ReadOptions.defaults(), sink);
    assertThat(result.lines()).isEqualTo(100);
    assertThat(sink.observations()).hasSize(99 * 12);
    assertThat(sink.rejects()).isEmpty();

    Observation at = cell(sink, "AT", "2024-03", ASYLUM);
    assertThat(at.value()).isEqualTo(2450.0);
    assertThat(at.frequency()).isEqualTo("M");
    assertThat(at.measure()).isEqualTo("PER");
    assertThat(at.dims()).isEqualTo(ASYLUM);
    Observation missing = cell(sink, "AT", "2025-02", ASYLUM);
    assertThat(missing.value()).isNull();
    assertThat(missing.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(cell(sink, "DK", "2024-03", Map.of("asyl_app", "SSEQ")).sourceFlag())
        .isEqualTo(": m");
  }

  @Test
  void sdgGdpPerCapitaWithNegativesAndConfidentialCells() {
    CollectingSink sink = new CollectingSink();
    ReadResult result =
        reader.read(real("eurostat-neqqii/sdg_08_10.tsv"), ReadOptions.defaults(), sink);
    assertThat(result.source()).isEqualTo("eurostat:sdg_08_10");
    assertThat(result.lines()).isEqualTo(77);
    assertThat(sink.observations()).hasSize(76 * 20);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations()).filteredOn(o -> o.status() == Status.CONFIDENTIAL).hasSize(5);
    assertThat(sink.observations()).filteredOn(o -> o.status() == Status.PROVISIONAL).hasSize(42);

    Observation fall =
        sink.observations().stream()
            .filter(
                o ->
                    "AT".equals(o.region())
                        && "2009".equals(o.period())
                        && o.measure().equals("CLV_PCH_PRE_HAB"))
            .findFirst()
            .orElseThrow();
    assertThat(fall.value()).isEqualTo(-4.0);
    assertThat(fall.dims()).isEqualTo(Map.of("na_item", "B1GQ"));
    assertThat(fall.origin()).endsWith(":41");

    Observation ro =
        sink.observations().stream()
            .filter(
                o ->
                    "RO".equals(o.region())
                        && "2000".equals(o.period())
                        && o.measure().equals("CLV10_EUR_HAB"))
            .findFirst()
            .orElseThrow();
    assertThat(ro.value()).isNull();
    assertThat(ro.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(ro.sourceFlag()).isEqualTo(": c");

    Observation al =
        sink.observations().stream()
            .filter(
                o ->
                    "AL".equals(o.region())
                        && "2017".equals(o.period())
                        && o.measure().equals("CLV10_EUR_HAB"))
            .findFirst()
            .orElseThrow();
    assertThat(al.value()).isEqualTo(3670.0);
    assertThat(al.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(al.sourceFlag()).isEqualTo("p");
  }
}
