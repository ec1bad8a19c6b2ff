package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The dialect of a CBS OData CSV download as the generator writes it: UTF-8 with or without a
 * byte-order mark, every field in double quotes, the sample's delimiter and line ending.
 */
final class CbsCsv {
  private CbsCsv() {}

  /** A buffered UTF-8 writer on a new file (folders made), the BOM already written if asked. */
  static BufferedWriter open(Path file, boolean bom) throws IOException {
    Files.createDirectories(file.getParent());
    BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    if (bom) {
      w.write('\uFEFF');
    }
    return w;
  }

  /** One record: every field quoted as CBS does (codes and values carry no quotes themselves). */
  static String line(List<String> fields, char delimiter, String newline) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      b.append('"').append(fields.get(i)).append('"');
    }
    return b.append(newline).toString();
  }
}
