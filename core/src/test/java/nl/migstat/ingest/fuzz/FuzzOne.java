package nl.migstat.ingest.fuzz;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test of {@link ReaderFuzzTest} in this JVM through the JUnit platform, as {@link
 * ReaderFuzzCampaignTest} starts it with {@code JAZZER_FUZZ=1}: Jazzer fuzzes only one
 * {@code @FuzzTest} per JVM. Exits with the number of failures (1 when nothing ran).
 */
public final class FuzzOne {
  private FuzzOne() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectMethod(ReaderFuzzTest.class, args[0], "byte[]"))
            .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    PrintWriter out =
        new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    summary.printTo(out);
    summary.printFailuresTo(out, 40);
    out.flush();
    long failures = summary.getTotalFailureCount();
    System.exit((int) Math.min(100, summary.getTestsStartedCount() == 0 ? 1 : failures));
  }
}
