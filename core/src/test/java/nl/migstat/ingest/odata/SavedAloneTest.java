package nl.migstat.ingest.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;

/**
 * One OData response saved on its own, without the metadata sets beside it: an Observations (v4) or
 * TypedDataSet (v3) response is read with codes and the report says once that labels are absent; a
 * metadata set on its own is refused with what to pass instead.
 */
class SavedAloneTest {
  static final Path V4_ALONE =
      SharedData.samples().resolve("cbs-odata/70895ned_Observations_single.json");
  static final Path V3_ALONE =
      SharedData.samples().resolve("cbs-odata/99999NED_TypedDataSet_single.json");

  private static CollectingSink ingest(Path file) {
    CollectingSink sink = new CollectingSink();
    new Ingest(Formats.all(), 1.0).read(new InputFile(file), ReadOptions.defaults(), sink);
    return sink;
  }

  private static Observation period(CollectingSink sink, String period, String geslacht) {
    return sink.observations().stream()
        .filter(o -> o.period().equals(period) && o.dims().get("Geslacht").equals(geslacht))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anObservationsResponseAloneIsReadWithCodesAndSaysOnceThatLabelsAreAbsent() {
    CollectingSink sink = ingest(V4_ALONE);
    assertThat(sink.observations()).hasSize(14);
    assertThat(sink.codes()).isEmpty();
    assertThat(sink.warnings())
        .singleElement()
        .asString()
        .contains("70895ned_Observations_single.json")
        .contains("codes only");
    Observation first = sink.observations().get(0);
    assertThat(first.source()).isEqualTo("cbs:70895ned"); // from the @odata.context URL
    assertThat(first.measure()).isEqualTo("M005106");
    assertThat(first.dims()).containsEntry("LeeftijdOp31December", "10000");
    assertThat(first.origin()).endsWith("70895ned_Observations_single.json#/value/0");
  }

  /**
   * 70895ned counts ISO weeks cut at the turn of the year: 1 January 2020 is a Wednesday, so
   * 2020W101 ("2020 week 1 (5 dagen)") holds 1 to 5 January; 2019W153 holds Monday 30 and Tuesday
   * 31 December 2019; 1 January 2021 is a Friday, so 2021X000 (week 0) holds 1 to 3 January.
   */
  @Test
  void cbsWeeksGetTheirDays() {
    CollectingSink sink = ingest(V4_ALONE);
    Observation week1 = period(sink, "2020-01-01/2020-01-05", "1100");
    assertThat(week1.frequency()).isEqualTo("W");
    assertThat(week1.value()).isEqualTo(2251.0); // "Value":2251.0, Id 2
    assertThat(period(sink, "2020-W02", "1100").value()).isEqualTo(3364.0);
    assertThat(period(sink, "2019-12-30/2019-12-31", "1100").value()).isEqualTo(995.0);
    Observation week0 = period(sink, "2021-01-01/2021-01-03", "3000");
    assertThat(week0.value()).isEqualTo(681.0);
    assertThat(PeriodSpan.of(week0.period()).orElseThrow().end()).hasToString("2021-01-03");
    // Id 13: ValueAttribute Missing, Value null: no figure, never zero.
    Observation missing = period(sink, "2021-W01", "3000");
    assertThat(missing.value()).isNull();
    assertThat(missing.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(period(sink, "2020", "1100").frequency()).isEqualTo("A");
  }

  @Test
  void aTypedDataSetResponseAloneIsReadWithCodesAndSaysOnceThatLabelsAreAbsent() {
    CollectingSink sink = ingest(V3_ALONE);
    assertThat(sink.observations()).hasSize(6);
    assertThat(sink.warnings()).singleElement().asString().contains("codes only");
    // Day codes: yyyyMMdd, the type being two digits (cbsodata4 cbs4_add_date_column).
    Observation day = period(sink, "2020-01-02", "T001038");
    assertThat(day.frequency()).isEqualTo("D");
    assertThat(day.value()).isEqualTo(498.0); // "ID":1,…,"Perioden":"20200102","Overledenen_1":498
    assertThat(period(sink, "2020-01-02", "3000").value()).isNull(); // "Overledenen_1":null
    assertThat(sink.observations().get(0).source()).isEqualTo("cbs:99999NED");
  }

  @Test
  void aMetadataSetAloneNamesWhatToPassInstead() {
    Path v3 = SharedData.samples().resolve("cbs-odata/v3-84910NED/DataProperties.json");
    assertThatThrownBy(() -> Formats.all().detect(new InputFile(v3)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("DataProperties.json:1:")
        .hasMessageContaining("DataProperties of table 84910NED")
        .hasMessageContaining("pass the folder that holds it together with TypedDataSet.json");
    for (String set : List.of("MeasureCodes", "Dimensions", "PeriodenCodes", "Properties")) {
      Path v4 = SharedData.samples().resolve("cbs-odata/v4-85458NED/" + set + ".json");
      assertThatThrownBy(() -> Formats.all().detect(new InputFile(v4)))
          .as(set)
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(set + " of table 85458NED, CBS OData v4 metadata without figures")
          .hasMessageContaining("together with Observations.json");
    }
  }

  @Test
  void aDataPropertiesCsvAloneNamesWhatToPassInstead() {
    Path csv = SharedData.real("cbs-83781ENG-project3/DataProperties.csv");
    assertThatThrownBy(() -> Formats.all().detect(new InputFile(csv)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("DataProperties saved as CSV")
        .hasMessageContaining("TypedDataSet.csv");
  }

  @Test
  void aPageThatLinksTheNextIsRefusedAlone() {
    Path first = SharedData.samples().resolve("cbs-odata/v4-85458NED/Observations.json");
    assertThatThrownBy(() -> ingest(first))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Observations_skip7.json")
        .hasMessageContaining("read the folder that holds all pages instead");
  }
}
