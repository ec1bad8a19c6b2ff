package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;

/**
 * A long Eurostat CSV (SDMX-CSV 2.0 with {@code CODE: Label} cells, or the old Data Explorer CSV
 * with labels and thousands separators) grown from a sample of the same dataset: every series of
 * the sample over more years; labels are mapped back through a bundled list, so no invented
 * categories; a sample's delete rows ({@code ACTION D}) become inserts. A series is its dimensions:
 * one whose flags change between the sample's years ({@code p: provisional} in the last) is written
 * once a year with the flags of its first row, never twice with different ones (two rows with one
 * key, which ingest rejects as duplicates).
 */
final class LongCsvShape {
  private final List<String> header;
  private final boolean quoteAll;
  private final int time;
  private final int value;

  /**
   * Per series its sample value, or NaN where the sample had none (kept missing, with its flags).
   */
  private final Map<List<String>, Double> series = new LinkedHashMap<>();

  /** What a missing value looks like in the sample ({@code ""}, {@code ":"}). */
  private String missing = "";

  private List<String> years = List.of();

  private LongCsvShape(List<CsvRecord> records) {
    header = records.get(0).fields();
    quoteAll = records.get(0).quoted().get(0);
    time = column(h -> h.equals("TIME") || h.startsWith("TIME_PERIOD"));
    value = column(h -> h.equals("Value") || h.startsWith("OBS_VALUE"));
    int action = header.indexOf("ACTION");
    int last = 0;
    Set<List<String>> dimensions = new HashSet<>();
    for (CsvRecord r : records.subList(1, records.size())) {
      List<String> key = new ArrayList<>(r.fields());
      last = Math.max(last, Integer.parseInt(key.get(time).trim()));
      double v = parse(key.get(value));
      if (Double.isNaN(v)) {
        missing = key.get(value);
      }
      key.set(time, "");
      key.set(value, "");
      if (action >= 0) {
        key.set(action, "I");
      }
      // The columns after the value are attributes (OBS_FLAG, CONF_STATUS, Flag and Footnotes).
      if (dimensions.add(List.copyOf(key.subList(0, value)))) {
        series.put(key, v);
      }
    }
    years = Scale.years(last, 1);
  }

  private int column(java.util.function.Predicate<String> name) {
    for (int i = 0; i < header.size(); i++) {
      if (name.test(header.get(i))) {
        return i;
      }
    }
    throw new IllegalArgumentException("no time or value column in " + header);
  }

  static LongCsvShape of(Path sample) throws IOException {
    try (CsvReader r = new CsvReader(new InputFile(sample), StandardCharsets.UTF_8, ',')) {
      return new LongCsvShape(r.readAll());
    }
  }

  /** The sample's series over {@code baseYears} (times the period factor) years to its last. */
  LongCsvShape grow(Scale scale, int baseYears) {
    int last = Integer.parseInt(years.get(years.size() - 1));
    years = Scale.years(last, scale.periods(baseYears));
    return this;
  }

  long cells() {
    return (long) series.size() * years.size();
  }

  void write(Path file, long seed) throws IOException {
    Files.createDirectories(file.getParent());
    SplittableRandom random = new SplittableRandom(seed);
    boolean grouped = quoteAll;
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      w.write(line(header));
      for (String year : years) {
        for (Map.Entry<List<String>, Double> s : series.entrySet()) {
          List<String> row = new ArrayList<>(s.getKey());
          row.set(time, year);
          double noise = random.nextGaussian();
          if (s.getValue().isNaN()) {
            // A cell the sample left empty (confidential, not available) stays empty: Eurostat
            // never publishes a figure together with C.
            row.set(value, missing);
          } else {
            long v = Math.round(s.getValue() * (1 + 0.1 * noise));
            row.set(value, grouped ? grouped(Math.abs(v)) : Long.toString(Math.abs(v)));
          }
          w.write(line(row));
        }
      }
    }
  }

  /** 593500 → {@code 593,500}, as the Data Explorer wrote figures. */
  static String grouped(long v) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s.replace(",", "").trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      b.append(i == 0 ? "" : ",");
      if (quoteAll || f.indexOf(',') >= 0 || f.indexOf('"') >= 0) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.append('\n').toString();
  }
}
