package nl.migstat.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.migstat.files.Checksums;

/**
 * The raw folder's {@code fetch-records.json}: per target, which table at which publisher's
 * modification date was fetched when, and the SHA-256 of each saved file; it is the download
 * cache's key and is itself replaced atomically.
 */
final class FetchRecords {
  static final String FILE_NAME = "fetch-records.json";

  /** One fetched table; {@code sha256} is keyed by path relative to the raw folder. */
  record Entry(
      String source,
      String kind,
      String target,
      String modified,
      String fetchedAt,
      SortedMap<String, String> sha256) {}

  private final Path file;
  private final Map<String, Entry> byTarget = new TreeMap<>();

  private FetchRecords(Path file) {
    this.file = file;
  }

  /** The records of {@code rawDir}, empty when it has none yet. */
  static FetchRecords load(Path rawDir) throws IOException {
    FetchRecords records = new FetchRecords(rawDir.resolve(FILE_NAME));
    if (Files.exists(records.file)) {
      JsonNode root = SavedJson.readMetadata(records.file);
      for (JsonNode node : root.path("records")) {
        Entry entry = read(node);
        records.byTarget.put(entry.target(), entry);
      }
    }
    return records;
  }

  /**
   * The record proving {@code spec} is on disk at {@code modified}: same source, kind and date, and
   * every recorded file still present with its recorded SHA-256.
   */
  Optional<Entry> upToDate(FetchSpec spec, String modified, Path rawDir) throws IOException {
    Entry entry = byTarget.get(spec.target());
    if (modified == null
        || entry == null
        || !entry.source().equals(spec.source())
        || !entry.kind().equals(spec.kind().name())
        || !modified.equals(entry.modified())
        || entry.sha256().isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> saved : entry.sha256().entrySet()) {
      Path path = rawDir.resolve(saved.getKey()).normalize();
      if (!path.startsWith(rawDir)
          || !Files.isRegularFile(path)
          || !Checksums.of(path).equals(saved.getValue())) {
        return Optional.empty();
      }
    }
    return Optional.of(entry);
  }

  /**
   * Whether {@code folder} holds exactly the files recorded for the folder target {@code target}
   * (same names, same SHA-256): a copy of the recorded table under another name.
   */
  boolean holds(String target, Path folder) {
    Entry entry = byTarget.get(target);
    if (entry == null || entry.sha256().isEmpty() || !Files.isDirectory(folder)) {
      return false;
    }
    String prefix = target + "/";
    try (Stream<Path> files = Files.list(folder)) {
      if (files.count() != entry.sha256().size()) {
        return false;
      }
      for (Map.Entry<String, String> saved : entry.sha256().entrySet()) {
        if (!saved.getKey().startsWith(prefix)) {
          return false;
        }
        Path file = folder.resolve(saved.getKey().substring(prefix.length()));
        if (!Files.isRegularFile(file) || !Checksums.of(file).equals(saved.getValue())) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Records a finished fetch, replacing the target's previous record. */
  void put(Entry entry) {
    byTarget.put(entry.target(), entry);
  }

  /** Writes the records to a temporary file, fsyncs it, and renames it atomically into place. */
  void save() throws IOException {
    ObjectNode root = SavedJson.mapper().createObjectNode();
    ArrayNode list = root.putArray("records");
    for (Entry entry : byTarget.values()) {
      ObjectNode node = list.addObject();
      node.put("source", entry.source());
      node.put("kind", entry.kind());
      node.put("target", entry.target());
      node.put("modified", entry.modified());
      node.put("fetchedAt", entry.fetchedAt());
      ObjectNode files = node.putObject("sha256");
      entry.sha256().forEach(files::put);
    }
    Path tmp = file.resolveSibling(FILE_NAME + ".part");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      SavedJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, root);
    }
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Entry read(JsonNode node) {
    SortedMap<String, String> sha = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> files = node.path("sha256").fields();
    while (files.hasNext()) {
      Map.Entry<String, JsonNode> saved = files.next();
      sha.put(saved.getKey(), saved.getValue().asText());
    }
    return new Entry(
        node.path("source").asText(),
        node.path("kind").asText(),
        node.path("target").asText(),
        node.path("modified").isNull() ? null : node.path("modified").asText(null),
        node.path("fetchedAt").asText(),
        sha);
  }
}
