package nl.migstat.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where progress goes under {@code --quiet}: progress lines are dropped, and the warnings among
 * them (a topic read as text, a source taken from a file name) go on to stderr, since a quiet run
 * should still say what it doubted about its inputs.
 */
final class QuietProgress extends OutputStream {
  /**
   * A warning line as {@code JobRunner} and {@code migstat ingest} print one: {@code [ 7.8 s]
   * warning: …} or {@code warning: …}.
   */
  private static final Pattern WARNING = Pattern.compile("^(\\[[ 0-9.]+ s\\])?\\s*warning: ");

  private final PrintStream err;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  QuietProgress(PrintStream err) {
    this.err = err;
  }

  /** A print stream over this filter, as the commands and {@code Progress} take one. */
  static PrintStream to(PrintStream err) {
    return new PrintStream(new QuietProgress(err), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    // Lines split at the byte '\n', which never occurs inside a multi-byte UTF-8 character.
    if (b == '\n') {
      String text = line.toString(StandardCharsets.UTF_8);
      line.reset();
      if (WARNING.matcher(text).find()) {
        err.println(text);
      }
    } else {
      line.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }
}
