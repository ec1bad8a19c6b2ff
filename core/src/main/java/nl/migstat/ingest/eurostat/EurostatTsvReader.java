package nl.migstat.ingest.eurostat;

import java.util.Optional;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.ReadResult;
import nl.migstat.ingest.Sniff;
import nl.migstat.ingest.SourceName;
import nl.migstat.ingest.text.Line;
import nl.migstat.ingest.text.LineReader;
import nl.migstat.model.ObservationSink;

/**
 * Eurostat bulk TSV, plain or {@code .tsv.gz} (MANIFEST B1, B2): a first header cell of
 * comma-joined dimension ids ending in {@code \TIME_PERIOD} (2023+), {@code \time} (old) or {@code
 * \geo} (old, transposed: periods in the key, regions across), TAB-separated {@code value␠flag}
 * cells, LF or CRLF.
 *
 * <p>The file does not name its dataset, so the source comes from the caller or the file name. The
 * file is streamed line by line: it is the hot path for multi-million-cell bulk downloads.
 */
public final class EurostatTsvReader implements FormatReader {
  public static final String NAME = "eurostat-tsv";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String describe() {
    return "Eurostat bulk TSV (.tsv or .tsv.gz): a first header cell such as"
        + " freq,unit,geo\\TIME_PERIOD (or ...\\time, ...\\geo), then TAB-separated columns";
  }

  @Override
  public int detect(Sniff sniff) {
    String first = sniff.firstLine();
    int tab = first.indexOf('\t');
    if (tab < 0) {
      return 0;
    }
    int slash = first.lastIndexOf('\\', tab);
    if (slash < 0) {
      return 0;
    }
    String across = first.substring(slash + 1, tab);
    return EurostatKeys.isTime(across) || EurostatKeys.isGeo(across) ? 2 : 0;
  }

  @Override
  public ReadResult read(InputFile input, ReadOptions options, ObservationSink sink) {
    String file = input.displayName();
    try (LineReader lines = new LineReader(input, options.charset())) {
      Line first = lines.next();
      if (first == null) {
        throw new BadInputException(file, 0, "the file is empty");
      }
      if (first.decodeError() != null) {
        throw new BadInputException(file, 1, "unreadable header: " + first.decodeError());
      }
      BulkHeader header = BulkHeader.ofTsv(file, first.text());
      String source = SourceName.forEurostat(input, options, Optional.empty(), sink);
      BulkRows rows = new BulkRows(file, source, header, sink);
      for (Line line = lines.next(); line != null; line = lines.next()) {
        rows.tsvLine(line);
      }
      return new ReadResult(NAME, source, lines.lineNumber(), rows.records());
    }
  }
}
