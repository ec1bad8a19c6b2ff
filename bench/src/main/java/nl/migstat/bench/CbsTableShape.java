package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;

/**
 * A CBS OData CSV ("onbewerkte dataset") grown from a sample of the same table: the sample's
 * header, delimiter, BOM, padded codes and right-aligned values, with every combination of its
 * dimension codes over more years ({@code YYYYJJ00}), all municipalities in a {@code RegioS}
 * dimension, and synthetic codes added to its largest dimension at larger scales. A municipal table
 * can instead have each year's own municipalities ({@link #growOnBoundaries}) and values from a
 * model ({@link #values}).
 */
final class CbsTableShape {
  private static final String PERIOD = "\\d{4}(JJ|KW|MM|X0)\\d\\d";

  /**
   * Dimensions a chapter maps code by code through a bundled list
   * (codelists/migration-motives.csv), refusing codes it does not know: never given synthetic
   * codes, or the table would be skipped.
   */
  private static final java.util.Set<String> MAPPED =
      java.util.Set.of("Migratiemotief", "AfgeleidMigratiedoel");

  /** The fewest years of a table grown on boundaries (scales below 1). */
  static final int MIN_BOUNDARY_YEARS = 3;

  private final List<String> header;
  private final char delimiter;
  private final boolean bom;
  private final int firstTopic;
  private final List<List<String>> codes = new ArrayList<>();
  private final Map<String, String[]> sampleValues = new HashMap<>();
  private final String[] widthSample;
  private int periodDim = -1;

  /**
   * Per period code, the region codes (padded) that exist in it; null when every period has all.
   */
  private Map<String, Set<String>> regionsByPeriod;

