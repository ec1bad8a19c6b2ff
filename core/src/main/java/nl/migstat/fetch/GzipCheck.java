package nl.migstat.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Proves a downloaded {@code .tsv.gz} whole: Eurostat's bulk files are served gzip-compressed
 * ({@code compressed=true}), and a cut file still opens but ends early or fails its CRC.
 */
final class GzipCheck {
  private GzipCheck() {}

  /** Whether the file starts with the gzip magic bytes 1f 8b. */
  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Inflates a gzip file to its end (CRC and length trailer checked); other files pass. */
  static void requireComplete(Path file) throws IOException {
    if (!isGzip(file)) {
      return;
    }
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in =
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 64 * 1024)) {
      while (in.read(buffer) >= 0) {
        // reading to the end makes GZIPInputStream check the CRC-32 and size trailer
      }
    }
  }
}
