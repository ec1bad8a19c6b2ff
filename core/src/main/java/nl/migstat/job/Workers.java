package nl.migstat.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small thread pools of a run (inputs read at a time, tables built at a time): daemon threads
 * with readable names, results taken in submission order, and a task's own exception rethrown as it
 * was (a {@link nl.migstat.ingest.BadInputException} stays one, so the exit code is right).
 */
final class Workers {
  private Workers() {}

  /** A fixed pool of {@code threads} daemon threads named {@code <prefix>-1}, {@code -2}, .... */
  public static ExecutorService pool(String prefix, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** The task's result, or the exception it threw (unchecked ones as they were). */
  public static <T> T result(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for " + f);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Shuts the pool down and waits up to {@code minutes} for running tasks to let go of their files
   * (so that a failed run's folder can be deleted); then interrupts them.
   */
  public static void finish(ExecutorService pool, long minutes) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(minutes, TimeUnit.MINUTES)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
