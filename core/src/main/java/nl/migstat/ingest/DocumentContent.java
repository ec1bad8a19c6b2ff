package nl.migstat.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON document's content, stopped with an {@link UnusableInputException} past {@code max} bytes:
 * the size on disk says nothing about a gzip-compressed document, so its inflated bytes are
 * counted.
 */
final class DocumentContent extends FilterInputStream {
  private final long max;
  private long count;

  DocumentContent(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws UnusableInputException {
    count += n;
    if (count > max) {
      throw new UnusableInputException(
          "the JSON document has more than "
              + InputLimits.size(max)
              + " (max_json_bytes) after decompression; refusing to read further");
    }
  }
}
