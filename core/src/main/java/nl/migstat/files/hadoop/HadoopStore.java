package nl.migstat.files.hadoop;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileContext;

/**
 * One Hadoop file system ({@code hdfs://namenode:8020}, {@code s3a://bucket}) as a {@link
 * FileSystem}: the scheme and authority of its paths. Hadoop's own file system object is fetched
 * per call from Hadoop's cache with the configuration in force ({@link HadoopConf}), so it is
 * opened only when a file is touched and reopened after Hadoop closes it.
 */
final class HadoopStore extends FileSystem {
  /**
   * Schemes whose rename of a file or folder is one atomic step: HDFS's namenode renames in one
   * transaction; object stores copy and delete (Hadoop's filesystem specification, "Object Stores
   * vs. Filesystems").
   */
  private static final Set<String> ATOMIC_RENAME = Set.of("hdfs", "viewfs", "file");

  private final HadoopProvider provider;
  private final String scheme;
  private final String authority;

  HadoopStore(HadoopProvider provider, String scheme, String authority) {
    this.provider = provider;
    this.scheme = scheme.toLowerCase(Locale.ROOT);
    this.authority = authority;
  }

  /** Hadoop's file system for this store. */
  org.apache.hadoop.fs.FileSystem hadoop() throws IOException {
    return org.apache.hadoop.fs.FileSystem.get(uriOf("/"), HadoopConf.get());
  }

  /** Hadoop's file context, for the rename that replaces its target atomically. */
  FileContext context() throws IOException {
    return FileContext.getFileContext(uriOf("/"), HadoopConf.get());
  }

  /** Whether renaming on this store is atomic. */
  boolean renamesAtomically() {
    return ATOMIC_RENAME.contains(scheme);
  }

  URI uriOf(String absolutePath) {
    try {
      return new URI(scheme, authority, absolutePath, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + absolutePath, e);
    }
  }

  @Override
  public HadoopProvider provider() {
    return provider;
  }

  @Override
  public void close() {
    // Hadoop's cached file systems are shared with Spark, which closes them at shutdown.
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return "/";
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return List.of(getPath("/"));
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return List.of();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return Set.of("basic");
  }

  /** A path on this store: a full URI of it, an absolute path or a relative one. */
  @Override
  public Path getPath(String first, String... more) {
    String joined = more.length == 0 ? first : first + "/" + String.join("/", more);
    if (joined.contains("://")) {
      URI uri = URI.create(joined);
      if (!scheme.equalsIgnoreCase(uri.getScheme())) {
        throw new IllegalArgumentException("not a path of " + this + ": " + joined);
      }
      return new HadoopPath(this, uri.getPath().isEmpty() ? "/" : uri.getPath());
    }
    return new HadoopPath(this, joined);
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    throw new UnsupportedOperationException("no path matchers on " + this);
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    throw new UnsupportedOperationException("no principals on " + this);
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("no watch service on " + this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HadoopStore s
        && s.scheme.equals(scheme)
        && String.valueOf(s.authority).equals(String.valueOf(authority));
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + String.valueOf(authority).hashCode();
  }

  @Override
  public String toString() {
    return uriOf("/").toString();
  }
}
