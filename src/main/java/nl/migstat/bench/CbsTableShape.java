package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;

/**
 * A CBS OData CSV ("onbewerkte dataset") grown from a sample of the same table: the sample's
 * header, delimiter, BOM, padded codes and right-aligned values, with every combination of its
 * dimension codes over more years ({@code YYYYJJ00}), all municipalities in a {@code RegioS}
 * dimension, and synthetic codes added to its largest dimension at larger scales.
 */
final class CbsTableShape {
  private static final String PERIOD = "\\d{4}(JJ|KW|MM|X0)\\d\\d";

  private final List<String> header;
  private final char delimiter;
  private final boolean bom;
  private final int firstTopic;
  private final List<List<String>> codes = new ArrayList<>();
  private final Map<String, String[]> sampleValues = new HashMap<>();
  private final String[] widthSample;
  private int periodDim = -1;

  private CbsTableShape(List<CsvRecord> records, char delimiter, boolean bom) {
    this.header = records.get(0).fields();
    this.delimiter = delimiter;
    this.bom = bom;
    int t = 1;
    while (t < header.size() && !header.get(t).matches(".+_\\d+")) {
      t++;
    }
    this.firstTopic = t;
    for (int d = 1; d < firstTopic; d++) {
      LinkedHashSet<String> seen = new LinkedHashSet<>();
      for (CsvRecord r : records.subList(1, records.size())) {
        seen.add(r.field(d));
      }
      codes.add(new ArrayList<>(seen));
      if (periodDim < 0 && seen.iterator().next().matches(PERIOD)) {
        periodDim = d - 1;
      }
    }
    widthSample = records.get(1).fields().toArray(String[]::new);
    for (CsvRecord r : records.subList(1, records.size())) {
      sampleValues.putIfAbsent(key(r.fields().subList(1, firstTopic)),
          r.fields().subList(firstTopic, r.size()).toArray(String[]::new));
    }
  }

  /** Reads the sample's shape; the delimiter is the one after the header's first field. */
  static CbsTableShape of(Path sample) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(sample)) {
      head = in.readNBytes(4096);
    }
    boolean bom = head.length > 3 && (head[0] & 0xff) == 0xEF;
    String text = new String(head, StandardCharsets.UTF_8);
    char delimiter = text.indexOf(';') >= 0 && text.indexOf(';') < text.indexOf('\n') ? ';' : ',';
    try (CsvReader r = new CsvReader(new InputFile(sample), StandardCharsets.UTF_8, delimiter)) {
      return new CbsTableShape(r.readAll(), delimiter, bom);
    }
  }

  /** Grows the shape: years ending with the sample's last, regions, extra categories. */
  CbsTableShape grow(Scale scale, int baseYears, List<String> regions) {
    if (periodDim >= 0) {
      List<String> sample = codes.get(periodDim);
      int last = sample.stream().mapToInt(p -> Integer.parseInt(p.substring(0, 4))).max().orElse(2023);
      int n = scale.periods(Math.max(baseYears, sample.size()));
      codes.set(periodDim, Scale.years(last, n).stream().map(y -> y + "JJ00").toList());
    }
    int largest = -1;
    for (int d = 0; d < codes.size(); d++) {
      if (header.get(d + 1).startsWith("Regio") && !regions.isEmpty()) {
        codes.set(d, padded(codes.get(d), regions));
      } else if (d != periodDim && (largest < 0 || codes.get(d).size() > codes.get(largest).size())) {
        largest = d;
      }
    }
    if (largest >= 0 && scale.categoryFactor() > 1) {
      List<String> c = codes.get(largest);
      codes.set(largest, padded(c, BenchCodes.extend(List.of(), scale.categories(c.size()) - c.size(), "B900")));
    }
    return this;
  }

  private static List<String> padded(List<String> sample, List<String> more) {
    int width = sample.get(0).length();
    LinkedHashSet<String> all = new LinkedHashSet<>(sample);
    for (String m : more) {
      all.add(m + " ".repeat(Math.max(0, width - m.length())));
    }
    return new ArrayList<>(all);
  }

  /** Rows the grown table has. */
  long rows() {
    long n = 1;
    for (List<String> c : codes) {
      n *= c.size();
    }
    return n;
  }

  /** Observations the grown table holds (rows times topics). */
  long cells() {
    return rows() * (header.size() - firstTopic);
  }

  void write(Path file, long seed) throws IOException {
    Files.createDirectories(file.getParent());
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8), 1 << 16)) {
      if (bom) {
        w.write('\uFEFF');
      }
      w.write(line(header));
      int[] index = new int[codes.size()];
      long id = 1;
      do {
        List<String> row = new ArrayList<>(header.size());
        row.add(Long.toString(id++));
        for (int d = 0; d < index.length; d++) {
          row.add(codes.get(d).get(index[d]));
        }
        String[] base = sampleValues.get(key(nonPeriod(row.subList(1, row.size()))));
        for (int t = firstTopic; t < header.size(); t++) {
          row.add(value(base == null ? null : base[t - firstTopic], t, random));
        }
        w.write(line(row));
      } while (BulkSpec.advance(index, codes));
    }
  }

  private List<String> nonPeriod(List<String> dims) {
    List<String> rest = new ArrayList<>(dims);
    if (periodDim >= 0) {
      rest.set(periodDim, "");
    }
    return rest;
  }

  private String key(List<String> dims) {
    List<String> k = new ArrayList<>(dims);
    if (periodDim >= 0 && k.size() > periodDim) {
      k.set(periodDim, "");
    }
    return String.join("\u0000", k);
  }

  private String value(String base, int topic, SplittableRandom random) {
    String shape = widthSample[topic];
    String trimmed = shape.trim();
    int decimals = trimmed.indexOf('.') >= 0 && !trimmed.equals(".") ? trimmed.length() - trimmed.indexOf('.') - 1 : 0;
    double level = parse(base);
    if (Double.isNaN(level)) {
      level = parse(trimmed);
      level = Double.isNaN(level) ? 1000 : level * (0.1 + random.nextDouble());
    }
    StringBuilder b = new StringBuilder();
    if (random.nextDouble() < 0.01) {
      b.append('.');
    } else {
      BulkSpec.appendNumber(b, level * (1 + 0.05 * random.nextGaussian()), decimals);
    }
    return " ".repeat(Math.max(0, shape.length() - b.length())) + b;
  }

  private static double parse(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Math.abs(Double.parseDouble(s.trim()));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      b.append(i == 0 ? "" : String.valueOf(delimiter)).append('"').append(fields.get(i)).append('"');
    }
    return b.append("\r\n").toString();
  }
}
