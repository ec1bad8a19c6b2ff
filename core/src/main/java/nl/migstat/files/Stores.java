package nl.migstat.files;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.migstat.files.hadoop.HadoopProvider;

/**
 * Where a run's files live: a local path (today's behaviour, untouched), a {@code file:} URI (the
 * same local file system), or a URI of a Hadoop file system such as {@code hdfs://namenode:8020/x}
 * or {@code s3a://bucket/x}, reached through {@link HadoopProvider}. Every class that takes a
 * {@link Path} then works on either.
 */
public final class Stores {
  /** {@code scheme:} followed by {@code //} (hdfs, s3a, …) or {@code file:}. */
  private static final Pattern URI_LIKE = Pattern.compile("^(file:|[a-zA-Z][a-zA-Z0-9+.-]+://).*");

  private Stores() {}

  /** Whether {@code text} names a place by URI rather than as a plain local path. */
  public static boolean isUri(String text) {
    return URI_LIKE.matcher(text).matches();
  }

  /**
   * The place {@code text} names: a URI as itself, a plain path resolved against {@code base} (both
   * local, as before).
   */
  public static Path location(String text, Path base) {
    if (!isUri(text)) {
      return base.resolve(text);
    }
    return of(URI.create(text));
  }

  /** The place a URI names; {@code file:} is the default (local) file system. */
  public static Path of(URI uri) {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      return Path.of(uri);
    }
    return HadoopProvider.path(uri);
  }

  /** Whether {@code path} is on the local file system (links, locks, {@code toFile}). */
  public static boolean isLocal(Path path) {
    return path.getFileSystem() == FileSystems.getDefault();
  }

  /** Whether renaming a file or folder on {@code path}'s store is one atomic step. */
  public static boolean renamesAtomically(Path path) {
    return isLocal(path) || !isObjectStore(path);
  }

  private static boolean isObjectStore(Path path) {
    String scheme = path.toUri().getScheme();
    return !(scheme.equals("hdfs") || scheme.equals("viewfs"));
  }
}
