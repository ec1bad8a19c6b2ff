package nl.migstat.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code manifest.json} of a run: inputs (path, checksum, source, format, counts, periods), code
 * version, the fingerprint that decides whether a rerun is needed, tables written or skipped with
 * the reason, and timings.
 */
public final class RunManifest {
  public static final String FILE = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();

  public ObjectNode root() {
    return root;
  }

  /** A new array under a key. */
  public ArrayNode array(String key) {
    return root.putArray(key);
  }

  /** Writes the manifest into a run folder. */
  public void write(Path runDir) {
    try {
      Files.writeString(
          runDir.resolve(FILE), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest entry of one table of a run, if the run has a manifest that lists it. */
  public static Optional<JsonNode> tableOf(Path runDir, String table) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      for (JsonNode t :
          JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("tables")) {
        if (table.equals(t.path("name").asText())) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The fingerprint recorded in a run folder's manifest, if it has one. */
  public static Optional<String> fingerprintOf(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      return Optional.ofNullable(node.path("fingerprint").textValue());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
