package nl.migstat.ingest.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

class CbsODataV3JsonReaderTest extends ReaderContract {
  private static final Path SAMPLE = SharedData.samples().resolve("cbs-odata/v3-84910NED");
  private static final String REAL = "cbs-84489NED-odata3/TypedDataSet.json";

  private final CbsODataV3JsonReader reader = new CbsODataV3JsonReader();

  @TempDir Path tmp;

  @Override
  protected FormatReader reader() {
    return reader;
  }

  /** 84489NED holds only String topics (no figures), so it is tested apart from the contract. */
  @Override
  protected List<InputFile> contractInputs() {
    return List.of(new InputFile(SAMPLE), new InputFile(SavedAloneTest.V3_ALONE));
  }

  private CollectingSink read(InputFile in, ReadResult[] result) {
    CollectingSink sink = new CollectingSink();
    result[0] = reader.read(in, ReadOptions.defaults(), sink);
    return sink;
  }

  @Test
  void realWoonplaatsListGivesMunicipalityAndProvinceInTheCodeList() {
    InputFile in = new InputFile(SharedData.real(REAL));
    assertThat(reader.detect(Sniff.of(in))).isEqualTo(2);
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(in, r);
    assertThat(r[0].source()).isEqualTo("cbs:84489NED");
    assertThat(r[0].records()).isZero();
    assertThat(r[0].lines()).isEqualTo(5005);
    assertThat(sink.observations()).isEmpty();
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.codes()).hasSize(2500 * 7);
    assertThat(sink.codes())
        .contains(
            new CodeEntry("cbs:84489NED", "Code_3", "WP3594", "GM0363", null),
            new CodeEntry("cbs:84489NED", "Naam_2", "WP3594", "Amsterdam", null),
            new CodeEntry("cbs:84489NED", "Naam_4", "WP3594", "Noord-Holland", null),
            new CodeEntry("cbs:84489NED", "Code_5", "WP3594", "PV27", null),
            new CodeEntry("cbs:84489NED", "Naam_2", "WP3387", "Noardeast-Frysl\u00e2n", null));
    assertThat(
            sink.codes().stream()
                .filter(c -> c.dimension().equals("Code_3"))
                .map(CodeEntry::label)
                .distinct())
        .hasSize(355);
  }

  @Test
  void folderReadsBothPagesInLinkOrderWithMetadata() {
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(new InputFile(SAMPLE), r);
    assertThat(r[0].source()).isEqualTo("cbs:84910NED");
    assertThat(r[0].records()).isEqualTo(12);
    assertThat(sink.rejects()).isEmpty();
    List<String> origins = sink.observations().stream().map(Observation::origin).toList();
    assertThat(origins).hasSize(12);
    assertThat(origins.get(0)).endsWith("TypedDataSet.json#/value/0");
    assertThat(origins.get(7)).endsWith("TypedDataSet.json#/value/7");
    assertThat(origins.get(8)).endsWith("TypedDataSet_skip8.json#/value/0");
    assertThat(origins.get(11)).endsWith("TypedDataSet_skip8.json#/value/3");
  }

  @Test
  void voorlopigPeriodMarksItsFiguresProvisional() {
    CollectingSink sink = read(new InputFile(SAMPLE), new ReadResult[1]);
    Observation amsterdam2023 = sink.observations().get(3);
    assertThat(amsterdam2023.region()).isEqualTo("GM0363");
    assertThat(amsterdam2023.period()).isEqualTo("2023");
    assertThat(amsterdam2023.dims()).containsEntry("Migratieachtergrond", "1012600");
    assertThat(amsterdam2023.value()).isEqualTo(384020.0);
    assertThat(amsterdam2023.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(amsterdam2023.sourceFlag()).isEqualTo("Voorlopig");
    Observation amsterdam2022 = sink.observations().get(0);
    assertThat(amsterdam2022.status()).isNull();
    assertThat(amsterdam2022.sourceFlag()).isNull();
  }

  /**
   * The v3 {@code Perioden} Status {@code Nader voorlopig} ({@code 2022**}) is nader voorlopig, not
   * revised; the null figure of 2023 (Voorlopig) keeps both of its states.
   */
  @Test
  void naderVoorlopigPeriodIsNotRevisedAndANullFigureStaysProvisional() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v3"));
    Path periods = copy.resolve("Perioden.json");
    Files.writeString(
        periods,
        Files.readString(periods)
            .replace(
                "\"Title\":\"2022\",\"Description\":null,\"Status\":\"Definitief\"",
                "\"Title\":\"2022**\",\"Description\":null,\"Status\":\"Nader voorlopig\""));
    CollectingSink sink = read(new InputFile(copy), new ReadResult[1]);
    Observation amsterdam2022 = sink.observations().get(0);
    assertThat(amsterdam2022.period()).isEqualTo("2022");
    assertThat(amsterdam2022.status()).isEqualTo(Status.REVISED_PROVISIONAL);
    assertThat(amsterdam2022.sourceFlag()).isEqualTo("Nader voorlopig");
    Observation last = sink.observations().get(11);
    assertThat(last.period()).isEqualTo("2023");
    assertThat(last.value()).isNull();
    assertThat(last.statesCode()).isEqualTo("not_available,provisional");
  }

  @Test
  void nullFigureIsNotAvailableAndPaddedRegionIsTrimmed() {
    CollectingSink sink = read(new InputFile(SAMPLE), new ReadResult[1]);
    Observation last = sink.observations().get(11);
    assertThat(last.region()).isEqualTo("GM0518");
    assertThat(last.value()).isNull();
    assertThat(last.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(last.sourceFlag()).isEqualTo("null");
  }

  @Test
  void metadataGoesToTheCodeList() {
    CollectingSink sink = read(new InputFile(SAMPLE), new ReadResult[1]);
    assertThat(sink.codes())
        .contains(
            new CodeEntry("cbs:84910NED", "RegioS", "GM0518", "'s-Gravenhage (gemeente)", null),
            new CodeEntry(
                "cbs:84910NED",
                "Migratieachtergrond",
                "2012655",
                "Westerse migratieachtergrond",
                "1"),
            new CodeEntry(
                "cbs:84910NED", "measure", "BevolkingOp1Januari_1", "Bevolking op 1 januari", null),
            new CodeEntry("cbs:84910NED", "unit", "BevolkingOp1Januari_1", "aantal", null),
            new CodeEntry("cbs:84910NED", "decimals", "BevolkingOp1Januari_1", "0", null),
            new CodeEntry(
                "cbs:84910NED", "table_modified", "84910NED", "2023-11-01T02:00:00", null));
  }

  @Test
  void singleFileWithANextLinkPointsToTheFolder() {
    InputFile page = new InputFile(SAMPLE.resolve("TypedDataSet.json"));
    assertThatThrownBy(() -> read(page, new ReadResult[1]))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("continues in TypedDataSet_skip8.json")
        .hasMessageContaining("read the folder");
  }

  @Test
  void lastPageAloneIsReadWithoutMetadata() {
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(new InputFile(SAMPLE.resolve("TypedDataSet_skip8.json")), r);
    assertThat(r[0].source()).isEqualTo("cbs:84910NED");
    assertThat(sink.observations()).hasSize(4);
    Observation first = sink.observations().get(0);
    assertThat(first.dims())
        .containsEntry("Migratieachtergrond", "2012657")
        .containsEntry("Geslacht", "T001038");
    assertThat(first.value()).isEqualTo(224765.0);
    assertThat(sink.observations().get(1).status()).isNull();
  }

  @Test
  void missingPageNamedByNextLinkIsAnError() throws IOException {
    Path copy = Folders.copy(SAMPLE, tmp.resolve("v3"));
    Files.delete(copy.resolve("TypedDataSet_skip8.json"));
    assertThatThrownBy(() -> read(new InputFile(copy), new ReadResult[1]))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("TypedDataSet_skip8.json")
        .hasMessageContaining("truncated download");
  }

  @Test
  void truncatedJsonNamesFileAndLine() throws IOException {
    byte[] all = Files.readAllBytes(SharedData.real(REAL));
    Path cut = tmp.resolve("TypedDataSet.json");
    Files.write(cut, Arrays.copyOf(all, all.length / 2));
    InputFile in = new InputFile(cut);
    assertThatThrownBy(() -> read(in, new ReadResult[1]))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.file()).isEqualTo(in.displayName());
              assertThat(e.line()).isGreaterThan(2000);
              assertThat(e.problem()).contains("unreadable JSON", "column");
            });
  }

  @Test
  void untypedDotInAFigureTopicIsNotAvailable() throws IOException {
    Path f = tmp.resolve("t.json");
    Files.writeString(
        f,
        "{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/03742/"
            + "$metadata#Cbs.OData.WebAPI.TypedDataSet\",\"value\":[{\"ID\":0,\"Perioden\":"
            + "\"2019JJ00\",\"Immigratie_1\":\"       .\"},{\"ID\":1,\"Perioden\":\"2020JJ00\","
            + "\"Immigratie_1\":359}]}",
        java.nio.charset.StandardCharsets.UTF_8);
    CollectingSink sink = read(new InputFile(f), new ReadResult[1]);
    assertThat(sink.observations()).hasSize(2);
    assertThat(sink.observations().get(0).status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(sink.observations().get(0).sourceFlag()).isEqualTo(".");
    assertThat(sink.observations().get(1).source()).isEqualTo("cbs:03742");
  }
}
