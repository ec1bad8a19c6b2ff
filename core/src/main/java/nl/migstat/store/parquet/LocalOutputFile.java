package nl.migstat.store.parquet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A local file for parquet-java without Hadoop's file system, which would write a checksum side
 * file next to it (parquet-java 1.13, which Spark 3.5 ships, has no local output file of its own).
 */
record LocalOutputFile(Path path) implements OutputFile {
  @Override
  public PositionOutputStream create(long blockSizeHint) throws IOException {
    return stream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW));
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
    return stream(Files.newOutputStream(path));
  }

  @Override
  public boolean supportsBlockSize() {
    return false;
  }

  @Override
  public long defaultBlockSize() {
    return 0;
  }

  @Override
  public String getPath() {
    return path.toString();
  }

  private static PositionOutputStream stream(OutputStream raw) {
    OutputStream out = new BufferedOutputStream(raw, 1 << 16);
    return new PositionOutputStream() {
      private long position;

      @Override
      public long getPos() {
        return position;
      }

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        position++;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        position += len;
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
