package nl.migstat.job;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.migstat.files.Stores;
import nl.migstat.files.hadoop.ShippedConf;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.FileReport;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.InputLimits;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Reject;
import nl.migstat.store.parquet.ObservationPartWriter;
import nl.migstat.store.parquet.PartSink;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest on Spark's executors: one task per input reads it where it lies (a shared folder, HDFS,
 * S3) with the same readers as a local run and writes its Parquet part straight into the run's
 * {@code observations} folder; the driver only plans the tasks and collects what each sends back
 * (its report, code-list entries and rejects, which are small), in input order.
 *
 * <p>An input is one task, not one per split of a large file: the Eurostat bulk files, the large
 * inputs, are gzip-compressed (not splittable), and the text readers take a file's header and
 * quoting state from its start and number rejects by line from it, which a split starting in the
 * middle cannot know without reading what comes before.
 */
final class ExecutorIngest {
  private ExecutorIngest() {}

  /**
   * Whether a run ingests on the executors: when they are other processes (a cluster) or the run
   * folder is on a cluster's storage. A local run on local files keeps {@link IngestToParquet}'s
   * threads, which are what Spark's local executors would be, without the task overhead.
   */
  static boolean applies(SparkSession spark, Path runDir) {
    return !spark.sparkContext().isLocal() || !Stores.isLocal(runDir);
  }

  /**
   * The job's reading rules, the same on the driver and in every task: the reject share, what a
   * duplicate key does, and the memory bounds per input.
   */
  record Rules(double maxRejectShare, Duplicates duplicates, InputLimits limits)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    Ingest ingest() {
      return new Ingest(Formats.all(), maxRejectShare, duplicates, limits);
    }
  }

  /** One input as a task sees it: where it is, its name and read options, its part number. */
  private record Task(
      int part, String location, String name, String source, String period, String charset)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Task of(int part, IngestToParquet.Input in) {
      ReadOptions o = in.options();
      return new Task(
          part,
          in.file().path().toUri().toString(),
          in.file().displayName(),
          o.source(),
          o.period(),
          o.charset().name());
    }

    InputFile file() {
      return new InputFile(Stores.of(URI.create(location)), name);
    }

    ReadOptions options() {
      return new ReadOptions(source, period, Charset.forName(charset));
    }
  }

  /**
   * What a task sends back: its input's report, codes, rejects and distinct regions, or why it
   * failed.
   */
  private record Outcome(
      FileReport report, List<CodeEntry> codes, List<Reject> rejects, RuntimeException failure)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Reads every input into {@code dir} on the executors and describes the result as {@link
   * IngestToParquet#run} does; {@code done} sees the reports in input order. Throws the first
   * failure in input order; the folder is then incomplete and the caller discards it.
   */
  static IngestToParquet.Result run(
      SparkSession spark,
      Rules rules,
      List<IngestToParquet.Input> inputs,
      Path dir,
      Consumer<FileReport> done) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ShippedConf> conf = jsc.broadcast(new ShippedConf(jsc.hadoopConfiguration()));
    List<Task> tasks =
        IntStream.range(0, inputs.size()).mapToObj(i -> Task.of(i, inputs.get(i))).toList();
    jsc.setJobDescription("migstat ingest: " + tasks.size() + " inputs");
    List<Outcome> outcomes =
        jsc.parallelize(tasks, Math.max(1, tasks.size()))
            .map(new ReadTask(conf, dir.toUri().toString(), rules))
            .collect();
    conf.destroy();
    List<FileReport> reports = new ArrayList<>();
    Map<String, CodeEntry> codes = new LinkedHashMap<>();
    List<Reject> rejects = new ArrayList<>();
    long observations = 0;
    for (Outcome o : outcomes) {
      if (o.failure() != null) {
        throw o.failure();
      }
      reports.add(o.report());
      o.codes().forEach(c -> codes.putIfAbsent(c.key(), c));
      rejects.addAll(o.rejects());
      observations += o.report().observations();
      done.accept(o.report());
    }
    return IngestToParquet.finish(dir, reports, codes.values(), rejects, observations);
  }

  /** The task: reads one input into its part file on an executor. */
  private record ReadTask(Broadcast<ShippedConf> conf, String dir, Rules rules)
      implements Function<Task, Outcome> {
    private static final long serialVersionUID = 1L;

    @Override
    public Outcome call(Task task) throws IOException {
      conf.value().installed();
      Path folder = Stores.of(URI.create(dir));
      // A retried task (a lost executor) writes its part again from the start.
      Files.deleteIfExists(ObservationPartWriter.file(folder, task.part()));
      Ingest ingest = rules.ingest();
      try (PartSink sink = new PartSink(folder, task.part(), new AtomicBoolean())) {
        FileReport report = ingest.read(task.file(), task.options(), sink);
        return new Outcome(report, sink.codes(), sink.rejects(), null);
      } catch (RuntimeException e) {
        // Bad input fails the same way on every attempt: reported in input order by the driver,
        // as a local run does, rather than retried by Spark.
        return new Outcome(null, List.of(), List.of(), e);
      }
    }
  }
}
