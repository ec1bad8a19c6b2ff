package nl.migstat.ingest.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.ingest.Sniff;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EurostatSdmxCsvReaderTest extends ReaderContract {
  private static final String JATOFI = "eurostat-jatofi/";
  private static final String HEADER_10 =
      "DATAFLOW,LAST UPDATE,freq,citizen,sex,unit,age,asyl_app,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,"
          + "CONF_STATUS\n";

  @TempDir Path tmp;

  private final EurostatSdmxCsvReader reader = new EurostatSdmxCsvReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> inputs =
        new ArrayList<>(
            List.of(
                sample("tps00191_sdmx-csv-1.0_codes.csv"),
                sample("migr_resfirst_sdmx-csv-2.0_action.csv"),
                sample(SdmxCsvActionCodesTest.SAMPLE),
                sample("tps00001_databrowser-labels.csv")));
    for (String name :
        List.of(
            "assylum_applications_raw.csv",
            "assylum_applications_accepted_raw.csv",
            "population.csv",
            "housing_prices.csv",
            "unemployment.csv")) {
      Path real = SharedData.realDir().resolve(JATOFI + name);
      if (Files.exists(real)) {
        inputs.add(new InputFile(real));
      }
    }
    return inputs;
  }

  private static InputFile sample(String name) {
    return new InputFile(SharedData.samples().resolve("eurostat-sdmx/" + name));
  }

  private static InputFile real(String name) {
    return new InputFile(SharedData.real(JATOFI + name));
  }

  private CollectingSink read(InputFile in) {
    CollectingSink sink = new CollectingSink();
    ReadResult result = reader.read(in, ReadOptions.defaults(), sink);
    assertThat(result.records()).isEqualTo(sink.observations().size() + sink.rejects().size());
    return sink;
  }

  private static Observation find(
      CollectingSink sink, String region, String period, Map<String, String> dims) {
    List<Observation> found =
        sink.observations().stream()
            .filter(
                o ->
                    region.equals(o.region())
                        && period.equals(o.period())
                        && o.dims().entrySet().containsAll(dims.entrySet()))
            .toList();
    assertThat(found).as("%s %s %s", region, period, dims).hasSize(1);
    return found.get(0);
  }

  private InputFile write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new InputFile(file);
  }

  @Test
  void mapsDataBrowserLabelsBackToCodes() {
    // assylum_applications_raw.csv line 2: ...,Annual,Extra-EU27 (from 2020),Total,Person,Total,
    // Asylum applicant,Austria,2013,17500,,
    CollectingSink sink = read(real("assylum_applications_raw.csv"));
    assertThat(sink.observations()).hasSize(398);
    assertThat(sink.rejects()).isEmpty();
    Observation at = find(sink, "AT", "2013", Map.of("asyl_app", "ASY_APP"));
    assertThat(at.value()).isEqualTo(17500.0);
    assertThat(at.source()).isEqualTo("eurostat:tps00191");
    assertThat(at.measure()).isEqualTo("PER");
    assertThat(at.frequency()).isEqualTo("A");
    assertThat(at.dims())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("citizen", "EXT_EU27_2020", "sex", "T", "age", "TOTAL", "asyl_app", "ASY_APP"));
    assertThat(at.status()).isNull();
    assertThat(at.origin()).endsWith("assylum_applications_raw.csv:2");
    assertThat(sink.codes())
        .contains(
            new CodeEntry("eurostat:tps00191", "geo", "AT", "Austria", null),
            new CodeEntry(
                "eurostat:tps00191", "citizen", "EXT_EU27_2020", "Extra-EU27 (from 2020)", null));
  }

  @Test
  void readsTheFirstInstanceDecisionsFile() {
    CollectingSink sink = read(real("assylum_applications_accepted_raw.csv"));
    assertThat(sink.observations()).hasSize(397);
    assertThat(sink.rejects()).isEmpty();
    // line 2: ...,Geneva Convention status,Austria,2013,1180,,
    Observation at = find(sink, "AT", "2013", Map.of("decision", "GENCONV"));
    assertThat(at.value()).isEqualTo(1180.0);
    assertThat(at.source()).isEqualTo("eurostat:tps00193");
  }

  @Test
  void keepsCombinedFlagsAndMapsKosovoAndTurkiye() {
    CollectingSink sink = read(real("population.csv"));
    assertThat(sink.observations()).hasSize(584);
    assertThat(sink.rejects()).isEmpty();
    // line 228: ...,European Union - 27 countries (from 2020),2023,447695350,bep,
    Observation eu = find(sink, "EU27_2020", "2023", Map.of());
    assertThat(eu.value()).isEqualTo(447695350.0);
    assertThat(eu.status()).isEqualTo(Status.BREAK);
    assertThat(eu.statesCode()).isEqualTo("break,provisional,estimated");
    assertThat(eu.sourceFlag()).isEqualTo("bep");
    assertThat(eu.measure()).isEqualTo("JAN");
    // line 576: ...,Kosovo*,2013,1815606,e,   line 547: ...,Türkiye,2013,75627384,,
    Observation xk = find(sink, "XK", "2013", Map.of());
    assertThat(xk.value()).isEqualTo(1815606.0);
    assertThat(xk.status()).isEqualTo(Status.ESTIMATED);
    assertThat(xk.sourceFlag()).isEqualTo("e");
    assertThat(find(sink, "TR", "2013", Map.of()).value()).isEqualTo(75627384.0);
  }

  @Test
  void confidentialCellHasNoValue() {
    CollectingSink sink = read(real("housing_prices.csv"));
    assertThat(sink.observations()).hasSize(29520);
    assertThat(sink.rejects()).isEmpty();
    // line 1013: ...,Purchases of existing dwellings,"Quarterly index, 2010=100",Finland,
    // 2005-Q1,,,C
    Observation fi =
        sink.observations().stream()
            .filter(o -> o.origin().endsWith("housing_prices.csv:1013"))
            .findFirst()
            .orElseThrow();
    assertThat(fi.region()).isEqualTo("FI");
    assertThat(fi.period()).isEqualTo("2005-Q1");
    assertThat(fi.frequency()).isEqualTo("Q");
    assertThat(fi.measure()).isEqualTo("I10_Q");
    assertThat(fi.dims()).containsEntry("purchase", "DW_EXST");
    assertThat(fi.value()).isNull();
    assertThat(fi.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(fi.sourceFlag()).isEqualTo("C");
    assertThat(sink.observations().stream().filter(o -> o.status() == Status.CONFIDENTIAL))
        .hasSize(208);
  }

  @Test
  void readsCodesBesideTheirLabelColumnsInSdmxCsv20() {
    CollectingSink sink = read(real("unemployment.csv"));
    assertThat(sink.observations()).hasSize(415);
    assertThat(sink.rejects()).isEmpty();
    // line 308: dataflow,ESTAT:TPS00203(1.0),...,NL,Netherlands,2024,,3.7,,,,,
    Observation nl = find(sink, "NL", "2024", Map.of());
    assertThat(nl.value()).isEqualTo(3.7);
    assertThat(nl.source()).isEqualTo("eurostat:tps00203");
    assertThat(nl.measure()).isEqualTo("PC_ACT");
    assertThat(nl.dims()).containsExactlyInAnyOrderEntriesOf(Map.of("age", "Y15-74", "sex", "T"));
    assertThat(sink.codes())
        .contains(
            new CodeEntry("eurostat:tps00203", "geo", "NL", "Netherlands", null),
            new CodeEntry("eurostat:tps00203", "obs_flag", "u", "low reliability", null));
    assertThat(sink.observations().stream().filter(o -> "u".equals(o.sourceFlag())))
        .allMatch(o -> o.status() == Status.LOW_RELIABILITY);
  }

  @Test
  void readsCodeColonLabelCellsAndRejectsDeletions() {
    CollectingSink sink = read(sample("migr_resfirst_sdmx-csv-2.0_action.csv"));
    assertThat(sink.observations()).hasSize(21);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(23);
              assertThat(r.reason()).startsWith("ACTION D");
            });
    Observation fam = find(sink, "NL", "2022", Map.of("reason", "FAM"));
    assertThat(fam.value()).isEqualTo(30510.0);
    assertThat(fam.dims()).containsEntry("citizen", "EXT_EU27_2020");
    Observation lu = find(sink, "LU", "2023", Map.of("reason", "OTH"));
    assertThat(lu.value()).isNull();
    assertThat(lu.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(sink.codes())
        .contains(
            new CodeEntry(
                "eurostat:migr_resfirst", "reason", "OCC", "Remunerated activities reasons", null),
            new CodeEntry("eurostat:migr_resfirst", "conf_status", "C", "Confidential", null));
  }

  @Test
  void emptyObsValueIsMissing() {
    CollectingSink sink = read(sample("tps00191_sdmx-csv-1.0_codes.csv"));
    assertThat(sink.observations()).hasSize(21);
    Observation li = find(sink, "LI", "2024", Map.of());
    assertThat(li.value()).isNull();
    assertThat(li.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(find(sink, "NL", "2022", Map.of()).value()).isEqualTo(47990.0);
    // No labels in a codes-only file; its newest LAST UPDATE (07/04/25 11:00:00, day first) is the
    // table's modification date, as OData's TableInfos Modified.
    assertThat(sink.codes())
        .containsExactly(
            new CodeEntry(
                "eurostat:tps00191",
                CodeEntry.TABLE_MODIFIED,
                "TPS00191",
                "2025-04-07T11:00",
                null));
  }

  @Test
  void rejectsAnUnknownLabelNamingIt() throws IOException {
    InputFile in =
        write(
            "labels.csv",
            HEADER_10
                + "ESTAT:TPS00191(1.0),07/04/25 11:00:00,Annual,Extra-EU27 (from 2020),Total,Person,Total,"
                + "Asylum applicant,Atlantis,2013,5,,\n"
                + "ESTAT:TPS00191(1.0),07/04/25 11:00:00,Annual,Extra-EU27 (from 2020),Total,Person,Total,"
                + "Asylum applicant,Netherlands,2013,13060,,\n");
    CollectingSink sink = read(in);
    assertThat(sink.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.region()).isEqualTo("NL"));
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .containsExactly("unknown label 'Atlantis' for dimension geo");
  }

  @Test
  void rejectsRowsOfAnotherDataflowAndAFrequencyThatContradictsThePeriod() throws IOException {
    InputFile in =
        write(
            "mixed.csv",
            HEADER_10
                + "ESTAT:TPS00191(1.0),,A,EXT_EU27_2020,T,PER,TOTAL,ASY_APP,NL,2013,13060,,\n"
                + "ESTAT:TPS00193(1.0),,A,EXT_EU27_2020,T,PER,TOTAL,ASY_APP,NL,2013,1180,,\n"
                + "ESTAT:TPS00191(1.0),,A,EXT_EU27_2020,T,PER,TOTAL,ASY_APP,NL,2013-Q1,100,,\n");
    CollectingSink sink = read(in);
    assertThat(sink.observations()).hasSize(1);
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .satisfiesExactly(
            r -> assertThat(r).contains("dataflow 'ESTAT:TPS00193(1.0)'"),
            r -> assertThat(r).isEqualTo("freq 'A' does not match period '2013-Q1'"));
  }

  @Test
  void findsColumnsByNameInAnyOrderWithoutLastUpdate() throws IOException {
    InputFile in =
        write(
            "reordered.csv",
            "DATAFLOW,geo,asyl_app,TIME_PERIOD,freq,unit,OBS_VALUE,CONF_STATUS,OBS_FLAG\n"
                + "ESTAT:TPS00191(1.0),NL,ASY_APP,2023,A,PER,38320,,p\n");
    CollectingSink sink = read(in);
    Observation nl = find(sink, "NL", "2023", Map.of("asyl_app", "ASY_APP"));
    assertThat(nl.value()).isEqualTo(38320.0);
    assertThat(nl.measure()).isEqualTo("PER");
    assertThat(nl.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(nl.sourceFlag()).isEqualTo("p");
  }

  @Test
  void aHeaderWithoutObsValueMakesTheFileUnusable() throws IOException {
    InputFile in = write("bad.csv", "DATAFLOW,freq,geo,TIME_PERIOD\nESTAT:X(1.0),A,NL,2020\n");
    assertThatThrownBy(() -> reader.read(in, ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("OBS_VALUE");
  }

  @Test
  void detectsBothVersionsFromTheHeaderOnly() throws IOException {
    assertThat(reader.detect(Sniff.of(write("a.txt", "DATAFLOW,LAST UPDATE,freq\n")))).isEqualTo(2);
    assertThat(reader.detect(Sniff.of(write("b.txt", "STRUCTURE,STRUCTURE_ID,freq\n"))))
        .isEqualTo(2);
    assertThat(reader.detect(Sniff.of(write("c.txt", "\"TIME\",\"GEO\",\"Value\"\n")))).isZero();
  }
}
