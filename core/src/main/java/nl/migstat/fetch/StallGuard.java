package nl.migstat.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a response body when no byte arrived for the allowed time: the JDK client has no read
 * timeout once the headers are in (and its body stream ignores interrupts), so without this a
 * stalled connection would hang the job instead of ending in a resumable error.
 */
final class StallGuard implements AutoCloseable {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "migstat-fetch-stall-guard");
            thread.setDaemon(true);
            return thread;
          });

  private final Closeable body;
  private final long limitNanos;
  private final ScheduledFuture<?> check;
  private long lastProgress = System.nanoTime();
  private boolean done;
  private boolean stalled;

  /** Starts guarding reads of {@code body}. */
  StallGuard(Closeable body, Duration limit) {
    this.body = body;
    limitNanos = limit.toNanos();
    long period = Math.max(limit.toMillis() / 4, 5);
    check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  /** Records that bytes arrived. */
  synchronized void progress() {
    lastProgress = System.nanoTime();
  }

  /** Whether the guard closed the body. */
  synchronized boolean stalled() {
    return stalled;
  }

  private synchronized void check() {
    if (!done && !stalled && System.nanoTime() - lastProgress > limitNanos) {
      stalled = true;
      try {
        body.close();
      } catch (IOException e) {
        // the body is abandoned either way; the reader sees the close as an IOException
      }
    }
  }

  /** Stops guarding. */
  @Override
  public synchronized void close() {
    done = true;
    check.cancel(false);
  }
}
