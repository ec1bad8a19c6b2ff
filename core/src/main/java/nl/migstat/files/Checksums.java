package nl.migstat.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * SHA-256 in lower-case hex: of an input (a file, or every file of a folder in name order), of a
 * saved page, of a text. One digest for fetch records, run fingerprints and manifests, so a file
 * checked by one is checked the same way by the others.
 */
public final class Checksums {
  private Checksums() {}

  /**
   * The digest of a file (its bytes), or of a folder's files (relative names and contents, in name
   * order).
   */
  public static String of(Path path) {
    if (Files.isDirectory(path)) {
      return ofFolder(path, name -> true);
    }
    MessageDigest md = sha256();
    try {
      digestFile(md, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The digest of a folder's files as {@link #of(Path)} makes it, of those whose relative name
   * ({@code /} between folders) {@code included} accepts.
   */
  public static String ofFolder(Path folder, Predicate<String> included) {
    MessageDigest md = sha256();
    try {
      List<Path> files;
      try (Stream<Path> s = Files.walk(folder)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        String name = folder.relativize(f).toString();
        if (included.test(name.replace(f.getFileSystem().getSeparator(), "/"))) {
          md.update(name.getBytes(StandardCharsets.UTF_8));
          digestFile(md, f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * The digest of a zip file's (a jar's) entries that {@code included} accepts by name: names and
   * contents in name order, so that neither the entries' order nor their times count.
   */
  public static String ofZipEntries(Path zip, Predicate<String> included) {
    MessageDigest md = sha256();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory() && included.test(entry.getName())) {
          entries.add(entry);
        }
      }
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry entry : entries) {
        md.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(entry)) {
          digestStream(md, in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The digest of a text. */
  public static String of(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void digestFile(MessageDigest md, Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      digestStream(md, in);
    }
  }

  private static void digestStream(MessageDigest md, InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) > 0) {
      md.update(buf, 0, n);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
