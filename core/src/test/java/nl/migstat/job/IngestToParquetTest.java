package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.TestSpark;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.Observation;
import nl.migstat.store.spark.SparkSchemas;
import nl.migstat.store.spark.SparkTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel ingest into Parquet parts: same rows as a sequential read, reports and errors in input
 * order.
 */
class IngestToParquetTest {
  private static final Ingest INGEST = new Ingest(Formats.all(), 0.01);

  private static IngestToParquet.Input sample(String relative) {
    Path p = SharedData.samples().resolve(relative);
    return new IngestToParquet.Input(new InputFile(p, relative), ReadOptions.defaults());
  }

  @Test
  void readsInputsInParallelIntoOnePartEachWithTheRowsOfASequentialRead(@TempDir Path dir) {
    List<IngestToParquet.Input> inputs =
        List.of(
            sample("eurostat-tsv/migr_imm1ctz.tsv.gz"),
            sample("cbs-odata-csv/03742_immi_emigratie_geboorteland.csv"),
            sample("eurostat-tsv/tps00001.tsv"));
    List<String> seen = new ArrayList<>();
    IngestToParquet.Result result =
        IngestToParquet.run(INGEST, inputs, dir.resolve("obs"), 2, r -> seen.add(r.file()));

    assertThat(seen)
        .containsExactly(
            "eurostat-tsv/migr_imm1ctz.tsv.gz",
            "cbs-odata-csv/03742_immi_emigratie_geboorteland.csv",
            "eurostat-tsv/tps00001.tsv");
    assertThat(result.reports()).extracting(FileReport::file).containsExactlyElementsOf(seen);
    assertThat(dir.resolve("obs/_SUCCESS")).exists();
    assertThat(dir.resolve("obs/part-00002-observations.snappy.parquet")).exists();

    CollectingSink sequential = new CollectingSink();
    for (IngestToParquet.Input in : inputs) {
      INGEST.read(in.file(), in.options(), sequential);
    }
    assertThat(result.observations())
        .isEqualTo(sequential.observations().size())
        .isGreaterThan(900);
    Dataset<Row> written =
        comparable(
            TestSpark.session()
                .read()
                .schema(SparkSchemas.OBSERVATIONS)
                .parquet(dir.resolve("obs").toUri().toString()));
    Dataset<Row> expected =
        comparable(SparkTables.observations(TestSpark.session(), sequential.observations()));
    assertThat(written.exceptAll(expected).count()).isZero();
    assertThat(expected.exceptAll(written).count()).isZero();
    assertThat(result.codes())
        .hasSameSizeAs(SparkTables.codes(TestSpark.session(), sequential.codes()).collectAsList());
  }

  /** Set operations cannot compare maps: the dims as their sorted entries, as text. */
  private static Dataset<Row> comparable(Dataset<Row> observations) {
    return observations.withColumn(
        "dims",
        org.apache.spark.sql.functions.expr("cast(array_sort(map_entries(dims)) as string)"));
  }

