package nl.migstat.ingest.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.migstat.SharedData;
import nl.migstat.ingest.CollectingSink;
import nl.migstat.ingest.FormatReader;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.Observation;

/** Shared lookups for the Eurostat bulk reader tests: inputs, reading, finding one cell. */
final class EurostatFixtures {
  private EurostatFixtures() {}

  static InputFile sample(String name) {
    Path p = SharedData.samples().resolve("eurostat-tsv").resolve(name);
    return new InputFile(p, "data-samples/eurostat-tsv/" + name);
  }

  static InputFile real(String relative) {
    return new InputFile(SharedData.real(relative), relative);
  }

  /** Real files that are present, without skipping when they are not (for contract lists). */
  static List<InputFile> realIfPresent(String... relatives) {
    Path dir = Path.of(System.getProperty("migstat.shared", "../shared")).resolve("data-real");
    List<InputFile> inputs = new ArrayList<>();
    for (String r : relatives) {
      if (Files.exists(dir.resolve(r))) {
        inputs.add(new InputFile(dir.resolve(r), r));
      }
    }
    return inputs;
  }

  static CollectingSink read(FormatReader reader, InputFile input) {
    CollectingSink sink = new CollectingSink();
    reader.read(input, ReadOptions.defaults(), sink);
    return sink;
  }

  static InputFile write(Path dir, String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return new InputFile(p, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one observation with this region, period and these dimension codes. */
  static Observation cell(
      CollectingSink sink, String region, String period, Map<String, String> dims) {
    List<Observation> hits =
        sink.observations().stream()
            .filter(o -> region.equals(o.region()) && period.equals(o.period()))
            .filter(o -> o.dims().entrySet().containsAll(dims.entrySet()))
            .toList();
    assertThat(hits).as("cells at %s %s %s", region, period, dims).hasSize(1);
    return hits.get(0);
  }
}
