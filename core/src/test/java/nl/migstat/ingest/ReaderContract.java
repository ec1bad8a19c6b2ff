package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;

/**
 * The contract every format reader passes: the one schema, periods of a known kind whose days are
 * known, null values only with a status, flags kept, codes trimmed, every record read accounted for
 * as an observation or a reject, and the objects handed over as {@link ObservationSink} says.
 */
public abstract class ReaderContract {
  /** The normalised period codes of each frequency ({@link nl.migstat.model.Period}). */
  private static final Map<String, Pattern> PERIOD_OF =
      Map.of(
          "A", Pattern.compile("\\d{4}"),
          "H", Pattern.compile("\\d{4}-H[12]"),
          "Q", Pattern.compile("\\d{4}-Q[1-4]"),
          "M", Pattern.compile("\\d{4}-(0[1-9]|1[0-2])"),
          "SY", Pattern.compile("\\d{4}/\\d{4}"),
          // An ISO week, or a CBS week cut by the turn of the year as the interval of its days.
          "W", Pattern.compile("\\d{4}-W\\d{2}|\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}"),
          "D", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"));

  /** The reader under test. */
  protected abstract FormatReader reader();

  /** Inputs of this format (samples the project made; real files where present). */
  protected abstract List<InputFile> contractInputs();

  /** Options for an input (override for a period or charset). */
  protected ReadOptions optionsFor(InputFile input) {
    return ReadOptions.defaults();
  }

  /**
   * True for a reader that hands the cells of one line over as the same objects (the Eurostat bulk
   * readers, see {@link ObservationSink}); their files are the ones with millions of cells.
   */
  protected boolean sharesObjectsPerLine() {
    return false;
  }

  @Test
  void detectsItsOwnInputsFromTheContent() {
    for (InputFile in : contractInputs()) {
      assertThat(reader().detect(Sniff.of(in))).as(in.displayName()).isPositive();
    }
  }

  @Test
  void everyRecordBecomesAnObservationOrAReject() {
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      ReadResult result = reader().read(in, optionsFor(in), sink);
      assertThat(result.format()).isEqualTo(reader().name());
      assertThat(result.records())
          .as("records read in %s", in.displayName())
          .isEqualTo(sink.observations().size() + sink.rejects().size());
      assertThat(sink.observations()).as(in.displayName()).isNotEmpty();
      for (Reject r : sink.rejects()) {
        assertThat(r.file()).isEqualTo(in.displayName());
        assertThat(r.reason()).isNotBlank();
        assertThat(r.line()).isPositive();
      }
    }
  }

