package nl.migstat.ingest.cbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;

class CbsOdataCsvReaderTest extends ReaderContract {
  private static final String DHZW = "cbs-dhzw-marcopellegrino/den_haag_2019/";
  private static final String LIBERAL = "cbs-03742-83102NED-liberal-artists/";

  @Override
  protected FormatReader reader() {
    return new CbsOdataCsvReader();
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> inputs = new ArrayList<>();
    Path samples = SharedData.samples().resolve("cbs-odata-csv");
    for (String f :
        List.of(
            "03742_immi_emigratie_geboorteland.csv",
            "84583NED_kwb_2019_diemen.csv",
            "03759ned_bevolking_regio_2019_2020.csv")) {
      inputs.add(new InputFile(samples.resolve(f)));
    }
    Path real = Path.of(System.getProperty("migstat.shared", "../shared")).resolve("data-real");
    for (String f :
        List.of(
            DHZW + "gender_age_migration-84910NED.csv",
            DHZW + "marginal_distributions_84583NED.csv",
            DHZW + "gender_age-03759NED.csv",
            DHZW + "edu_current-71450NED.csv",
            LIBERAL + "data_age.csv",
            LIBERAL + "data_mar_status.csv",
            LIBERAL + "Asylum NL.csv",
            LIBERAL + "Asylum International.csv",
            "cbs-84066NED-37789ksz-veranijmeijer/gemeente_2017.csv")) {
      if (Files.exists(real.resolve(f))) {
        inputs.add(new InputFile(real.resolve(f)));
      }
    }
    return inputs;
  }

  private static CollectingSink read(Path file, ReadOptions options) {
    CollectingSink sink = new CollectingSink();
    new CbsOdataCsvReader().read(new InputFile(file), options, sink);
    return sink;
  }

