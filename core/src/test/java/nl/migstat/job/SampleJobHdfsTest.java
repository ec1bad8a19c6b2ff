package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import nl.migstat.TestHdfs;
import nl.migstat.explore.Explore;
import nl.migstat.files.RunPointer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample job with its inputs and output on HDFS (Hadoop's MiniDFSCluster in this JVM: a
 * namenode and a datanode on 127.0.0.1): every input read by an executor task, the run published by
 * an atomic rename and the {@code _published} pointer, the result equal to a local run's by
 * content; a run killed in the middle leaves the published run in place and readable.
 */
@Tag("cluster")
class SampleJobHdfsTest {
  @TempDir static Path tmp;

  @Test
  void theSampleJobOnHdfsEqualsALocalRunAndSurvivesAKill() throws Exception {
    SortedMap<String, String> local = StoreRuns.content(StoreRuns.localReference());
    Path root = TestHdfs.folder("samples-job");
    Path output = root.resolve("out/samples");
    Path job =
        StoreRuns.sampleJob(tmp.resolve("jobs-hdfs"), "samples", root.resolve("raw"), output);

    Path run = StoreRuns.run(job);

    assertThat(run.toUri().getScheme()).isEqualTo("hdfs");
    assertThat(run.getFileName().toString()).doesNotEndWith(".partial");
    assertThat(StoreRuns.published(output)).isEqualTo(run.getFileName().toString());
    assertThat(local)
        .containsKeys("observations", "codes", "rejects", "migration_balance", "manifest.json");
    assertThat(StoreRuns.differences(StoreRuns.content(run), local))
        .as("tables, workbook or manifest that differ from the local run's")
        .isEmpty();
    assertThat(Explore.open(output).table("migration_balance").rowCount())
        .as("Explore follows the pointer")
        .isEqualTo(Explore.open(StoreRuns.localReference()).table("migration_balance").rowCount());

    Path runs = RunPointer.runsOf(output);
    assertThat(StoreRuns.killMidRun(tmp, job, runs, List.of())).isTrue();
    assertThat(StoreRuns.published(output))
        .as("the published run is still the one before the kill")
        .isEqualTo(run.getFileName().toString());
    assertThat(Files.list(runs).map(p -> p.getFileName().toString()))
        .as("the killed run stays unfinished, never renamed complete")
        .anyMatch(n -> n.endsWith(".partial"));
    assertThat(StoreRuns.differences(StoreRuns.content(Explore.open(output).folder()), local))
        .isEmpty();
  }
}
