package nl.migstat.ingest.eurostat;

import static nl.migstat.ingest.eurostat.EurostatFixtures.cell;
import static nl.migstat.ingest.eurostat.EurostatFixtures.read;
import static nl.migstat.ingest.eurostat.EurostatFixtures.sample;
import static nl.migstat.ingest.eurostat.EurostatFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.ReaderContract;
import nl.migstat.ingest.Sniff;
import nl.migstat.model.Observation;
import nl.migstat.model.Reject;
import nl.migstat.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EurostatTsvReaderTest extends ReaderContract {
  private static final String HEADER = "freq,unit,geo\\TIME_PERIOD\t2022 \t2023 \n";

  private final EurostatTsvReader reader = new EurostatTsvReader();

  @TempDir Path tmp;

  @Override
  protected FormatReader reader() {
    return reader;
  }

  @Override
  protected boolean sharesObjectsPerLine() {
    return true;
  }

  @Override
  protected List<InputFile> contractInputs() {
    List<InputFile> inputs =
        new ArrayList<>(
            List.of(
                sample("migr_imm1ctz.tsv"),
                sample("migr_imm1ctz.tsv.gz"),
                sample("tps00001.tsv"),
                sample("lfso_08cobr_sample.tsv"),
                sample("lfsq_urgan.tsv")));
    inputs.addAll(
        EurostatFixtures.realIfPresent(
            "eurostat-jatofi/Monthly data.tsv",
            "eurostat-jatofi/Anual data.tsv",
            "eurostat-neqqii/sdg_08_10.tsv",
            "eurostat-neqqii/lfso_08cobr.tsv"));
    return inputs;
  }

  @Test
  void detectsTheThreeHeaderSpellingsAndNothingElse() {
    assertThat(reader.detect(sniff("freq,unit,geo\\TIME_PERIOD\t2013 \n"))).isEqualTo(2);
    assertThat(reader.detect(sniff("unit,na_item,geo\\time\t2000 \n"))).isEqualTo(2);
    assertThat(reader.detect(sniff("sex,age,time\\geo\tBE \n"))).isEqualTo(2);
    assertThat(reader.detect(sniff("geo,2006 ,2007\nAT,1 ,2\n"))).isZero();
    assertThat(reader.detect(sniff("DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE\n")))
        .isZero();
    assertThat(reader.detect(sniff("\"ID\";\"Perioden\";\"Bevolking_1\"\n"))).isZero();
  }

  @Test
  void readsTheCurrentLayoutWithFlags() {
    CollectingSink sink = read(reader, sample("migr_imm1ctz.tsv"));
    assertThat(sink.observations()).hasSize(60 * 10);
    assertThat(sink.rejects()).isEmpty();
    Observation be = cell(sink, "BE", "2013", Map.of("citizen", "TOTAL", "sex", "F"));
    assertThat(be.value()).isEqualTo(60762.0);
    assertThat(be.status()).isEqualTo(Status.BREAK);
    assertThat(be.sourceFlag()).isEqualTo("b");
    assertThat(be.measure()).isEqualTo("NR");
    assertThat(be.frequency()).isEqualTo("A");
    assertThat(be.dims()).containsOnlyKeys("age", "agedef", "citizen", "sex");
    assertThat(be.origin()).isEqualTo("data-samples/eurostat-tsv/migr_imm1ctz.tsv:50");
    Observation de = cell(sink, "DE", "2022", Map.of("citizen", "TOTAL", "sex", "T"));
    assertThat(de.value()).isEqualTo(1111537.0);
    assertThat(de.status()).isEqualTo(Status.PROVISIONAL);
    assertThat(de.sourceFlag()).isEqualTo("ep");
    Observation conf = cell(sink, "BE", "2013", Map.of("citizen", "STLS", "sex", "T"));
    assertThat(conf.value()).isNull();
    assertThat(conf.status()).isEqualTo(Status.CONFIDENTIAL);
    assertThat(conf.sourceFlag()).isEqualTo(": c");
  }

  @Test
  void gzipInputGivesTheSameObservationsAsThePlainFile() {
    ReadResult gz =
        reader.read(sample("migr_imm1ctz.tsv.gz"), ReadOptions.defaults(), new CollectingSink());
    assertThat(gz.source()).isEqualTo("eurostat:migr_imm1ctz");
    assertThat(withoutFileNames(read(reader, sample("migr_imm1ctz.tsv.gz"))))
        .isEqualTo(withoutFileNames(read(reader, sample("migr_imm1ctz.tsv"))))
        .hasSize(600);
  }

  private static List<Observation> withoutFileNames(CollectingSink sink) {
    return sink.observations().stream()
        .map(
            o ->
                new Observation(
                    o.source(),
                    o.measure(),
                    o.period(),
                    o.frequency(),
                    o.region(),
                    o.dims(),
                    o.value(),
                    o.status(),
                    o.sourceFlag(),
                    o.origin().substring(o.origin().lastIndexOf(':'))))
        .toList();
  }

  @Test
  void truncatedGzipFailsNamingTheFileAndLine() throws IOException {
    byte[] gz = Files.readAllBytes(sample("migr_imm1ctz.tsv.gz").path());
    Path cut = tmp.resolve("migr_imm1ctz.tsv.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
    InputFile input = new InputFile(cut, "cut/migr_imm1ctz.tsv.gz");
    assertThat(reader.detect(Sniff.of(input))).isEqualTo(2);
    assertThatThrownBy(() -> reader.read(input, ReadOptions.defaults(), new CollectingSink()))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.file()).isEqualTo("cut/migr_imm1ctz.tsv.gz");
              assertThat(e.line()).isGreaterThan(1);
              assertThat(e.getMessage()).contains("truncated download?");
            });
  }

  @Test
  void readsTheTransposedLayoutWithRegionsAcrossTheColumns() {
    CollectingSink sink = read(reader, sample("lfso_08cobr_sample.tsv"));
    assertThat(sink.observations()).hasSize(32 * 17);
    assertThat(sink.rejects()).isEmpty();
    Map<String, String> row =
        Map.of("sex", "F", "age", "Y15-24", "reason", "EDUC", "c_birth", "EU27_FOR");
    assertThat(cell(sink, "BE", "2008", row).value()).isEqualTo(53.0);
    assertThat(cell(sink, "CZ", "2008", row).value()).isEqualTo(26.0);
    Observation de = cell(sink, "DE", "2008", row);
    assertThat(de.value()).isEqualTo(27.0);
    assertThat(de.status()).isEqualTo(Status.LOW_RELIABILITY);
    assertThat(de.frequency()).isEqualTo("A");
    assertThat(de.measure()).isEqualTo(EurostatKeys.DEFAULT_MEASURE);
    assertThat(de.dims()).isEqualTo(row);
    assertThat(cell(sink, "ES", "2008", row).status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(cell(sink, "CH", "2008", row).value()).isEqualTo(27.0);
    assertThat(sink.observations())
        .extracting(Observation::region)
        .doesNotContainNull()
        .doesNotContain("2008");
  }

  @Test
  void readsOldQuarterlyPeriodsMostRecentFirst() {
    CollectingSink sink = read(reader, sample("lfsq_urgan.tsv"));
    assertThat(sink.observations()).hasSize(45 * 8);
    Observation nl = cell(sink, "NL", "2019-Q4", Map.of("sex", "M", "citizen", "FOR"));
    assertThat(nl.value()).isEqualTo(6.6);
    assertThat(nl.frequency()).isEqualTo("Q");
    assertThat(nl.status()).isEqualTo(Status.LOW_RELIABILITY);
    assertThat(nl.measure()).isEqualTo("PC");
    Observation eu = cell(sink, "EU28", "2019-Q2", Map.of("sex", "F", "citizen", "FOR"));
    assertThat(eu.value()).isNull();
    assertThat(eu.status()).isEqualTo(Status.NOT_AVAILABLE);
    assertThat(cell(sink, "EU28", "2018-Q1", Map.of("sex", "F", "citizen", "FOR")).value())
        .isEqualTo(13.1);
  }

  @Test
  void takesTheMeasureFromAnIndicatorAndCombinesFlags() {
    CollectingSink sink = read(reader, sample("tps00001.tsv"));
    assertThat(sink.observations()).hasSize(22 * 10);
    Observation eu = cell(sink, "EU27_2020", "2023", Map.of());
    assertThat(eu.measure()).isEqualTo("JAN");
    assertThat(eu.dims()).isEmpty();
    assertThat(eu.value()).isEqualTo(453380939.0);
    // bep: the break is the strongest, and provisional and estimated are kept beside it.
    assertThat(eu.status()).isEqualTo(Status.BREAK);
    assertThat(eu.states().statuses())
        .containsExactly(Status.BREAK, Status.PROVISIONAL, Status.ESTIMATED);
    assertThat(eu.sourceFlag()).isEqualTo("bep");
    // 2014 is "439977399 be": a break that is also an estimate.
    assertThat(cell(sink, "EU27_2020", "2014", Map.of()).statesCode()).isEqualTo("break,estimated");
    assertThat(cell(sink, "EU27_2020", "2015", Map.of()).status()).isEqualTo(Status.ESTIMATED);
    assertThat(cell(sink, "UK", "2020", Map.of()).status()).isEqualTo(Status.NOT_AVAILABLE);
  }

  @Test
  void aLineWithTooFewCellsIsOneReject() {
    InputFile in =
        write(
            tmp,
            "short.tsv",
            HEADER + "A,PER,AT\t17500 \t28035 \nA,PER,BE\t21030 \nA,PER,BG\t7145 \t: \n");
    CollectingSink sink = new CollectingSink();
    ReadResult result = reader.read(in, ReadOptions.defaults(), sink);
    assertThat(sink.observations()).hasSize(4);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.raw()).isEqualTo("A,PER,BE\t21030 ");
              assertThat(r.reason()).contains("expected 3", "found 2");
            });
    assertThat(result.records()).isEqualTo(5);
    assertThat(result.lines()).isEqualTo(4);
  }

  @Test
  void anUnknownFlagLetterIsARejectNamingTheLetter() {
    InputFile in = write(tmp, "flag.tsv", HEADER + "A,PER,AT\t17500 x\t28035 p\n");
    CollectingSink sink = read(reader, in);
    assertThat(sink.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Status.PROVISIONAL));
    Reject r = sink.rejects().get(0);
    assertThat(sink.rejects()).hasSize(1);
    assertThat(r.raw()).isEqualTo("17500 x");
    assertThat(r.reason()).contains("'x'", "A,PER,AT", "2022");
  }

  @Test
  void aFreqThatContradictsThePeriodIsAReject() {
    InputFile in =
        write(
            tmp,
            "freq.tsv",
            "freq,unit,geo\\TIME_PERIOD\t2024-03 \t2024 \nM,PER,AT\t2450 \t24915 \n");
    CollectingSink sink = read(reader, in);
    assertThat(sink.observations())
        .singleElement()
        .satisfies(o -> assertThat(o.period()).isEqualTo("2024-03"));
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("freq M", "2024"));
  }

  /** Weekly bulk files write ISO weeks {@code 2020W01}; 2020 has 53 of them, 2021 only 52. */
  @Test
  void readsIsoWeeksAndDaysInTheHeader() {
    InputFile weeks =
        write(
            tmp,
            "demo_r_mwk_ts.tsv",
            "freq,unit,geo\\TIME_PERIOD\t2020W01 \t2020W53 \t2021W53 \nW,NR,NL\t3104 \t3871 p\t1 \n");
    CollectingSink sink = read(reader, weeks);
    assertThat(sink.observations())
        .extracting(Observation::period)
        .containsExactly("2020-W01", "2020-W53");
    assertThat(sink.observations()).allMatch(o -> o.frequency().equals("W"));
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("2021W53"));
    InputFile days =
        write(
            tmp, "ert_bil_eur_d.tsv", "freq,currency\\TIME_PERIOD\t2019-01-15 \nD,USD\t1.1467 \n");
    assertThat(read(reader, days).observations())
        .singleElement()
        .satisfies(o -> assertThat(o.period()).isEqualTo("2019-01-15"));
  }

  @Test
  void badNumbersUnknownPeriodsAndEmptyCellsAreRejectsOnePerCell() {
    InputFile in =
        write(
            tmp,
            "bad.tsv",
            "freq,unit,geo\\TIME_PERIOD\t2022 \tlater \t2023 \r\n"
                + "A,PER,AT\t12,5 \t1 \t\r\nA,PER\t1 \t2 \t3 \r\n");
    CollectingSink sink = new CollectingSink();
    ReadResult result = reader.read(in, ReadOptions.defaults(), sink);
    assertThat(sink.observations()).isEmpty();
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .satisfiesExactly(
            r -> assertThat(r).contains("not a number: '12,5'"),
            r -> assertThat(r).contains("'later'", "not a Eurostat period"),
            r -> assertThat(r).contains("empty cell"),
            r -> assertThat(r).contains("row key has 2 codes"));
    assertThat(result.records()).isEqualTo(4);
    assertThat(sink.warnings()).anySatisfy(w -> assertThat(w).contains("'later'"));
  }

  @Test
  void aBadlyEncodedLineIsOneRejectAndTheRestIsRead() throws IOException {
    Path p = tmp.resolve("latin1.tsv");
    Files.write(
        p,
        (HEADER + "A,PER,AT\t1 \t2 \nA,PER,\u00c5L\t3 \t4 \n")
            .getBytes(StandardCharsets.ISO_8859_1));
    CollectingSink sink = read(reader, new InputFile(p, "latin1.tsv"));
    assertThat(sink.observations()).hasSize(2);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason()).contains("UTF-8");
            });
  }

  @Test
  void anUnusableHeaderFailsTheFile() {
    InputFile in = write(tmp, "plain.tsv", "country\t2013\nAT\t1\n");
    assertThatThrownBy(() -> read(reader, in))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("plain.tsv:1")
        .hasMessageContaining("TIME_PERIOD");
    InputFile twice = write(tmp, "twice.tsv", "unit,geo\\time\t2013 \t2013\nPER,AT\t1 \t2 \n");
    assertThatThrownBy(() -> read(reader, twice))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'2013' twice");
    InputFile empty = write(tmp, "empty.tsv", "");
    assertThatThrownBy(() -> read(reader, empty))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void theSourceComesFromTheCallerBeforeTheFileName() {
    CollectingSink sink = new CollectingSink();
    ReadResult named =
        reader.read(
            sample("tps00001.tsv"), ReadOptions.defaults().withSource("eurostat:demo_pjan"), sink);
    assertThat(named.source()).isEqualTo("eurostat:demo_pjan");
    assertThat(sink.warnings()).isEmpty();
    CollectingSink hinted = new CollectingSink();
    assertThat(reader.read(sample("tps00001.tsv"), ReadOptions.defaults(), hinted).source())
        .isEqualTo("eurostat:tps00001");
    assertThat(hinted.warnings()).singleElement().asString().contains("file name");
  }

  private static Sniff sniff(String text) {
    return new Sniff(text, false, false, List.of());
  }
}
