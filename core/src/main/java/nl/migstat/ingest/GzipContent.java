package nl.migstat.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The inflated content of a gzip file, guarded: a stream cut short (a truncated download) or
 * corrupt says so in words instead of as a bare {@code EOFException}, and a stream that inflates
 * more than {@link InputLimits#maxGzipRatio()} times its compressed bytes (a gzip bomb) is stopped
 * once {@link InputLimits#GZIP_RATIO_GRACE_BYTES} have come out, before it fills the memory or the
 * disk of whoever reads it.
 */
final class GzipContent extends InputStream {
  private final CountingStream compressed;
  private final GZIPInputStream inflater;
  private final int maxRatio;
  private long inflated;

  GzipContent(InputStream raw, int maxRatio) throws IOException {
    this.compressed = new CountingStream(raw);
    this.maxRatio = maxRatio;
    try {
      this.inflater = new GZIPInputStream(compressed, 1 << 16);
    } catch (EOFException e) {
      throw truncated(e);
    } catch (ZipException e) {
      throw corrupt(e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = inflater.read(b, off, len);
    } catch (EOFException e) {
      throw truncated(e);
    } catch (ZipException e) {
      throw corrupt(e);
    }
    if (n > 0) {
      inflated += n;
      checkRatio();
    }
    return n;
  }

  private void checkRatio() throws UnusableInputException {
    if (inflated > InputLimits.GZIP_RATIO_GRACE_BYTES
        && inflated > (double) maxRatio * Math.max(1, compressed.count)) {
      throw new UnusableInputException(
          String.format(
              Locale.ROOT,
              "the gzip stream inflates %d bytes out of %d compressed bytes (%d:1), more than the"
                  + " allowed %d:1 (max_gzip_ratio): a gzip bomb? Raise max_gzip_ratio only for a"
                  + " file you trust",
              inflated,
              compressed.count,
              inflated / Math.max(1, compressed.count),
              maxRatio));
    }
  }

  private UnusableInputException truncated(EOFException e) {
    return new UnusableInputException(
        "the gzip stream ends early, after "
            + inflated
            + " bytes of content (a truncated download?)",
        e);
  }

  private UnusableInputException corrupt(ZipException e) {
    return new UnusableInputException(
        "the gzip stream is corrupt after "
            + inflated
            + " bytes of content ("
            + e.getMessage()
            + "; a damaged download?)",
        e);
  }

  @Override
  public void close() throws IOException {
    inflater.close();
  }

  /** Counts the compressed bytes the inflater has taken. */
  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
