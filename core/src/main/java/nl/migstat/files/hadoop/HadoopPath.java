package nl.migstat.files.hadoop;

import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path on one Hadoop file system ({@code hdfs://namenode:8020/data/raw}): {@code /}-separated
 * names, absolute from the file system's root or relative. An absolute path prints as its URI, so
 * messages and Spark (which is given {@link #toUri()}) name the same place.
 */
final class HadoopPath implements Path {
  private final HadoopStore store;
  private final boolean absolute;
  private final List<String> names;

  HadoopPath(HadoopStore store, String path) {
    this(store, path.startsWith("/"), split(path));
  }

  private HadoopPath(HadoopStore store, boolean absolute, List<String> names) {
    this.store = store;
    this.absolute = absolute;
    this.names = List.copyOf(names);
  }

  private static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  /** The path as Hadoop names it. */
  org.apache.hadoop.fs.Path hadoop() {
    return new org.apache.hadoop.fs.Path(toAbsolutePath().toUri());
  }

  @Override
  public HadoopStore getFileSystem() {
    return store;
  }

  @Override
  public boolean isAbsolute() {
    return absolute;
  }

  @Override
  public Path getRoot() {
    return absolute ? new HadoopPath(store, true, List.of()) : null;
  }

  @Override
  public Path getFileName() {
    return names.isEmpty() ? null : new HadoopPath(store, false, List.of(names.get(last())));
  }

  @Override
  public Path getParent() {
    if (names.isEmpty() || (names.size() == 1 && !absolute)) {
      return null;
    }
    return new HadoopPath(store, absolute, names.subList(0, last()));
  }

  private int last() {
    return names.size() - 1;
  }

  @Override
  public int getNameCount() {
    return names.size();
  }

  @Override
  public Path getName(int index) {
    return new HadoopPath(store, false, List.of(names.get(index)));
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    return new HadoopPath(store, false, names.subList(beginIndex, endIndex));
  }

  @Override
  public boolean startsWith(Path other) {
    HadoopPath o = cast(other);
    return o.absolute == absolute
        && o.names.size() <= names.size()
        && names.subList(0, o.names.size()).equals(o.names);
  }

  @Override
  public boolean endsWith(Path other) {
    HadoopPath o = cast(other);
    if (o.absolute) {
      return equals(o);
    }
    int n = o.names.size();
    return n <= names.size() && names.subList(names.size() - n, names.size()).equals(o.names);
  }

  @Override
  public Path normalize() {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (n.equals(".")) {
        continue;
      }
      if (n.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
        out.remove(out.size() - 1);
      } else if (!(n.equals("..") && absolute)) {
        out.add(n);
      }
    }
    return new HadoopPath(store, absolute, out);
  }

  @Override
  public Path resolve(Path other) {
    HadoopPath o = other instanceof HadoopPath h ? h : new HadoopPath(store, other.toString());
    if (o.absolute) {
      return o;
    }
    List<String> joined = new ArrayList<>(names);
    joined.addAll(o.names);
    return new HadoopPath(store, absolute, joined);
  }

  @Override
  public Path resolve(String other) {
    return resolve(store.getPath(other));
  }

  @Override
  public Path relativize(Path other) {
    HadoopPath o = cast(other);
    if (o.absolute != absolute) {
      throw new IllegalArgumentException("one path is absolute, the other not: " + other);
    }
    int common = 0;
    while (common < names.size()
        && common < o.names.size()
        && names.get(common).equals(o.names.get(common))) {
      common++;
    }
    List<String> rel = new ArrayList<>();
    for (int i = common; i < names.size(); i++) {
      rel.add("..");
    }
    rel.addAll(o.names.subList(common, o.names.size()));
    return new HadoopPath(store, false, rel);
  }

  @Override
  public URI toUri() {
    return store.uriOf("/" + String.join("/", ((HadoopPath) toAbsolutePath()).names));
  }

  @Override
  public Path toAbsolutePath() {
    return absolute ? this : new HadoopPath(store, true, names);
  }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    Path real = toAbsolutePath().normalize();
    if (!store.provider().exists(real)) {
      throw new NoSuchFileException(toString());
    }
    return real;
  }

  @Override
  public WatchKey register(
      WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("no watch service on " + store);
  }

  @Override
  public int compareTo(Path other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HadoopPath p
        && p.store.equals(store)
        && p.absolute == absolute
        && p.names.equals(names);
  }

  @Override
  public int hashCode() {
    return store.hashCode() * 31 + names.hashCode() + (absolute ? 1 : 0);
  }

  @Override
  public String toString() {
    return absolute ? toUri().toString() : String.join("/", names);
  }

  private HadoopPath cast(Path other) {
    if (!(other instanceof HadoopPath p) || !p.store.equals(store)) {
      throw new ProviderMismatchException("not a path of " + store + ": " + other);
    }
    return p;
  }
}