  @Test
  void theFirstBadInputInInputOrderIsTheErrorWhateverFinishesFirst(@TempDir Path dir)
      throws IOException {
    Path badEarly = dir.resolve("kapot.tsv");
    Files.writeString(
        badEarly,
        "freq,unit\\geo\\TIME_PERIOD\t2020 \t2021 \nA,NR,NL\t12 \n",
        StandardCharsets.UTF_8);
    Path badLate = dir.resolve("ook-kapot.tsv");
    Files.copy(badEarly, badLate);
    List<IngestToParquet.Input> inputs =
        List.of(
            sample("eurostat-tsv/migr_imm1ctz.tsv.gz"),
            new IngestToParquet.Input(new InputFile(badEarly, "kapot.tsv"), ReadOptions.defaults()),
            new IngestToParquet.Input(
                new InputFile(badLate, "ook-kapot.tsv"), ReadOptions.defaults()));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                IngestToParquet.run(INGEST, inputs, dir.resolve("obs"), 3, r -> seen.add(r.file())))
        .isInstanceOfSatisfying(
            BadInputException.class, e -> assertThat(e.file()).isEqualTo("kapot.tsv"));
    assertThat(seen).containsExactly("eurostat-tsv/migr_imm1ctz.tsv.gz");
    assertThat(dir.resolve("obs/_SUCCESS")).doesNotExist();
  }

  @Test
  void anObservationSeenSequentiallyIsWrittenWithEveryField(@TempDir Path dir) {
    IngestToParquet.Result result =
        IngestToParquet.run(
            INGEST, List.of(sample("eurostat-tsv/tps00001.tsv")), dir.resolve("obs"), 1, r -> {});
    CollectingSink sink = new CollectingSink();
    INGEST.read(sample("eurostat-tsv/tps00001.tsv").file(), ReadOptions.defaults(), sink);
    Observation first = sink.observations().get(0);
    Row row =
        TestSpark.session()
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(dir.resolve("obs").toUri().toString())
            .where(org.apache.spark.sql.functions.col("origin").equalTo(first.origin()))
            .first();
    assertThat(row.<String>getAs("source")).isEqualTo(first.source());
    assertThat(row.<String>getAs("period")).isEqualTo(first.period());
    assertThat(row.<String>getAs("region")).isEqualTo(first.region());
    assertThat(row.<scala.collection.Map<String, String>>getAs("dims").size())
        .isEqualTo(first.dims().size());
    assertThat(result.reports().get(0).seconds()).isPositive();
  }

  @Test
  void aSourceIsReadFromItsOwnPartFilesOnly(@TempDir Path dir) {
    // The same table twice (two files of one source) between two others.
    List<IngestToParquet.Input> inputs =
        List.of(
            sample("eurostat-tsv/tps00001.tsv"),
            sample("cbs-odata-csv/03742_immi_emigratie_geboorteland.csv"),
            sample("eurostat-tsv/tps00001.tsv"),
            sample("eurostat-tsv/migr_imm1ctz.tsv.gz"));
    Path obs = dir.resolve("obs");
    IngestToParquet.Result result = IngestToParquet.run(INGEST, inputs, obs, 2, r -> {});

    assertThat(result.partsBySource())
        .containsOnlyKeys("eurostat:tps00001", "cbs:03742", "eurostat:migr_imm1ctz");
    assertThat(result.partsBySource().get("eurostat:tps00001"))
        .containsExactly(
            obs.resolve("part-00000-observations.snappy.parquet"),
            obs.resolve("part-00002-observations.snappy.parquet"));
    Map<String, List<String>> parts = new HashMap<>();
    result
        .partsBySource()
        .forEach(
            (s, files) -> parts.put(s, files.stream().map(f -> f.toUri().toString()).toList()));
    Dataset<Row> all =
        TestSpark.session()
            .read()
            .schema(SparkSchemas.OBSERVATIONS)
            .parquet(obs.toUri().toString());
    ChapterInputs byParts =
        new ChapterInputs(all, all.limit(0), result.partsBySource().keySet(), 2024, 2024, parts);
    ChapterInputs byFilter =
        new ChapterInputs(all, all.limit(0), result.partsBySource().keySet(), 2024, 2024);

    for (String source : result.partsBySource().keySet()) {
      Dataset<Row> own = byParts.first(source).orElseThrow().rows();
      assertThat(own.inputFiles())
          .as(source)
          .hasSize(result.partsBySource().get(source).size())
          .allSatisfy(
              f ->
                  assertThat(parts.get(source))
                      .anySatisfy(p -> assertThat(f).endsWith(p.substring(p.lastIndexOf('/')))));
      Dataset<Row> filtered = comparable(byFilter.first(source).orElseThrow().rows());
      assertThat(comparable(own).exceptAll(filtered).count()).as(source).isZero();
      assertThat(filtered.exceptAll(comparable(own)).count()).as(source).isZero();
    }
    assertThat(byParts.first("eurostat:tps00001").orElseThrow().rows().count())
        .isEqualTo(2 * result.reports().get(0).observations());
  }
}
