package nl.migstat.ingest.statline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.SharedData;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.Observation;

/** The sample and real StatLine downloads the tests read, and small lookups on what was read. */
final class StatLineInputs {
  private StatLineInputs() {}

  static InputFile sample(String name) {
    return new InputFile(SharedData.samples().resolve("cbs-statline").resolve(name));
  }

  /** A real file, or a skipped test when {@code ../shared/data-real} is absent. */
  static InputFile real(String relative) {
    return new InputFile(SharedData.real(relative));
  }

  /** A real file for the contract inputs, or nothing when it is absent (samples still run). */
  static List<InputFile> realIfPresent(String relative) {
    Path p =
        Path.of(System.getProperty("migstat.shared", "../shared"))
            .resolve("data-real")
            .resolve(relative);
    return Files.exists(p) ? List.of(new InputFile(p)) : List.of();
  }

  static CollectingSink read(FormatReader reader, InputFile in) {
    CollectingSink sink = new CollectingSink();
    reader.read(in, ReadOptions.defaults(), sink);
    return sink;
  }

  /** The one observation at a file line with this measure and dimension labels. */
  static Observation at(
      CollectingSink sink, long line, String measure, String period, String... dimPairs) {
    List<Observation> found =
        sink.observations().stream()
            .filter(
                o ->
                    o.origin().endsWith(":" + line)
                        && o.measure().equals(measure)
                        && (period == null || period.equals(o.period())))
            .filter(
                o -> {
                  for (int i = 0; i < dimPairs.length; i += 2) {
                    if (!dimPairs[i + 1].equals(o.dims().get(dimPairs[i]))) {
                      return false;
                    }
                  }
                  return true;
                })
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(
          found.size()
              + " observations at line "
              + line
              + " for "
              + measure
              + " "
              + period
              + " "
              + List.of(dimPairs));
    }
    return found.get(0);
  }
}
