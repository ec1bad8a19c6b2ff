package nl.migstat.files.hadoop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;

/**
 * A file on a Hadoop file system as a {@link FileChannel}: either read with seeks (Parquet's
 * footer-first reads) or written once from the start (the workbook). Hadoop files are written
 * sequentially and never locked, so positional writes, truncation, mapping and locks are refused.
 */
final class HadoopChannel extends FileChannel {
  private final FSDataInputStream in;
  private final OutputStream out;
  private final long size;
  private final String name;
  private long written;

  private HadoopChannel(FSDataInputStream in, OutputStream out, long size, String name) {
    this.in = in;
    this.out = out;
    this.size = size;
    this.name = name;
  }

  static HadoopChannel reading(FSDataInputStream in, long size, String name) {
    return new HadoopChannel(in, null, size, name);
  }

  static HadoopChannel writing(OutputStream out, String name) {
    return new HadoopChannel(null, out, -1, name);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    readable();
    byte[] buf = new byte[dst.remaining()];
    int n = in.read(buf, 0, buf.length);
    if (n > 0) {
      dst.put(buf, 0, n);
    }
    return n;
  }

  @Override
  public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      int n = read(dsts[i]);
      if (n < 0) {
        return total == 0 ? -1 : total;
      }
      total += n;
      if (dsts[i].hasRemaining()) {
        break;
      }
    }
    return total;
  }

  @Override
  public int read(ByteBuffer dst, long position) throws IOException {
    readable();
    byte[] buf = new byte[dst.remaining()];
    int n = in.read(position, buf, 0, buf.length);
    if (n > 0) {
      dst.put(buf, 0, n);
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    writable();
    int n = src.remaining();
    if (src.hasArray()) {
      out.write(src.array(), src.arrayOffset() + src.position(), n);
      src.position(src.limit());
    } else {
      byte[] buf = new byte[n];
      src.get(buf);
      out.write(buf);
    }
    written += n;
    return n;
  }

  @Override
  public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
    long total = 0;
    for (int i = offset; i < offset + length; i++) {
      total += write(srcs[i]);
    }
    return total;
  }

  @Override
  public int write(ByteBuffer src, long position) {
    throw new UnsupportedOperationException("Hadoop files are written from the start: " + name);
  }

  @Override
  public long position() throws IOException {
    return in != null ? in.getPos() : written;
  }

  @Override
  public FileChannel position(long newPosition) throws IOException {
    readable();
    in.seek(newPosition);
    return this;
  }

  @Override
  public long size() {
    return in != null ? size : written;
  }

  @Override
  public FileChannel truncate(long newSize) {
    throw new UnsupportedOperationException("no truncation of " + name);
  }

  /** Flushes to the data nodes and syncs where the store can (HDFS); an object store on close. */
  @Override
  public void force(boolean metaData) throws IOException {
    writable();
    out.flush();
    if (out instanceof FSDataOutputStream data) {
      try {
        data.hsync();
      } catch (UnsupportedOperationException e) {
        // S3A's streams upload on close: there is nothing to sync before it.
      }
    }
  }

  @Override
  public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
    readable();
    byte[] buf = new byte[(int) Math.min(count, 1 << 16)];
    long done = 0;
    while (done < count) {
      int n = in.read(position + done, buf, 0, (int) Math.min(buf.length, count - done));
      if (n <= 0) {
        break;
      }
      target.write(ByteBuffer.wrap(buf, 0, n));
      done += n;
    }
    return done;
  }

  @Override
  public long transferFrom(ReadableByteChannel src, long position, long count) {
    throw new UnsupportedOperationException("Hadoop files are written from the start: " + name);
  }

  @Override
  public MappedByteBuffer map(MapMode mode, long position, long size) {
    throw new UnsupportedOperationException("no memory mapping of " + name);
  }

  @Override
  public FileLock lock(long position, long size, boolean shared) {
    throw new UnsupportedOperationException("no locks on " + name);
  }

  @Override
  public FileLock tryLock(long position, long size, boolean shared) {
    throw new UnsupportedOperationException("no locks on " + name);
  }

  @Override
  protected void implCloseChannel() throws IOException {
    if (in != null) {
      in.close();
    } else {
      out.close();
    }
  }

  private void readable() {
    if (in == null) {
      throw new NonReadableChannelException();
    }
  }

  private void writable() {
    if (out == null) {
      throw new NonWritableChannelException();
    }
  }
}