  private static Observation only(
      List<Observation> all, String region, Map<String, String> dims, String measure) {
    List<Observation> hits =
        all.stream()
            .filter(o -> region == null || region.equals(o.region()))
            .filter(o -> o.measure().equals(measure))
            .filter(o -> o.dims().entrySet().containsAll(dims.entrySet()))
            .toList();
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  @Test
  void readsPopulationByMigrationBackgroundForDenHaag() {
    CollectingSink sink =
        read(SharedData.real(DHZW + "gender_age_migration-84910NED.csv"), ReadOptions.defaults());
    assertThat(sink.observations()).hasSize(180);
    assertThat(sink.rejects()).isEmpty();
    // line 64: "3000   ";"70100";"2012657";"T001040";"GM0518";"2019JJ00";"    6451"
    Observation men =
        only(
            sink.observations(),
            "GM0518",
            Map.of("Geslacht", "3000", "Leeftijd", "70100", "Migratieachtergrond", "2012657"),
            "BevolkingOp1Januari_1");
    assertThat(men.value()).isEqualTo(6451.0);
    assertThat(men.period()).isEqualTo("2019");
    assertThat(men.frequency()).isEqualTo("A");
    assertThat(men.status()).isNull();
    assertThat(men.source()).isEqualTo("cbs:84910NED");
    assertThat(men.origin()).endsWith("gender_age_migration-84910NED.csv:64");
    assertThat(sink.warnings()).anyMatch(w -> w.contains("cbs:84910NED from the file name"));
  }

  @Test
  void keepsDotAsNotAvailableAndCountsAllAsylumRows() {
    CollectingSink sink =
        read(
            SharedData.real(LIBERAL + "Asylum NL.csv"),
            ReadOptions.defaults().withSource("cbs:80059ned"));
    assertThat(sink.observations()).hasSize(3828);
    List<Observation> missing =
        sink.observations().stream().filter(o -> o.status() == Status.NOT_AVAILABLE).toList();
    assertThat(missing)
        .hasSize(1395)
        .allMatch(o -> o.value() == null && ".".equals(o.sourceFlag()));
    Observation syria2015 =
        only(
            sink.observations().stream().filter(o -> "2015".equals(o.period())).toList(),
            null,
            Map.of("Nationaliteit", "NAT9444"),
            "TotaalAsielverzoekenEnNareizigers_1");
    // Asylum NL.csv: "NAT9444  ";"2015JJ00";"   27710" (Syrisch, codelists/cbs-nationaliteiten.csv)
    assertThat(syria2015.value()).isEqualTo(27710.0);
    assertThat(syria2015.source()).isEqualTo("cbs:80059ned");
    assertThat(sink.warnings()).isEmpty();
  }

  @Test
  void trimsPaddedCodesAndKeepsTextTopicsInTheCodeList() {
    CollectingSink sink =
        read(
            SharedData.real(DHZW + "marginal_distributions_84583NED.csv"),
            ReadOptions.defaults().withPeriod("2019"));
    Observation gm = only(sink.observations(), "GM0518", Map.of(), "AantalInwoners_5");
    assertThat(gm.value()).isEqualTo(537833.0);
    assertThat(gm.period()).isEqualTo("2019");
    assertThat(
            only(sink.observations(), "GM0518", Map.of(), "GemiddeldeHuishoudensgrootte_32")
                .value())
        .isEqualTo(2.0);
    assertThat(sink.codes())
        .contains(new CodeEntry("cbs:84583NED", "SoortRegio_2", "BU05180271", "Buurt", null));
    assertThat(sink.observations()).noneMatch(o -> o.measure().equals("Codering_3"));
    Observation dot = only(sink.observations(), "BU05180170", Map.of(), "OpleidingsniveauLaag_64");
    assertThat(dot.value()).isNull();
    assertThat(dot.status()).isEqualTo(Status.NOT_AVAILABLE);
  }

  @Test
  void tellsEmptyFromDotInTheCommaVariant() {
    CollectingSink sink =
        read(
            SharedData.samples().resolve("cbs-odata-csv/03759ned_bevolking_regio_2019_2020.csv"),
            ReadOptions.defaults());
    Observation empty =
        only(
            sink.observations().stream().filter(o -> "2019".equals(o.period())).toList(),
            "GM1960",
            Map.of(),
            "GemiddeldeBevolking_2");
    assertThat(empty.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(empty.sourceFlag()).isEmpty();
    Observation dot =
        only(
            sink.observations().stream().filter(o -> "2020".equals(o.period())).toList(),
            "GM1960",
            Map.of(),
            "GemiddeldeBevolking_2");
    assertThat(dot.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(
            only(
                    sink.observations().stream().filter(o -> "2019".equals(o.period())).toList(),
                    "NL01",
                    Map.of(),
                    "BevolkingOp1Januari_1")
                .value())
        .isEqualTo(17282163.0);
  }

  @Test
  void readsSchoolYearsAndDecimals() {
    CollectingSink sink =
        read(SharedData.real(DHZW + "edu_current-71450NED.csv"), ReadOptions.defaults());
    assertThat(sink.observations())
        .isNotEmpty()
        .allMatch(o -> o.period().equals("2018/2019") && o.frequency().equals("SY"));
    CollectingSink intl =
        read(SharedData.real(LIBERAL + "Asylum International.csv"), ReadOptions.defaults());
    assertThat(intl.observations()).anyMatch(o -> Double.valueOf(225.1).equals(o.value()));
    assertThat(intl.observations()).filteredOn(o -> o.status() == Status.NOT_AVAILABLE).hasSize(6);
  }

  @Test
  void readsAllMunicipalRegionFamiliesOf84066() {
    CollectingSink sink =
        read(
            SharedData.real("cbs-84066NED-37789ksz-veranijmeijer/gemeente_2017.csv"),
            ReadOptions.defaults());
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations().stream().map(Observation::region).distinct())
        .contains("NL01", "LD01", "PV20", "CR01", "AM01", "GM1680", "A007403");
    assertThat(sink.observations())
        .filteredOn(o -> o.status() == Status.NOT_AVAILABLE)
        .hasSize(7224);
  }

  @Test
  void usesTheCallersPeriodForATableWithoutPeriodColumn() {
    CollectingSink sink =
        read(
            SharedData.samples().resolve("cbs-odata-csv/84583NED_kwb_2019_diemen.csv"),
            ReadOptions.defaults().withSource("cbs:84583NED").withPeriod("2019JJ00"));
    assertThat(sink.observations()).allMatch(o -> "2019".equals(o.period()));
    assertThat(sink.warnings()).noneMatch(w -> w.contains("Perioden"));
    CollectingSink without =
        read(
            SharedData.samples().resolve("cbs-odata-csv/84583NED_kwb_2019_diemen.csv"),
            ReadOptions.defaults());
    assertThat(without.warnings()).anyMatch(w -> w.contains("no period column (Perioden)"));
    assertThat(without.observations()).allMatch(o -> o.period() == null);
  }

  @Test
  void reportsLinesAndRecords() {
    Path file = SharedData.samples().resolve("cbs-odata-csv/03742_immi_emigratie_geboorteland.csv");
    CollectingSink sink = new CollectingSink();
    ReadResult r = new CbsOdataCsvReader().read(new InputFile(file), ReadOptions.defaults(), sink);
    assertThat(r.lines()).isEqualTo(82);
    assertThat(r.records()).isEqualTo(162);
    assertThat(sink.observations()).filteredOn(o -> o.status() == Status.NOT_AVAILABLE).hasSize(3);
  }
}
