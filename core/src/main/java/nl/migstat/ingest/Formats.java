package nl.migstat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.migstat.ingest.cbs.CbsOdataCsvReader;
import nl.migstat.ingest.eurostat.EurostatTsvReader;
import nl.migstat.ingest.eurostat.EurostatWideCsvReader;
import nl.migstat.ingest.jsonstat.EurostatJsonStatReader;
import nl.migstat.ingest.odata.CbsODataV3CsvFolderReader;
import nl.migstat.ingest.odata.CbsODataV3JsonReader;
import nl.migstat.ingest.odata.CbsODataV4Reader;
import nl.migstat.ingest.sdmx.EurostatDataExplorerCsvReader;
import nl.migstat.ingest.sdmx.EurostatSdmxCsvReader;
import nl.migstat.ingest.statline.StatLineChartCsvReader;
import nl.migstat.ingest.statline.StatLineLabelCsvReader;
import nl.migstat.ingest.statline.StatLineTableLayoutReader;
import nl.migstat.ingest.text.Excerpt;

/** The readers the project has, and detection of an input's format from its content. */
public final class Formats {
  private final List<FormatReader> readers;

  public Formats(List<FormatReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Every reader of the project. */
  public static Formats all() {
    return new Formats(
        List.of(
            new CbsOdataCsvReader(),
            new CbsODataV3JsonReader(),
            new CbsODataV3CsvFolderReader(),
            new CbsODataV4Reader(),
            new EurostatTsvReader(),
            new EurostatWideCsvReader(),
            new EurostatSdmxCsvReader(),
            new EurostatDataExplorerCsvReader(),
            new EurostatJsonStatReader(),
            new StatLineLabelCsvReader(),
            new StatLineChartCsvReader(),
            new StatLineTableLayoutReader()));
  }

  public List<FormatReader> readers() {
    return readers;
  }

  /** The reader for an input, or an error that says what was expected. */
  public FormatReader detect(InputFile input) {
    Sniff sniff = Sniff.of(input);
    if (!input.isDirectory() && sniff.text().isBlank()) {
      throw new BadInputException(
          input.displayName(), 0, sniff.damage() != null ? sniff.damage() : "the file is empty");
    }
    int best = 0;
    List<FormatReader> top = new ArrayList<>();
    for (FormatReader r : readers) {
      int score = r.detect(sniff);
      if (score > best) {
        best = score;
        top.clear();
      }
      if (score == best && score > 0) {
        top.add(r);
      }
    }
    if (top.isEmpty()) {
      if (sniff.damage() != null) {
        throw new BadInputException(input.displayName(), 0, sniff.damage());
      }
      for (FormatReader r : readers) {
        Optional<String> misfit = r.misfit(sniff);
        if (misfit.isPresent()) {
          throw new BadInputException(input.displayName(), 1, misfit.get());
        }
      }
      StringBuilder expected =
          new StringBuilder("format not recognised from the content; expected one of:");
      readers.forEach(r -> expected.append("\n  - ").append(r.describe()));
      expected.append("\n  line 1 reads: ").append(Excerpt.quoted(sniff.firstLine()));
      throw new BadInputException(
          input.displayName(), input.isDirectory() ? 0 : 1, expected.toString());
    }
    if (top.size() > 1) {
      throw new BadInputException(
          input.displayName(),
          1,
          "ambiguous format: the content fits "
              + top.stream().map(FormatReader::name).toList()
              + " equally well");
    }
    return top.get(0);
  }

  /** Whether some reader takes this folder as one input (an OData table saved as files). */
  public boolean isTableFolder(InputFile folder) {
    Sniff sniff = Sniff.of(folder);
    return sniff.isDirectory() && readers.stream().anyMatch(r -> r.detect(sniff) > 0);
  }
}
