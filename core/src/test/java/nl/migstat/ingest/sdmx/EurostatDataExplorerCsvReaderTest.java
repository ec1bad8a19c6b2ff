package nl.migstat.ingest.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

class EurostatDataExplorerCsvReaderTest extends ReaderContract {
  private static final String APPSSO = "eurostat-appsso-dw-data/";
  private static final String CP1252_FILE = "migr_asyappctza_allcitizenships.csv";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path tmp;

  private final EurostatDataExplorerCsvReader reader = new EurostatDataExplorerCsvReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> inputs =
        new ArrayList<>(
            List.of(sample("migr_asydcfsta_1_Data.csv"), sample("une_rt_q_1_Data.csv")));
    for (String name :
        List.of(
            "migr_asydcfsta_2017-04-26.csv",
            "demo_pjan_1_Data.csv",
            "migr_asyappctza_1_Data-2017-05-31-ADDED.csv",
            CP1252_FILE)) {
      Path real = SharedData.realDir().resolve(APPSSO + name);
      if (Files.exists(real)) {
        inputs.add(new InputFile(real));
      }
    }
    return inputs;
  }

  @Override
  protected ReadOptions optionsFor(InputFile input) {
    return input.fileName().equals(CP1252_FILE)
        ? ReadOptions.defaults().withCharset(WINDOWS_1252)
        : ReadOptions.defaults();
  }

  private static InputFile sample(String name) {
    return new InputFile(SharedData.samples().resolve("eurostat-sdmx/" + name));
  }

  private static InputFile real(String name) {
    return new InputFile(SharedData.real(APPSSO + name));
  }

  private CollectingSink read(InputFile in, ReadOptions options) {
    CollectingSink sink = new CollectingSink();
    ReadResult result = reader.read(in, options, sink);
    assertThat(result.records()).isEqualTo(sink.observations().size() + sink.rejects().size());
    return sink;
  }

  private static Observation at(CollectingSink sink, String file, long line) {
    return sink.observations().stream()
        .filter(o -> o.origin().endsWith(file + ":" + line))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsThousandsSeparatorsAndTheColonMissingMarker() {
    CollectingSink sink = read(real("migr_asydcfsta_2017-04-26.csv"), ReadOptions.defaults());
    assertThat(sink.observations()).hasSize(1836);
    assertThat(sink.rejects()).isEmpty();
    // line 117: "2008","Netherlands","Extra-EU-28","Total","Total","Total positive decisions",
    // "Person","5,675",""
    Observation nl = at(sink, "migr_asydcfsta_2017-04-26.csv", 117);
    assertThat(nl.region()).isEqualTo("NL");
    assertThat(nl.period()).isEqualTo("2008");
    assertThat(nl.source()).isEqualTo("eurostat:migr_asydcfsta");
    assertThat(nl.measure()).isEqualTo("PER");
    assertThat(nl.dims())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("citizen", "EXT_EU28", "sex", "T", "age", "TOTAL", "decision", "TOTAL_POS"));
    assertThat(nl.value()).isEqualTo(5675.0);
    assertThat(nl.status()).isNull();
    // line 68: "2008","Croatia",...,"Total","Person",":",""
    Observation hr = at(sink, "migr_asydcfsta_2017-04-26.csv", 68);
    assertThat(hr.region()).isEqualTo("HR");
    assertThat(hr.value()).isNull();
    assertThat(hr.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(hr.sourceFlag()).isEqualTo(":");
    assertThat(sink.observations().stream().filter(o -> o.status() == Status.NOT_AVAILABLE))
        .hasSize(26);
    // line 200: "2008","Total","Extra-EU-28",...,"Total","Person","230,485",""
    assertThat(at(sink, "migr_asydcfsta_2017-04-26.csv", 200).region()).isEqualTo("TOTAL");
    assertThat(at(sink, "migr_asydcfsta_2017-04-26.csv", 200).value()).isEqualTo(230485.0);
  }

  @Test
  void takesTheDatasetFromTheFileNameWithAWarning() {
    CollectingSink sink = read(real("migr_asydcfsta_2017-04-26.csv"), ReadOptions.defaults());
    assertThat(sink.warnings()).anySatisfy(w -> assertThat(w).contains("eurostat:migr_asydcfsta"));
    CollectingSink named =
        read(
            real("migr_asydcfsta_2017-04-26.csv"),
            ReadOptions.defaults().withSource("eurostat:migr_asydcfsta"));
    assertThat(named.warnings()).isEmpty();
  }

  @Test
  void keepsCombinedFlagsOfDemoPjan() {
    CollectingSink sink = read(real("demo_pjan_1_Data.csv"), ReadOptions.defaults());
    assertThat(sink.observations()).hasSize(580);
    assertThat(sink.rejects()).isEmpty();
    // line 408: "2014","European Union (28 countries)","Total","Total","Number","506,973,868","bep"
    Observation eu = at(sink, "demo_pjan_1_Data.csv", 408);
    assertThat(eu.region()).isEqualTo("EU28");
    assertThat(eu.measure()).isEqualTo("NR");
    assertThat(eu.value()).isEqualTo(506973868.0);
    assertThat(eu.status()).isEqualTo(Status.BREAK);
    assertThat(eu.statesCode()).isEqualTo("break,provisional,estimated");
    assertThat(eu.sourceFlag()).isEqualTo("bep");
    // line 409 is the 2007-2013 EU of 27, not today's EU27_2020
    assertThat(at(sink, "demo_pjan_1_Data.csv", 409).region()).isEqualTo("EU27_2007");
    assertThat(sink.observations().stream().filter(o -> o.value() == null)).hasSize(45);
  }

  @Test
  void readsTheTouchedFileWithAnUnquotedTimeColumn() {
    CollectingSink sink =
        read(real("migr_asyappctza_1_Data-2017-05-31-ADDED.csv"), ReadOptions.defaults());
    assertThat(sink.observations()).hasSize(1224);
    assertThat(sink.rejects()).isEmpty();
    // line 2: 2008,"European Union (28 countries)","Extra-EU-28",...,"Asylum applicant","Person",
    // "225,150","d"
    Observation eu = at(sink, "migr_asyappctza_1_Data-2017-05-31-ADDED.csv", 2);
    assertThat(eu.region()).isEqualTo("EU28");
    assertThat(eu.dims()).containsEntry("asyl_app", "ASY_APP");
    assertThat(eu.value()).isEqualTo(225150.0);
    assertThat(eu.status()).isEqualTo(Status.DEFINITION_DIFFERS);
    assertThat(eu.sourceFlag()).isEqualTo("d");
  }

  @Test
  void rejectsWindows1252LinesWhenReadAsUtf8() {
    CollectingSink sink = read(real(CP1252_FILE), ReadOptions.defaults());
    // 340 lines hold a non-ASCII byte (São Tomé and Príncipe, Côte d'Ivoire)
    assertThat(sink.rejects()).hasSize(340);
    assertThat(sink.observations()).hasSize(34340);
    assertThat(sink.rejects()).allSatisfy(r -> assertThat(r.reason()).contains("not valid UTF-8"));
    assertThat(sink.rejects()).extracting(Reject::line).contains(3968L);
  }

  @Test
  void readsWindows1252FullyWhenTheCharsetIsNamed() {
    CollectingSink sink = read(real(CP1252_FILE), ReadOptions.defaults().withCharset(WINDOWS_1252));
    assertThat(sink.observations()).hasSize(34680);
    assertThat(sink.rejects()).isEmpty();
    // line 3968: "2012","Netherlands","C\xf4te d'Ivoire",...,"First time applicant","Person",
    // "75","p"
    Observation ci = at(sink, CP1252_FILE, 3968);
    assertThat(ci.region()).isEqualTo("NL");
    assertThat(ci.dims()).containsEntry("citizen", "CI").containsEntry("asyl_app", "NASY_APP");
    assertThat(ci.value()).isEqualTo(75.0);
    assertThat(ci.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(sink.codes())
        .contains(
            new CodeEntry(
                "eurostat:migr_asyappctza", "citizen", "ST", "São Tomé and Príncipe", null));
    assertThat(
            sink.observations().stream()
                .map(o -> o.dims().get("citizen"))
                .collect(Collectors.toSet()))
        .hasSize(204);
    assertThat(sink.observations().stream().filter(o -> o.value() == null)).hasSize(2757);
  }

  @Test
  void readsQuarterlyDataWithoutAFlagColumn() {
    CollectingSink sink =
        read(sample("une_rt_q_1_Data.csv"), ReadOptions.defaults().withSource("eurostat:une_rt_q"));
    assertThat(sink.observations()).hasSize(12);
    Observation nl = sink.observations().get(0);
    assertThat(nl.period()).isEqualTo("2002-Q1");
    assertThat(nl.frequency()).isEqualTo("Q");
    assertThat(nl.region()).isEqualTo("NL");
    assertThat(nl.measure()).isEqualTo("PC_ACT");
    assertThat(nl.dims()).containsEntry("s_adj", "SA").containsEntry("age", "Y15-74");
    assertThat(nl.value()).isEqualTo(3.2);
  }

  @Test
  void rejectsAnUnknownLabelNamingIt() throws IOException {
    Path file = tmp.resolve("odd_1_Data.csv");
    Files.writeString(
        file,
        "\"TIME\",\"GEO\",\"UNIT\",\"Value\",\"Flag and Footnotes\"\n"
            + "\"2015\",\"Netherlands\",\"Person\",\"1,000\",\"\"\n"
            + "\"2015\",\"Atlantis\",\"Person\",\"5\",\"\"\n"
            + "\"2015\",\"Belgium\",\"Camels\",\"5\",\"\"\n",
        StandardCharsets.UTF_8);
    CollectingSink sink = read(new InputFile(file), ReadOptions.defaults());
    assertThat(sink.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualTo(1000.0));
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .containsExactly(
            "unknown label 'Atlantis' for dimension geo",
            "unknown label 'Camels' for dimension unit");
  }

  @Test
  void aHeaderWithoutValueMakesTheFileUnusable() throws IOException {
    Path file = tmp.resolve("x_1_Data.csv");
    Files.writeString(
        file,
        "\"TIME\",\"GEO\",\"UNIT\"\n\"2015\",\"Netherlands\",\"Person\"\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> reader.read(new InputFile(file), ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Value");
  }

  @Test
  void detectsQuotedAndUnquotedTimeHeaders() throws IOException {
    Path a = tmp.resolve("a");
    Files.writeString(a, "\"TIME\",\"GEO\",\"Value\"\n", StandardCharsets.UTF_8);
    Path b = tmp.resolve("b");
    Files.writeString(b, "TIME,\"GEO\",\"Value\"\n", StandardCharsets.UTF_8);
    Path c = tmp.resolve("c");
    Files.writeString(c, "DATAFLOW,LAST UPDATE,freq\n", StandardCharsets.UTF_8);
    assertThat(reader.detect(Sniff.of(new InputFile(a)))).isEqualTo(2);
    assertThat(reader.detect(Sniff.of(new InputFile(b)))).isEqualTo(2);
    assertThat(reader.detect(Sniff.of(new InputFile(c)))).isZero();
  }
}
