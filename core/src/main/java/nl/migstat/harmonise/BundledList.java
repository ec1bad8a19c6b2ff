package nl.migstat.harmonise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A code list bundled with the project under {@code src/main/resources/codelists/}: UTF-8, {@code
 * ;} separated, {@code #} comment lines documenting its source, then a header and rows.
 */
public final class BundledList {
  private final String name;
  private final List<String> header;
  private final List<Map<String, String>> rows;

  private BundledList(String name, List<String> header, List<Map<String, String>> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Loads {@code codelists/<file>} from the classpath. */
  public static BundledList load(String file) {
    String resource = "/codelists/" + file;
    InputStream in = BundledList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled code list missing from the build: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = null;
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> fields = Arrays.asList(line.split(";", -1));
        if (header == null) {
          header = fields;
          continue;
        }
        if (fields.size() != header.size()) {
          throw new IllegalStateException(
              resource
                  + ":"
                  + number
                  + ": expected "
                  + header.size()
                  + " fields, found "
                  + fields.size());
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), fields.get(i));
        }
        rows.add(row);
      }
      return new BundledList(file, header == null ? List.of() : header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public List<String> header() {
    return header;
  }

  public List<Map<String, String>> rows() {
    return rows;
  }
}
