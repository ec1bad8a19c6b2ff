package nl.migstat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the heap in use every few milliseconds on a daemon thread, so the peak of any time window
 * (one stage of a run) can be read afterwards; the figure includes garbage not yet collected, an
 * upper bound of what the stage needed.
 */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long origin;
  private final List<double[]> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  /** Starts sampling; times are seconds after {@code originNanos}. */
  public HeapSampler(long originNanos, int periodMillis) {
    this.origin = originNanos;
    thread =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    double at = (System.nanoTime() - origin) / 1e9;
    double used = memory.getHeapMemoryUsage().getUsed();
    synchronized (samples) {
      samples.add(new double[] {at, used});
    }
  }

  /** The largest heap in use (bytes) sampled between two times, or 0 when none was taken. */
  public double peak(double from, double to) {
    double peak = 0;
    synchronized (samples) {
      for (double[] s : samples) {
        if (s[0] >= from && s[0] <= to) {
          peak = Math.max(peak, s[1]);
        }
      }
    }
    return peak;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    sample();
  }
}
