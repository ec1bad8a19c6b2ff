package nl.migstat.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.statline.StatLineLabelCsvReader;
import nl.migstat.ingest.statline.StatLineTableLayoutReader;
import nl.migstat.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input on which {@link ReaderFuzzTest} found a crash, as Jazzer kept it beside the seeds
 * ({@code ReaderFuzzTestInputs/<test>/crash-…}), and what it gives now: observations, rejects or a
 * {@link BadInputException} that says why. A plain test, so {@code mvn -B test} runs it.
 */
class FuzzFindingsTest {
  @TempDir Path tmp;

  private static byte[] finding(String test, String name) throws IOException {
    try {
      return Files.readAllBytes(
          Path.of(
              FuzzFindingsTest.class
                  .getResource("ReaderFuzzTestInputs/" + test + "/" + name)
                  .toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private CollectingSink read(FormatReader reader, String name, byte[] data) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, data);
    CollectingSink sink = new CollectingSink();
    new Ingest(new Formats(List.of(reader)), 1.0, Duplicates.REJECT, ReaderFuzzTest.LIMITS)
        .read(new InputFile(p, name), ReadOptions.defaults(), sink);
    return sink;
  }

  /**
   * A StatLine label {@code "0005"} was read as year 5, whose one-digit code broke the look-up of
   * the year's municipalities (StringIndexOutOfBoundsException); a year now has four digits from
   * 1000 on, so the row is a reject.
   */
  @Test
  void aYearBeforeOneThousandIsNoPeriod() throws IOException {
    CollectingSink sink =
        read(
            new StatLineLabelCsvReader(),
            "labels.csv",
            finding("statLineLabelCsv", "crash-year-0005"));
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .contains("Perioden: '0005' is not a StatLine period label");
  }

  /**
   * A table layout whose first header row was blank ({@code "";""}) asked for the dimension name
   * beyond the row's last cell (IndexOutOfBoundsException); it now stops naming the line.
   */
  @Test
  void aBlankFirstHeaderRowIsNoTableLayout() throws IOException {
    byte[] data = finding("statLineTableLayout", "crash-blank-header-row");
    assertThatThrownBy(() -> read(new StatLineTableLayoutReader(), "layout.csv", data))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith(
            "layout.csv:2: a blank line where the header rows start: not a StatLine table layout");
  }

  /**
   * A first line {@code "Onderwerp";lki"} whose open quote makes it a single cell was taken for a
   * period header and its second cell asked for (IndexOutOfBoundsException in detection); it is now
   * no table layout: bad input that no reader recognises, not a crash.
   */
  @Test
  void anOnderwerpLineOfOneCellIsNoTableLayout() throws IOException {
    byte[] data = finding("statLineTableLayout", "crash-onderwerp-one-cell");
    assertThatThrownBy(() -> read(new StatLineTableLayoutReader(), "layout.csv", data))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("layout.csv");
  }
}
