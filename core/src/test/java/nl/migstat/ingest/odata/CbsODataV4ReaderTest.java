package nl.migstat.ingest.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CbsODataV4ReaderTest extends ReaderContract {
  private static final Path SAMPLE = SharedData.samples().resolve("cbs-odata/v4-85458NED");

  private final CbsODataV4Reader reader = new CbsODataV4Reader();

  @TempDir Path tmp;

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    return List.of(new InputFile(SAMPLE), new InputFile(SavedAloneTest.V4_ALONE));
  }

  private CollectingSink read(Path folder, ReadResult[] result) {
    CollectingSink sink = new CollectingSink();
    result[0] = reader.read(new InputFile(folder), ReadOptions.defaults(), sink);
    return sink;
  }

  @Test
  void readsBothPagesInLinkOrder() {
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(SAMPLE, r);
    assertThat(r[0].source()).isEqualTo("cbs:85458NED");
    assertThat(r[0].records()).isEqualTo(12);
    assertThat(sink.rejects()).isEmpty();
    List<String> origins = sink.observations().stream().map(Observation::origin).toList();
    assertThat(origins.get(6)).endsWith("Observations.json#/value/6");
    assertThat(origins.get(7)).endsWith("Observations_skip7.json#/value/0");
  }

  @Test
  void ordinaryFigureOfAVoorlopigPeriodIsProvisional() {
    CollectingSink sink = read(SAMPLE, new ReadResult[1]);
    Observation o = sink.observations().get(3);
    assertThat(o.measure()).isEqualTo("M000352");
    assertThat(o.region()).isEqualTo("GM0363");
    assertThat(o.period()).isEqualTo("2024");
    assertThat(o.dims()).containsEntry("Herkomst", "T001040").containsEntry("Geslacht", "T001038");
    assertThat(o.value()).isEqualTo(933680.0);
    assertThat(o.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(o.sourceFlag()).isEqualTo("Voorlopig");
    assertThat(sink.observations().get(0).status()).isNull();
  }

  /**
   * CBS {@code **} (Status {@code Nader voorlopig}: a provisional figure revised once, not yet
   * final) is a state of its own, not Eurostat's "revised"; and a cell keeps its own symbol beside
   * its period's status: 2023 made nader voorlopig turns the missing GM9999 cell of 2023 into not
   * available and nader voorlopig, and the secret cell of 2024 (Voorlopig) is secret and
   * provisional.
   */
  @Test
  void naderVoorlopigIsAStateOfItsOwnKeptBesideTheCellsSymbol() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v4"));
    Path periods = copy.resolve("PeriodenCodes.json");
    Files.writeString(
        periods,
        Files.readString(periods, StandardCharsets.UTF_8)
            .replace(
                "\"Title\":\"2023\",\"Description\":\"\",\"DimensionGroupId\":\"0\","
                    + "\"Status\":\"Definitief\"",
                "\"Title\":\"2023**\",\"Description\":\"Nader voorlopige cijfers\","
                    + "\"DimensionGroupId\":\"0\",\"Status\":\"Nader voorlopig\""),
        StandardCharsets.UTF_8);
    CollectingSink sink = read(copy, new ReadResult[1]);
    Observation plain = sink.observations().get(0);
    assertThat(plain.period()).isEqualTo("2023");
    assertThat(plain.status()).isEqualTo(Status.REVISED_PROVISIONAL);
    assertThat(plain.statesCode()).isEqualTo("revised_provisional");
    assertThat(plain.sourceFlag()).isEqualTo("Nader voorlopig");
    Observation missing = sink.observations().get(6);
    assertThat(missing.period()).isEqualTo("2023");
    assertThat(missing.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(missing.statesCode()).isEqualTo("not_available,revised_provisional");
    Observation secret = sink.observations().get(10);
    assertThat(secret.period()).isEqualTo("2024");
    assertThat(secret.statesCode()).isEqualTo("confidential,provisional");
  }

  @Test
  void specialValueAttributesBecomeStatuses() {
    CollectingSink sink = read(SAMPLE, new ReadResult[1]);
    Observation missing = sink.observations().get(6);
    assertThat(missing.value()).isNull();
    assertThat(missing.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(missing.sourceFlag()).isEqualTo("Missing");
    Observation confidential = sink.observations().get(10);
    assertThat(confidential.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(confidential.sourceFlag()).isEqualTo("Confidential");
    Observation impossible = sink.observations().get(11);
    assertThat(impossible.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(impossible.sourceFlag()).isEqualTo("Impossible");
  }

  @Test
  void metadataGoesToTheCodeList() {
    CollectingSink sink = read(SAMPLE, new ReadResult[1]);
    assertThat(sink.codes())
        .contains(
            new CodeEntry("cbs:85458NED", "measure", "M000352", "Bevolking op 1 januari", null),
            new CodeEntry("cbs:85458NED", "unit", "M000352", "aantal", null),
            new CodeEntry("cbs:85458NED", "Herkomst", "H007119", "Nederland", "1"),
            new CodeEntry("cbs:85458NED", "Perioden", "2024JJ00", "2024*", "0"),
            new CodeEntry("cbs:85458NED", "RegioS", "GM0363", "Amsterdam", "3"));
  }

  @Test
  void missingPageIsAnErrorNamingIt() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v4"));
    Files.delete(copy.resolve("Observations_skip7.json"));
    assertThatThrownBy(() -> read(copy, new ReadResult[1]))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Observations_skip7.json")
        .hasMessageContaining("truncated download");
  }

  @Test
  void unknownValueAttributeIsRejectedNotGuessed() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v4"));
    Path page = copy.resolve("Observations_skip7.json");
    Files.writeString(
        page,
        Files.readString(page, StandardCharsets.UTF_8).replace("\"Confidential\"", "\"Estimated\""),
        StandardCharsets.UTF_8);
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(copy, r);
    assertThat(r[0].records()).isEqualTo(12);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(rej -> assertThat(rej.reason()).contains("unknown ValueAttribute 'Estimated'"))
        .satisfies(rej -> assertThat(rej.line()).isEqualTo(1));
  }

  @Test
  void truncatedObservationsNameFileAndPosition() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v4"));
    Path page = copy.resolve("Observations.json");
    byte[] all = Files.readAllBytes(page);
    Files.write(page, java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> read(copy, new ReadResult[1]))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.file()).endsWith("Observations.json");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.problem()).contains("column");
            });
  }

  @Test
  void detectsAFolderWithObservationsOrOneObservationsResponse() {
    assertThat(reader.detect(Sniff.of(new InputFile(SAMPLE)))).isEqualTo(2);
    // "@odata.context":"…/85458NED/$metadata#Observations": read alone, with codes only.
    assertThat(reader.detect(Sniff.of(new InputFile(SAMPLE.resolve("Observations.json")))))
        .isEqualTo(2);
    assertThat(reader.detect(Sniff.of(new InputFile(SAMPLE.resolve("MeasureCodes.json")))))
        .isZero();
    assertThat(new CbsODataV3JsonReader().detect(Sniff.of(new InputFile(SAMPLE)))).isZero();
  }
}
