package nl.migstat.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input as the user named it: a file (plain or gzip-compressed, told apart by its magic bytes,
 * not its name) or a folder that holds one table's entity sets, with the {@link InputLimits} its
 * readers keep to.
 */
public final class InputFile {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final Path path;
  private final String displayName;
  private final InputLimits limits;

  public InputFile(Path path) {
    this(path, path.toString());
  }

  public InputFile(Path path, String displayName) {
    this(path, displayName, InputLimits.defaults());
  }

  private InputFile(Path path, String displayName, InputLimits limits) {
    this.path = path;
    this.displayName = displayName;
    this.limits = limits;
  }

  /** The same input read under other limits. */
  public InputFile withLimits(InputLimits newLimits) {
    return new InputFile(path, displayName, newLimits);
  }

  public InputLimits limits() {
    return limits;
  }

  public Path path() {
    return path;
  }

  /** The name used in messages, rejects and origins. */
  public String displayName() {
    return displayName;
  }

  public boolean isDirectory() {
    return Files.isDirectory(path);
  }

  /** The file name without folders, for source hints. */
  public String fileName() {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  /** True when the file starts with the gzip magic bytes. */
  public boolean isGzip() {
    if (isDirectory()) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
    } catch (IOException e) {
      throw new BadInputException(displayName, 0, "cannot read file: " + e.getMessage(), e);
    }
  }

  /**
   * The content bytes, inflated when the file is gzip-compressed ({@link GzipContent}: a stream cut
   * short, corrupt or inflating beyond {@link InputLimits#maxGzipRatio()} throws {@link
   * UnusableInputException} as it is read).
   */
  public InputStream open() {
    boolean gzip = isGzip();
    InputStream raw = null;
    try {
      raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      return gzip ? new GzipContent(raw, limits.maxGzipRatio()) : raw;
    } catch (IOException e) {
      closeQuietly(raw);
      throw BadInputException.reading(displayName, 0, e);
    }
  }

  /**
   * The content of a JSON document, which may not exceed {@link InputLimits#maxJsonBytes()} after
   * decompression: the parsers keep parts of it in memory (a JSON-stat {@code value} object whole).
   */
  public InputStream openDocument() {
    return new DocumentContent(open(), limits.maxJsonBytes());
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the open failed already; that failure is the one to report
      }
    }
  }

  /**
   * A file beside this one in the same folder, or inside it for a folder input, named for messages
   * and origins after this input's own display name ({@code gemeenten/85458NED/Observations.json}
   * for a job's {@code gemeenten/85458NED}), never after the path it was resolved to.
   */
  public InputFile resolve(String name) {
    boolean folder = isDirectory();
    Path base = folder ? path : path.getParent();
    Path other = base == null ? Path.of(name) : base.resolve(name);
    Path shown = Path.of(displayName);
    return new InputFile(
        other, (folder ? shown.resolve(name) : shown.resolveSibling(name)).toString(), limits);
  }

  /** Size of the file on disk in bytes. */
  public long size() {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return displayName;
  }
}
