package nl.migstat.ingest;

import java.util.Optional;
import nl.migstat.model.ObservationSink;

/** Reads one export format into observations; every implementation passes the contract test. */
public interface FormatReader {
  /** Short stable name, e.g. {@code cbs-odata-csv}, printed per input and kept in manifests. */
  String name();

  /** What this format looks like, for the error on an unrecognised file. */
  String describe();

  /**
   * How sure this reader is that the input is its format, from the content only: 0 = not mine, 1 =
   * could be, 2 = certainly. The highest score wins; a tie at the top is an ambiguity error.
   */
  int detect(Sniff sniff);

  /**
   * For content that belongs to this format but holds no figures to read on its own (a metadata set
   * of an OData table saved apart from its data): what it is and what to pass instead. Asked only
   * when no reader recognises the input; empty for any other content.
   */
  default Optional<String> misfit(Sniff sniff) {
    return Optional.empty();
  }

  /** Reads the whole input; a file unusable as a whole throws {@link BadInputException}. */
  ReadResult read(InputFile input, ReadOptions options, ObservationSink sink);
}