  /**
   * Topic values per row from a model (dimension name to trimmed code), or null for sampled values.
   */
  private Function<Map<String, String>, double[]> model;

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
      sampleValues.putIfAbsent(
          key(r.fields().subList(1, firstTopic)),
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
      int last =
          sample.stream().mapToInt(p -> Integer.parseInt(p.substring(0, 4))).max().orElse(2023);
      int n = scale.periods(Math.max(baseYears, sample.size()));
      codes.set(periodDim, Scale.years(last, n).stream().map(y -> y + "JJ00").toList());
    }
    int largest = -1;
    for (int d = 0; d < codes.size(); d++) {
      if (header.get(d + 1).startsWith("Regio") && !regions.isEmpty()) {
        codes.set(d, padded(codes.get(d), regions));
      } else if (d != periodDim
          && !MAPPED.contains(header.get(d + 1))
          && (largest < 0 || codes.get(d).size() > codes.get(largest).size())) {
        largest = d;
      }
    }
    if (largest >= 0 && scale.categoryFactor() > 1) {
      List<String> c = codes.get(largest);
      codes.set(
          largest,
          padded(c, BenchCodes.extend(List.of(), scale.categories(c.size()) - c.size(), "B900")));
    }
    return this;
  }

  /**
   * Grows a municipal table whose municipalities change over time: the periods are the latest years
   * up to {@code last}, as many as the scale asks but none before {@code first} (the years the
   * municipal boundary lists cover), each with the municipalities of its own year only, so that
   * every code can be mapped to later boundaries; the categories make up for periods the range cuts
   * off, so cells still grow with the scale. Scales below 1 have fewer years instead (at least
   * {@value #MIN_BOUNDARY_YEARS}, so that a merger still falls inside), as the municipalities are
   * all there at every scale.
   *
   * @param regionsOn the municipality codes of a year
   */
  CbsTableShape growOnBoundaries(
      Scale scale, int baseYears, int first, int last, IntFunction<List<String>> regionsOn) {
    int region = regionDim();
    if (periodDim < 0 || region < 0) {
      throw new IllegalStateException("a table grown on boundaries needs a period and a region");
    }
    int base = Math.max(baseYears, codes.get(periodDim).size());
    int wanted =
        scale.factor() < 1
            ? (int) Math.max(MIN_BOUNDARY_YEARS, Math.round(base * scale.factor()))
            : scale.periods(base);
    int n = Math.min(wanted, last - first + 1);
    int width = codes.get(region).get(0).length();
    regionsByPeriod = new LinkedHashMap<>();
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (String year : Scale.years(last, n)) {
      Set<String> on = new LinkedHashSet<>();
      for (String code : regionsOn.apply(Integer.parseInt(year))) {
        on.add(code + " ".repeat(Math.max(0, width - code.length())));
      }
      regionsByPeriod.put(year + "JJ00", on);
      all.addAll(on);
    }
    codes.set(periodDim, new ArrayList<>(regionsByPeriod.keySet()));
    codes.set(region, new ArrayList<>(all));
    int largest = -1;
    for (int d = 0; d < codes.size(); d++) {
      if (d != periodDim
          && d != region
          && (largest < 0 || codes.get(d).size() > codes.get(largest).size())) {
        largest = d;
      }
    }
    if (largest >= 0 && scale.factor() > 1) {
      List<String> c = codes.get(largest);
      int target = (int) Math.round(c.size() * scale.factor() * baseYears / n);
      codes.set(largest, padded(c, BenchCodes.extend(List.of(), target - c.size(), "B900")));
    }
    return this;
  }

  /**
   * Takes topic values from a model instead of the sample: given a row's dimension codes by name
   * (trimmed), the values of its topics ({@code NaN} is written as {@code .}), or null to draw the
   * row like any other.
   */
  CbsTableShape values(Function<Map<String, String>, double[]> model) {
    this.model = model;
    return this;
  }

  private int regionDim() {
    for (int d = 0; d < codes.size(); d++) {
      if (header.get(d + 1).startsWith("Regio")) {
        return d;
      }
    }
    return -1;
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
    int region = regionsByPeriod == null ? -1 : regionDim();
    for (int d = 0; d < codes.size(); d++) {
      if (d != region && (region < 0 || d != periodDim)) {
        n *= codes.get(d).size();
      }
    }
    if (region >= 0) {
      n *= regionsByPeriod.values().stream().mapToLong(Set::size).sum();
    }
    return n;
  }

  /** Observations the grown table holds (rows times topics). */
  long cells() {
    return rows() * (header.size() - firstTopic);
  }

  void write(Path file, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = CbsCsv.open(file, bom)) {
      w.write(line(header));
      int[] index = new int[codes.size()];
      int region = regionsByPeriod == null ? -1 : regionDim();
      long id = 1;
      do {
        if (region >= 0
            && !regionsByPeriod
                .get(codes.get(periodDim).get(index[periodDim]))
                .contains(codes.get(region).get(index[region]))) {
          continue;
        }
        List<String> row = new ArrayList<>(header.size());
        row.add(Long.toString(id++));
        for (int d = 0; d < index.length; d++) {
          row.add(codes.get(d).get(index[d]));
        }
        double[] modelled = model == null ? null : model.apply(named(row));
        String[] base =
            modelled != null ? null : sampleValues.get(key(nonPeriod(row.subList(1, row.size()))));
        for (int t = firstTopic; t < header.size(); t++) {
          row.add(
              modelled != null
                  ? modelledValue(modelled[t - firstTopic], t)
                  : value(base == null ? null : base[t - firstTopic], t, random));
        }
        w.write(line(row));
      } while (BulkSpec.advance(index, codes));
    }
  }

  private Map<String, String> named(List<String> row) {
    Map<String, String> dims = new HashMap<>();
    for (int d = 1; d < firstTopic; d++) {
      dims.put(header.get(d), row.get(d).trim());
    }
    return dims;
  }

  private String modelledValue(double v, int topic) {
    String shape = widthSample[topic];
    String trimmed = shape.trim();
    int decimals =
        trimmed.indexOf('.') >= 0 && !trimmed.equals(".")
            ? trimmed.length() - trimmed.indexOf('.') - 1
            : 0;
    StringBuilder b = new StringBuilder();
    if (Double.isNaN(v)) {
      b.append('.');
    } else {
      BulkSpec.appendNumber(b, v, decimals);
    }
    return " ".repeat(Math.max(0, shape.length() - b.length())) + b;
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
    int decimals =
        trimmed.indexOf('.') >= 0 && !trimmed.equals(".")
            ? trimmed.length() - trimmed.indexOf('.') - 1
            : 0;
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
    return CbsCsv.line(fields, delimiter, "\r\n");
  }
}
