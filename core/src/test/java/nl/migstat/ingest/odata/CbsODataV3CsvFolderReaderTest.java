package nl.migstat.ingest.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CbsODataV3CsvFolderReaderTest extends ReaderContract {
  private static final String REAL = "cbs-83781ENG-project3";

  private final CbsODataV3CsvFolderReader reader = new CbsODataV3CsvFolderReader();

  @TempDir Path tmp;

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    return List.of(new InputFile(SharedData.real(REAL)));
  }

  private CollectingSink read(Path folder, ReadResult[] result) {
    CollectingSink sink = new CollectingSink();
    result[0] = reader.read(new InputFile(folder), ReadOptions.defaults(), sink);
    return sink;
  }

  private static Observation find(CollectingSink sink, String origin) {
    return sink.observations().stream()
        .filter(o -> o.origin().endsWith(origin))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsEveryFigureOfTheRealTable() {
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(SharedData.real(REAL), r);
    assertThat(r[0].source()).isEqualTo("cbs:83781ENG");
    assertThat(r[0].lines()).isEqualTo(529);
    assertThat(r[0].records()).isEqualTo(528 * 7);
    assertThat(sink.observations()).hasSize(528 * 7);
    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.observations().stream().filter(o -> o.status() == Status.PROVISIONAL))
        .hasSize(48 * 7);
    assertThat(sink.warnings()).anyMatch(w -> w.contains("UntypedDataSet.csv"));
  }

  @Test
  void voorlopigPeriodOfTheEnglishTableIsProvisional() {
    CollectingSink sink = read(SharedData.real(REAL), new ReadResult[1]);
    // TypedDataSet.csv line 12: 10,T009002,2022JJ00,-1.2,55.0,45.0,-8.2,-3.0,1.4,8.9
    Observation median2022 = find(sink, "TypedDataSet.csv:12");
    assertThat(median2022.measure()).isEqualTo("MedianDevelopmentPurchasingPower_1");
    assertThat(median2022.period()).isEqualTo("2022");
    assertThat(median2022.frequency()).isEqualTo("A");
    assertThat(median2022.dims())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(java.util.Map.of("HouseholdCharacteristics", "T009002")));
    assertThat(median2022.value()).isEqualTo(-1.2);
    assertThat(median2022.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(median2022.sourceFlag()).isEqualTo("Voorlopig");
    // line 2: 0,T009002,2012JJ00,-1.1,57.8,...: Definitief
    Observation median2012 = find(sink, "TypedDataSet.csv:2");
    assertThat(median2012.value()).isEqualTo(-1.1);
    assertThat(median2012.status()).isNull();
    assertThat(median2012.region()).isNull();
  }

  @Test
  void metadataOfTheRealTableGoesToTheCodeList() {
    CollectingSink sink = read(SharedData.real(REAL), new ReadResult[1]);
    assertThat(sink.codes())
        .contains(
            new CodeEntry("cbs:83781ENG", "Periods", "2022JJ00", "2022", null),
            new CodeEntry(
                "cbs:83781ENG",
                "HouseholdCharacteristics",
                "1050015",
                "Type: Single person household",
                "2"),
            new CodeEntry(
                "cbs:83781ENG",
                "HouseholdCharacteristics.group",
                "2",
                "Composition of the household",
                "0"),
            new CodeEntry("cbs:83781ENG", "unit", "MedianDevelopmentPurchasingPower_1", "%", null),
            new CodeEntry(
                "cbs:83781ENG", "decimals", "MedianDevelopmentPurchasingPower_1", "1", null),
            new CodeEntry("cbs:83781ENG", "measure", "k_20thPercentile_4", "20th percentile", "5"),
            new CodeEntry(
                "cbs:83781ENG", "table_modified", "83781ENG", "2023-09-14T02:00:00", null));
  }

  @Test
  void folderWithoutDataPropertiesIsAnError() throws IOException {
    Path copy = Folders.copy(SharedData.real(REAL), tmp.resolve("t"));
    Files.delete(copy.resolve("DataProperties.csv"));
    assertThatThrownBy(() -> read(copy, new ReadResult[1]))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("DataProperties.csv");
  }

  @Test
  void shortRowIsRejectedWithItsLine() throws IOException {
    Path copy = Folders.copy(SharedData.real(REAL), tmp.resolve("t"));
    Path data = copy.resolve("TypedDataSet.csv");
    String text =
        Files.readString(data, java.nio.charset.StandardCharsets.UTF_8)
            .replace(
                "1,T009002,2013JJ00,-1.1,56.0,44.0,-9.6,-2.8,0.8,7.9", "1,T009002,2013JJ00,-1.1");
    Files.writeString(data, text, java.nio.charset.StandardCharsets.UTF_8);
    ReadResult[] r = new ReadResult[1];
    CollectingSink sink = read(copy, r);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(rej -> assertThat(rej.line()).isEqualTo(3))
        .satisfies(rej -> assertThat(rej.reason()).contains("expected 10 fields, found 4"));
    assertThat(r[0].records()).isEqualTo(527 * 7 + 1);
  }
}
