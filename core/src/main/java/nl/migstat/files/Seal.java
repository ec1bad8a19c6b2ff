package nl.migstat.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The list of every file of a published folder with its SHA-256, written as {@code SHA256SUMS}
 * inside it just before it is published: a file of another run, a file missing, one added or one
 * cut short is then told from the folder as it was published, by us or by {@code sha256sum -c
 * SHA256SUMS} (GNU coreutils' format: digest, two spaces, the path with {@code /}).
 */
public final class Seal {
  /** The list's file name in a sealed folder. */
  public static final String FILE = "SHA256SUMS";

  private Seal() {}

  /** Lists every file below {@code folder} (but the list itself) with its digest. */
  public static void write(Path folder) {
    StringBuilder text = new StringBuilder();
    files(folder)
        .forEach(
            (name, file) -> text.append(Checksums.of(file)).append("  ").append(name).append('\n'));
    Path tmp = folder.resolve("." + FILE + ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(text.toString());
      }
      Files.move(tmp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot seal " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * What differs between a sealed folder and its list: files missing, changed or not listed, or the
   * list itself missing or unreadable; empty for a folder exactly as it was sealed.
   */
  public static List<String> problems(Path folder) {
    Path list = folder.resolve(FILE);
    if (!Files.isRegularFile(list)) {
      return List.of("no " + FILE + " (not sealed, or sealed by nothing)");
    }
    SortedMap<String, String> listed = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        int gap = line.indexOf("  ");
        if (gap != 64 || listed.put(line.substring(66), line.substring(0, 64)) != null) {
          problems.add(FILE + ": not a digest and a name, or a name twice: '" + line + "'");
        }
      }
    } catch (IOException e) {
      return List.of(FILE + " unreadable: " + e.getMessage());
    }
    SortedMap<String, Path> present = files(folder);
    for (Map.Entry<String, String> e : listed.entrySet()) {
      Path file = present.get(e.getKey());
      if (file == null) {
        problems.add("listed but missing: " + e.getKey());
      } else if (!Checksums.of(file).equals(e.getValue())) {
        problems.add("changed since sealed: " + e.getKey());
      }
    }
    for (String name : present.keySet()) {
      if (!listed.containsKey(name)) {
        problems.add("not listed: " + name);
      }
    }
    return problems;
  }

  /** The folder's files by relative name ({@code /} between folders), the list left out. */
  private static SortedMap<String, Path> files(Path folder) {
    SortedMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name =
            folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        if (name.contains("\n") || name.contains("\\")) {
          // coreutils would escape such a name; ours never have one.
          throw new IllegalStateException("cannot seal a file named " + name);
        }
        if (!name.equals(FILE) && !name.equals("." + FILE + ".tmp")) {
          files.put(name, p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
