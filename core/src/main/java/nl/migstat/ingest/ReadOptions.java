package nl.migstat.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.Period;

/**
 * Per-input choices the file itself cannot tell: never platform defaults.
 *
 * @param source the caller's name for the table ({@code cbs:84583NED}), or null to use the content
 *     or the file name
 * @param period the period for a table without a period column ({@code 2019}), or null
 * @param charset the file's character set (UTF-8 unless the caller knows better)
 */
public record ReadOptions(String source, String period, Charset charset) {
  public ReadOptions {
    Objects.requireNonNull(charset, "charset");
  }

  /** UTF-8, source and period from the content. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, StandardCharsets.UTF_8);
  }

  /**
   * The caller's period for a table without a period column, parsed as a StatLine label or code
   * ({@code 2019}, {@code 2019JJ00}, {@code 2019-Q2}); null when none was given.
   */
  public Period fixedPeriod(String file) {
    if (period == null) {
      return null;
    }
    return Period.fromLabel(period)
        .orElseThrow(
            () ->
                new BadInputException(
                    file,
                    0,
                    "--period "
                        + Excerpt.quoted(period)
                        + " is not a period (use e.g. 2019, 2019-Q2, 2019JJ00)"));
  }

  public ReadOptions withSource(String newSource) {
    return new ReadOptions(newSource, period, charset);
  }

  public ReadOptions withPeriod(String newPeriod) {
    return new ReadOptions(source, newPeriod, charset);
  }

  public ReadOptions withCharset(Charset newCharset) {
    return new ReadOptions(source, period, newCharset);
  }
}