  @Test
  void theReportCountsTheDistinctPeriodsAndRegionsKept() {
    // The ingest report takes them per run of a series (KeyWatch), not per cell: whatever order a
    // format hands its cells over in, they are those of the observations kept.
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      FileReport report = new Ingest(Formats.all(), 1.0).read(in, optionsFor(in), sink);
      List<Observation> kept = sink.observations();
      assertThat(report.periods())
          .as("periods of %s", in.displayName())
          .containsExactlyElementsOf(
              new java.util.TreeSet<>(
                  kept.stream().map(Observation::period).filter(Objects::nonNull).toList()));
      assertThat(report.regions())
          .as("regions of %s", in.displayName())
          .isEqualTo(
              (int)
                  kept.stream()
                      .map(Observation::region)
                      .filter(Objects::nonNull)
                      .distinct()
                      .count());
    }
  }

  @Test
  void observationsFollowTheOneSchema() {
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      ReadResult result = reader().read(in, optionsFor(in), sink);
      for (Observation o : sink.observations()) {
        String where = o.origin();
        assertThat(o.source()).as(where).isEqualTo(result.source()).matches("(cbs|eurostat):\\S+");
        assertThat(o.measure()).as(where).isNotBlank().isEqualTo(o.measure().strip());
        assertThat(o.origin()).as(where).startsWith(in.displayName());
        if (o.period() != null) {
          assertThat(PERIOD_OF).as(where).containsKey(o.frequency());
          assertThat(o.period()).as(where).matches(PERIOD_OF.get(o.frequency()));
          // What the store's period_start and period_end columns are made from.
          assertThat(PeriodSpan.of(o.period()))
              .as("days of %s at %s", o.period(), where)
              .isPresent();
        }
        if (o.region() != null) {
          assertThat(o.region()).as(where).isNotBlank().isEqualTo(o.region().strip());
        }
        o.dims()
            .forEach(
                (k, v) -> {
                  assertThat(k).as(where).isEqualTo(k.strip()).isNotBlank();
                  assertThat(v).as(where).isEqualTo(v.strip());
                });
      }
    }
  }

  /**
   * A job names its inputs relative to its raw folder and reads them at an absolute path: every
   * origin and reject names the input as the user named it, also for the files a reader finds
   * beside or inside it (the pages and metadata sets of an OData folder).
   */
  @Test
  void originsNameTheInputAsTheUserNamedIt() {
    for (InputFile in : contractInputs()) {
      String named = "raw-as-named/" + in.fileName();
      InputFile asNamed = new InputFile(in.path().toAbsolutePath(), named);
      CollectingSink sink = new CollectingSink();
      reader().read(asNamed, optionsFor(in), sink);
      for (Observation o : sink.observations()) {
        assertThat(o.origin()).startsWith(named);
      }
      for (Reject r : sink.rejects()) {
        assertThat(r.file()).isEqualTo(named);
        assertThat(r.reason()).doesNotContain(in.path().toAbsolutePath().toString());
      }
    }
  }

  @Test
  void missingValuesCarryAStatusAndFlagsAreKept() {
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      reader().read(in, optionsFor(in), sink);
      for (Observation o : sink.observations()) {
        if (o.value() == null) {
          assertThat(o.status()).as("status of empty value at %s", o.origin()).isNotNull();
        }
        if (o.status() == Status.NOT_AVAILABLE || o.status() == Status.NOT_APPLICABLE) {
          assertThat(o.value()).as(o.origin()).isNull();
        }
        if (o.status() != null) {
          assertThat(o.sourceFlag()).as("flag behind %s at %s", o.status(), o.origin()).isNotNull();
        }
      }
    }
  }

  /**
   * The store finds a value it saw lately by identity before it hashes it ({@link
   * ObservationSink}): every observation of an input carries the same {@code source} object.
   */
  @Test
  void theObservationsOfAnInputShareOneSourceObject() {
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      reader().read(in, optionsFor(in), sink);
      String source = sink.observations().get(0).source();
      for (Observation o : sink.observations()) {
        assertThat(o.source()).as(o.origin()).isSameAs(source);
      }
    }
  }

  /**
   * The part of {@link ObservationSink}'s contract that the speed of a bulk file's ingest depends
   * on: the cells of one line share their {@link nl.migstat.model.Dims} and strings (equal values
   * are the same object within a line), and a period or frequency is one object for the whole file.
   * A reader that copies them per cell still writes the same file, only slower: this test is what
   * notices.
   */
  @Test
  void cellsOfOneLineShareTheirObjects() {
    assumeTrue(sharesObjectsPerLine(), "this reader makes its objects per cell");
    for (InputFile in : contractInputs()) {
      CollectingSink sink = new CollectingSink();
      reader().read(in, optionsFor(in), sink);
      Map<String, List<Observation>> lines = new LinkedHashMap<>();
      sink.observations()
          .forEach(o -> lines.computeIfAbsent(o.origin(), k -> new ArrayList<>()).add(o));
      assertThat(lines.size()).as(in.displayName()).isLessThan(sink.observations().size());
      Map<Object, Object> perFile = new HashMap<>();
      for (List<Observation> line : lines.values()) {
        Map<Object, Object> perLine = new HashMap<>();
        for (Observation o : line) {
          String where = o.origin() + " " + o.period();
          sameObject(perLine, "measure", o.measure(), where);
          sameObject(perLine, "region", o.region(), where);
          sameObject(perLine, "dims", o.dims(), where);
          sameObject(perLine, "origin", o.origin(), where);
          sameObject(perFile, "period", o.period(), where);
          sameObject(perFile, "frequency", o.frequency(), where);
        }
      }
    }
  }

  /** {@code value} is the object first seen with its value for {@code field} in {@code seen}. */
  private static void sameObject(
      Map<Object, Object> seen, String field, Object value, String where) {
    if (value != null) {
      Object first = seen.computeIfAbsent(List.of(field, value), k -> value);
      assertThat(value).as("%s at %s", field, where).isSameAs(first);
    }
  }
}
