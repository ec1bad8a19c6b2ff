package nl.migstat.files.hadoop;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;

/**
 * {@code java.nio.file} on Hadoop's file systems: reads, writes, listings, folders, renames and
 * deletes through Hadoop's {@code FileSystem} API. Not installed as a system provider ({@code
 * spark-submit} loads the application in a class loader the JDK does not search): paths are made by
 * {@link nl.migstat.files.Stores}, and {@code Files} reaches this provider through them. No links,
 * no locks, no permissions.
 */
public final class HadoopProvider extends FileSystemProvider {
  private static final HadoopProvider INSTANCE = new HadoopProvider();
  private final Map<String, HadoopStore> stores = new ConcurrentHashMap<>();

  private HadoopProvider() {}

  /** The path that a URI with a scheme such as {@code hdfs} or {@code s3a} names. */
  public static Path path(URI uri) {
    return INSTANCE.getPath(uri);
  }

  @Override
  public String getScheme() {
    return "hadoop";
  }

  @Override
  public HadoopStore newFileSystem(URI uri, Map<String, ?> env) {
    return getFileSystem(uri);
  }

  @Override
  public HadoopStore getFileSystem(URI uri) {
    String key = uri.getScheme() + "://" + uri.getAuthority();
    return stores.computeIfAbsent(
        key, k -> new HadoopStore(this, uri.getScheme(), uri.getAuthority()));
  }

  @Override
  public Path getPath(URI uri) {
    return getFileSystem(uri).getPath(uri.getPath().isEmpty() ? "/" : uri.getPath());
  }

