package nl.migstat.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a response body when no byte arrived for the allowed time, or when the whole download's
 * deadline passed: the JDK client has no read timeout once the headers are in (and its body stream
 * ignores interrupts), so without this a stalled or trickling connection would hang the job instead
 * of ending in a resumable error.
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
  private final long deadlineNanos;
  private final ScheduledFuture<?> check;
  private long lastProgress = System.nanoTime();
  private boolean done;
  private boolean stalled;
  private boolean late;

  /**
   * Starts guarding reads of {@code body}: at most {@code limit} between two pieces, and not past
   * {@code deadlineNanos} ({@link System#nanoTime()} scale).
   */
  StallGuard(Closeable body, Duration limit, long deadlineNanos) {
    this.body = body;
    this.limitNanos = limit.toNanos();
    this.deadlineNanos = deadlineNanos;
    long period = Math.max(Math.min(limit.toMillis() / 4, 1000), 5);
    check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  /** Records that bytes arrived. */
  synchronized void progress() {
    lastProgress = System.nanoTime();
  }

  /** Whether the guard closed the body because no byte came for the allowed time. */
  synchronized boolean stalled() {
    return stalled;
  }

  /** Whether the guard closed the body because the download's deadline passed. */
  synchronized boolean late() {
    return late;
  }

  private synchronized void check() {
    if (done || stalled || late) {
      return;
    }
    long now = System.nanoTime();
    stalled = now - lastProgress > limitNanos;
    late = !stalled && now - deadlineNanos > 0;
    if (stalled || late) {
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
