package nl.migstat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A separate JVM that holds a job's lock file as a run under way does (an exclusive lock on the
 * whole file) until its stdin closes; for the test of a second run.
 */
final class HeldLock {
  private HeldLock() {}

  /** Starts the holder and returns once it holds the lock. */
  static Process hold(Path lockFile) throws IOException, URISyntaxException {
    Path classes =
        Path.of(HeldLock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classes.toString(),
                    HeldLock.class.getName(),
                    lockFile.toString()))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int ready = p.getInputStream().read();
    if (ready != 'L') {
      p.destroyForcibly();
      throw new IOException("the lock holder did not start");
    }
    return p;
  }

  public static void main(String[] args) throws IOException {
    try (FileChannel channel =
        FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      // Released when the channel closes, as this JVM ends.
      FileLock lock = channel.lock();
      PrintStream out =
          new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
      out.print(lock.isValid() ? 'L' : '?');
      out.flush();
      while (System.in.read() >= 0) {
        // held until the test closes our stdin (or kills us)
      }
    }
  }
}