  @Override
  public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
    HadoopPath p = cast(path);
    try {
      return fs(p).open(p.hadoop());
    } catch (FileNotFoundException e) {
      throw noSuchFile(p, e);
    }
  }

  @Override
  public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
    HadoopPath p = cast(path);
    List<OpenOption> opts = Arrays.asList(options);
    if (opts.contains(StandardOpenOption.APPEND)) {
      throw new UnsupportedOperationException("no appending on " + p.getFileSystem());
    }
    boolean createNew = opts.contains(StandardOpenOption.CREATE_NEW);
    if (createNew && exists(p)) {
      throw new FileAlreadyExistsException(p.toString());
    }
    try {
      return fs(p).create(p.hadoop(), !createNew);
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      throw new FileAlreadyExistsException(p.toString(), null, e.getMessage());
    }
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    return newFileChannel(path, options, attrs);
  }

  /** A channel that reads (and seeks) or writes from the start; enough for Parquet and POI. */
  @Override
  public FileChannel newFileChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    HadoopPath p = cast(path);
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      return HadoopChannel.writing(
          newOutputStream(p, options.toArray(new OpenOption[0])), p.toString());
    }
    try {
      FileSystem fs = fs(p);
      return HadoopChannel.reading(
          fs.open(p.hadoop()), fs.getFileStatus(p.hadoop()).getLen(), p.toString());
    } catch (FileNotFoundException e) {
      throw noSuchFile(p, e);
    }
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    HadoopPath p = cast(dir);
    if (!status(p).isDirectory()) {
      throw new NotDirectoryException(p.toString());
    }
    List<Path> entries = new ArrayList<>();
    for (FileStatus s : fs(p).listStatus(p.hadoop())) {
      Path entry = p.resolve(s.getPath().getName());
      if (filter.accept(entry)) {
        entries.add(entry);
      }
    }
    return new DirectoryStream<>() {
      @Override
      public Iterator<Path> iterator() {
        return entries.iterator();
      }

      @Override
      public void close() {
        // A listing is read whole.
      }
    };
  }

  /** Creates the folder and any missing parents (Hadoop's mkdirs); fails if it exists. */
  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    HadoopPath p = cast(dir);
    if (exists(p)) {
      throw new FileAlreadyExistsException(p.toString());
    }
    if (!fs(p).mkdirs(p.hadoop())) {
      throw new IOException("cannot create the folder " + p);
    }
  }

  @Override
  public void delete(Path path) throws IOException {
    HadoopPath p = cast(path);
    FileStatus s = status(p);
    FileSystem fs = fs(p);
    if (s.isDirectory() && fs.listStatus(p.hadoop()).length > 0) {
      throw new DirectoryNotEmptyException(p.toString());
    }
    if (!fs.delete(p.hadoop(), false) && exists(p)) {
      throw new IOException("cannot delete " + p);
    }
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    HadoopPath from = cast(source);
    HadoopPath to = cast(target);
    boolean replace = Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING);
    if (!replace && exists(to)) {
      throw new FileAlreadyExistsException(to.toString());
    }
    try (InputStream in = newInputStream(from);
        OutputStream out = fs(to).create(to.hadoop(), true)) {
      in.transferTo(out);
    }
  }

  /**
   * Renames with Hadoop's rename: atomic on HDFS; on an object store an atomic move is refused
   * ({@link AtomicMoveNotSupportedException}) and a plain one copies and deletes.
   */
  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    HadoopPath from = cast(source);
    HadoopPath to = cast(target);
    HadoopStore store = from.getFileSystem();
    List<CopyOption> opts = Arrays.asList(options);
    if (opts.contains(StandardCopyOption.ATOMIC_MOVE) && !store.renamesAtomically()) {
      throw new AtomicMoveNotSupportedException(
          from.toString(), to.toString(), store + " renames by copying");
    }
    status(from);
    if (opts.contains(StandardCopyOption.REPLACE_EXISTING)) {
      if (store.renamesAtomically()) {
        store.context().rename(from.hadoop(), to.hadoop(), Options.Rename.OVERWRITE);
        return;
      }
      fs(to).delete(to.hadoop(), false);
    } else if (exists(to)) {
      // Hadoop's rename would move the source into an existing folder.
      throw new FileAlreadyExistsException(to.toString());
    }
    if (!fs(from).rename(from.hadoop(), to.hadoop())) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  @Override
  public boolean isSameFile(Path path, Path path2) {
    return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
  }

  @Override
  public boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  @Override
  public FileStore getFileStore(Path path) {
    throw new UnsupportedOperationException("no file stores on " + path.getFileSystem());
  }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    status(cast(path));
  }

  @Override
  public <V extends FileAttributeView> V getFileAttributeView(
      Path path, Class<V> type, LinkOption... options) {
    if (type != BasicFileAttributeView.class) {
      return null;
    }
    HadoopPath p = cast(path);
    return type.cast(
        new BasicFileAttributeView() {
          @Override
          public String name() {
            return "basic";
          }

          @Override
          public BasicFileAttributes readAttributes() throws IOException {
            return new HadoopAttributes(status(p));
          }

          @Override
          public void setTimes(FileTime modified, FileTime access, FileTime create) {
            throw new UnsupportedOperationException("no times set on " + p.getFileSystem());
          }
        });
  }

  @Override
  public <A extends BasicFileAttributes> A readAttributes(
      Path path, Class<A> type, LinkOption... options) throws IOException {
    if (!type.isAssignableFrom(HadoopAttributes.class)) {
      throw new UnsupportedOperationException("only basic attributes on " + path.getFileSystem());
    }
    return type.cast(new HadoopAttributes(status(cast(path))));
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return new HadoopAttributes(status(cast(path))).asMap();
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
    throw new UnsupportedOperationException("no attributes set on " + path.getFileSystem());
  }

  /** Whether the file or folder exists. */
  boolean exists(Path path) throws IOException {
    HadoopPath p = cast(path);
    return fs(p).exists(p.hadoop());
  }

  private static FileStatus status(HadoopPath p) throws IOException {
    try {
      return fs(p).getFileStatus(p.hadoop());
    } catch (FileNotFoundException e) {
      throw noSuchFile(p, e);
    }
  }

  private static FileSystem fs(HadoopPath p) throws IOException {
    return p.getFileSystem().hadoop();
  }

  private static NoSuchFileException noSuchFile(HadoopPath p, FileNotFoundException cause) {
    NoSuchFileException e = new NoSuchFileException(p.toString());
    e.initCause(cause);
    return e;
  }

  private static HadoopPath cast(Path path) {
    if (!(path instanceof HadoopPath p)) {
      throw new ProviderMismatchException("not a Hadoop path: " + path);
    }
    return p;
  }
}
