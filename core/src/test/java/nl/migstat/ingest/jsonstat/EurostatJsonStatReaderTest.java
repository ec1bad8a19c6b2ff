package nl.migstat.ingest.jsonstat;

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
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EurostatJsonStatReaderTest extends ReaderContract {
  private static final String SPARSE = "lfsa_urgacob_statistics-api.json";
  private static final String ARRAYS = "demo_r_mwk_ts_weeks_arrays.json";

  private final EurostatJsonStatReader reader = new EurostatJsonStatReader();

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected List<InputFile> contractInputs() {
    return List.of(sample(SPARSE), sample(ARRAYS));
  }

  private static InputFile sample(String name) {
    return new InputFile(SharedData.samples().resolve("eurostat-jsonstat").resolve(name));
  }

  private static CollectingSink read(InputFile in) {
    CollectingSink sink = new CollectingSink();
    new EurostatJsonStatReader().read(in, ReadOptions.defaults(), sink);
    return sink;
  }

  private static Observation at(CollectingSink sink, String pointer) {
    return sink.observations().stream()
        .filter(o -> o.origin().endsWith("#/" + pointer))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no observation at " + pointer));
  }

  @Test
  void isDetectedFromTheContentAmongAllFormats() {
    assertThat(Formats.all().detect(sample(SPARSE)).name()).isEqualTo("eurostat-jsonstat");
    assertThat(Formats.all().detect(sample(ARRAYS)).name()).isEqualTo("eurostat-jsonstat");
  }

  /**
   * size [1,1,1,1,3,3,3] over freq, unit, sex, age, c_birth, geo, time: position = c_birth × 9 +
   * geo × 3 + time. 25 values and 5 statuses, one of them (14) without a value; position 26 has
   * neither and is no record.
   */
  @Test
  void readsSparseValuesAndStatusesByRowMajorPosition() {
    CollectingSink sink = read(sample(SPARSE));
    assertThat(sink.observations()).hasSize(26);
    assertThat(sink.rejects()).isEmpty();
    // 12 = 1 × 9 + 1 × 3 + 0: EU27_2020_FOR, BE, 2021: "12":8.6 with "bu".
    Observation bu = at(sink, "value/12");
    assertThat(bu.dims()).containsEntry("c_birth", "EU27_2020_FOR").containsEntry("age", "Y15-74");
    assertThat(bu.region()).isEqualTo("BE");
    assertThat(bu.period()).isEqualTo("2021");
    assertThat(bu.measure()).isEqualTo("PC");
    assertThat(bu.value()).isEqualTo(8.6);
    assertThat(bu.status()).isEqualTo(Status.BREAK); // b before u in the order of Status
    // ... and the low reliability of u is kept beside it: both states of the one cell.
    assertThat(bu.states().statuses()).containsExactly(Status.BREAK, Status.LOW_RELIABILITY);
    assertThat(bu.sourceFlag()).isEqualTo("bu");
    // 18 = 2 × 9 + 0 + 0: NEU27_2020_FOR, NL, 2021: "18":9.2 with "bd".
    Observation bd = at(sink, "value/18");
    assertThat(bd.region()).isEqualTo("NL");
    assertThat(bd.value()).isEqualTo(9.2);
    assertThat(bd.sourceFlag()).isEqualTo("bd");
    assertThat(bd.statesCode()).isEqualTo("break,definition_differs");
    // 14 = 1 × 9 + 1 × 3 + 2: EU27_2020_FOR, BE, 2023: only "status":{"14":"c"}.
    Observation secret = at(sink, "status/14");
    assertThat(secret.value()).isNull();
    assertThat(secret.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(secret.sourceFlag()).isEqualTo("c");
    assertThat(secret.period()).isEqualTo("2023");
    // 8 = 0 + 2 × 3 + 2: NAT, EU27_2020, 2023: 5.4 provisional.
    assertThat(at(sink, "value/8").status()).isEqualTo(Status.PROVISIONAL);
    assertThat(at(sink, "value/8").region()).isEqualTo("EU27_2020");
    assertThat(sink.observations()).noneMatch(o -> o.origin().endsWith("/26"));
    assertThat(bu.source()).isEqualTo("eurostat:lfsa_urgacob");
  }

  @Test
  void labelsGoIntoTheCodeList() {
    CollectingSink sink = read(sample(SPARSE));
    assertThat(sink.codes())
        .contains(
            new CodeEntry("eurostat:lfsa_urgacob", "c_birth", "NAT", "Reporting country", null),
            new CodeEntry("eurostat:lfsa_urgacob", "geo", "NL", "Netherlands", null),
            new CodeEntry(
                "eurostat:lfsa_urgacob", "dimension", "c_birth", "Country of birth", null),
            new CodeEntry("eurostat:lfsa_urgacob", "obs_flag", "b", "break in time series", null),
            new CodeEntry(
                "eurostat:lfsa_urgacob",
                "table",
                "LFSA_URGACOB",
                "Unemployment rates by sex, age and country of birth (%)",
                null));
    assertThat(sink.codes()).noneMatch(c -> c.dimension().equals("time"));
  }

  /**
   * size [1,1,1,2,4] over freq, unit, sex, geo, time: position = geo × 4 + time; value and status
   * as arrays, dimensions of one category without an index, weeks as ISO weeks.
   */
  @Test
  void readsArraysAndIsoWeeks() {
    CollectingSink sink = read(sample(ARRAYS));
    assertThat(sink.observations()).hasSize(8);
    // value[1] = NL, 2020-W01: 3104; ISO week 1 of 2020 runs from Monday 30 December 2019.
    Observation w1 = at(sink, "value/1");
    assertThat(w1.region()).isEqualTo("NL");
    assertThat(w1.period()).isEqualTo("2020-W01");
    assertThat(w1.frequency()).isEqualTo("W");
    assertThat(w1.value()).isEqualTo(3104.0);
    assertThat(PeriodSpan.of(w1.period()).orElseThrow().start()).hasToString("2019-12-30");
    // value[3] = NL, 2020-W53: 3871 with status[3] "p".
    assertThat(at(sink, "value/3").status()).isEqualTo(Status.PROVISIONAL);
    // value[7] = BE, 2020-W53: null, no status: a missing figure, never zero.
    Observation missing = at(sink, "value/7");
    assertThat(missing.value()).isNull();
    assertThat(missing.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(missing.sourceFlag()).isEqualTo(":");
    assertThat(missing.region()).isEqualTo("BE");
  }

  @Test
  void readsHalfYearsAndDaysAndAStatusForAllCells(@TempDir Path dir) throws IOException {
    Path halves =
        write(
            dir,
            "nrg_pc_204.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"status\":\"e\",\"value\":[0.2,0.3],"
                + "\"id\":[\"freq\",\"geo\",\"time\"],\"size\":[1,1,2],\"dimension\":{"
                + "\"freq\":{\"category\":{\"label\":{\"S\":\"Semi-annual\"}}},"
                + "\"geo\":{\"category\":{\"index\":[\"NL\"]}},"
                + "\"time\":{\"category\":{\"index\":{\"2019-S1\":0,\"2019-S2\":1}}}}}");
    CollectingSink sink = read(new InputFile(halves));
    assertThat(sink.observations())
        .extracting(Observation::period)
        .containsExactly("2019-H1", "2019-H2");
    assertThat(sink.observations()).allMatch(o -> o.status() == Status.ESTIMATED);
    Path days =
        write(
            dir,
            "ert_bil_eur_d.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":{\"1\":1.1467},"
                + "\"id\":[\"freq\",\"currency\",\"time\"],\"size\":[1,1,2],\"dimension\":{"
                + "\"freq\":{\"category\":{\"index\":[\"D\"]}},"
                + "\"currency\":{\"category\":{\"index\":[\"USD\"]}},"
                + "\"time\":{\"category\":{\"index\":[\"2019-01-14\",\"2019-01-15\"]}}}}");
    Observation day = read(new InputFile(days)).observations().get(0);
    assertThat(day.period()).isEqualTo("2019-01-15");
    assertThat(day.frequency()).isEqualTo("D");
    assertThat(day.value()).isEqualTo(1.1467);
  }

  @Test
  void aBadCellIsARejectNamingWhatIsWrong(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "tps00191.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\n"
                + "\"value\":{\"0\":\"12a\",\"1\":5,\"9\":7},\n"
                + "\"status\":{\"1\":\"x\"},\n"
                + "\"id\":[\"geo\",\"time\"],\"size\":[1,2],\"dimension\":{"
                + "\"geo\":{\"category\":{\"index\":[\"NL\"]}},"
                + "\"time\":{\"category\":{\"index\":[\"2019\",\"2020\"]}}}}");
    CollectingSink sink = read(new InputFile(file));
    assertThat(sink.observations()).isEmpty();
    assertThat(sink.rejects()).hasSize(3);
    assertThat(sink.rejects().get(0).line()).isEqualTo(2);
    assertThat(sink.rejects().get(0).reason()).contains("#/value/0").contains("'12a'");
    assertThat(sink.rejects().get(1).reason()).contains("unknown Eurostat flag 'x'");
    assertThat(sink.rejects().get(2).reason()).contains("position 9 is outside the cube of 2");
  }

  @Test
  void aDatasetWithoutItsDimensionsIsBadInputNamingTheFile(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "broken.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[1,2],"
                + "\"id\":[\"geo\",\"time\"],\"size\":[1,2],\"dimension\":{"
                + "\"time\":{\"category\":{\"index\":[\"2019\",\"2020\"]}}}}");
    assertThatThrownBy(() -> read(new InputFile(file)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("dimension 'geo'");
    Path wrongSize =
        write(
            dir,
            "size.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[1,2],"
                + "\"id\":[\"time\"],\"size\":[3],\"dimension\":{"
                + "\"time\":{\"category\":{\"index\":[\"2019\",\"2020\"]}}}}");
    assertThatThrownBy(() -> read(new InputFile(wrongSize)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("lists 2 categories; 'size' says 3");
    Path noValue =
        write(
            dir,
            "empty.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\","
                + "\"id\":[\"time\"],\"size\":[1],\"dimension\":{"
                + "\"time\":{\"category\":{\"index\":[\"2019\"]}}}}");
    assertThatThrownBy(() -> read(new InputFile(noValue)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("empty.json")
        .hasMessageContaining("needs 'value'");
    Path shortArray =
        write(
            dir,
            "short.json",
            "{\"version\":\"2.0\",\"class\":\"dataset\",\"value\":[1],"
                + "\"id\":[\"time\"],\"size\":[2],\"dimension\":{"
                + "\"time\":{\"category\":{\"index\":[\"2019\",\"2020\"]}}}}");
    assertThatThrownBy(() -> read(new InputFile(shortArray)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("short.json")
        .hasMessageContaining("'value' holds 1 cells, but 'size' [2] makes 2");
  }

  private static Path write(Path dir, String name, String json) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, json, StandardCharsets.UTF_8);
    return p;
  }
}
