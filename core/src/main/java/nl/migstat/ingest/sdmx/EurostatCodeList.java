package nl.migstat.ingest.sdmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.migstat.ingest.eurostat.EurostatKeys;
import nl.migstat.ingest.text.Excerpt;

/**
 * Maps the labels that Eurostat's data browser (MANIFEST B3) and old Data Explorer (B5) wrote
 * instead of codes back to Eurostat codes, per dimension, accepting the label variants Eurostat
 * used over time ({@code Germany (until 1990 former territory of the FRG)} and {@code Germany} are
 * both {@code DE}).
 *
 * <p>Country labels are listed once under {@code geo}; the other country dimensions ({@code
 * citizen}, {@code c_birth}, {@code partner}) look up their own entries first (aggregates such as
 * {@code Extra-EU-28}) and then the {@code geo} ones. Runs of white space count as one space
 * (TPS00203 writes {@code Euro area - 19 countries (2015-2022)} with two).
 */
public final class EurostatCodeList {
  /**
   * The bundled list: UTF-8, {@code dimension;code;label;aggregate}, one label variant per line;
   * the chapters read the {@code aggregate} mark (a grouping, not a single country), this reader
   * only the first three columns.
   */
  public static final String RESOURCE = "/codelists/eurostat-labels.csv";

  private static final String HEADER = "dimension;code;label";
  private static final String HEADER_WITH_MARK = HEADER + ";aggregate";
  private static final String COUNTRIES = "geo";
  private static final Set<String> COUNTRY_DIMENSIONS = Set.of("citizen", "c_birth", "partner");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static volatile EurostatCodeList bundled;

  private final Map<String, Map<String, String>> codeByLabel;
  private final int size;

  private EurostatCodeList(Map<String, Map<String, String>> codeByLabel, int size) {
    this.codeByLabel = codeByLabel;
    this.size = size;
  }

  /** The list shipped in {@link #RESOURCE}, loaded once. */
  public static EurostatCodeList bundled() {
    EurostatCodeList list = bundled;
    if (list == null) {
      try (InputStream in = EurostatCodeList.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("code list " + RESOURCE + " is missing from the build");
        }
        list = parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = list;
    }
    return list;
  }

  /**
   * Reads a list in the bundled format; a label given two codes in one dimension is an error, since
   * it could not be mapped back faithfully.
   */
  public static EurostatCodeList parse(Reader reader, String name) throws IOException {
    Map<String, Map<String, String>> byDimension = new HashMap<>();
    int count = 0;
    BufferedReader lines = new BufferedReader(reader);
    String header = lines.readLine();
    if (header == null
        || !(header.strip().equals(HEADER) || header.strip().equals(HEADER_WITH_MARK))) {
      throw new IllegalStateException(
          name + ": the first line must be '" + HEADER + "' or '" + HEADER_WITH_MARK + "'");
    }
    int fields = header.strip().equals(HEADER) ? 3 : 4;
    String line;
    int number = 1;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(";", -1);
      if (parts.length != fields || parts[1].isBlank() || parts[2].isBlank()) {
        throw new IllegalStateException(
            name + ":" + number + ": expected " + (fields == 3 ? HEADER : HEADER_WITH_MARK));
      }
      String dimension = EurostatKeys.normalise(parts[0]);
      String code = parts[1].strip();
      String label = normalise(parts[2]);
      String before = byDimension.computeIfAbsent(dimension, d -> new HashMap<>()).put(label, code);
      if (before != null && !before.equals(code)) {
        throw new IllegalStateException(
            name
                + ":"
                + number
                + ": label "
                + Excerpt.quoted(label)
                + " of "
                + dimension
                + " maps to both "
                + before
                + " and "
                + code);
      }
      count++;
    }
    return new EurostatCodeList(byDimension, count);
  }

  /** The code of a label in a dimension (id in any case), or empty when the list lacks it. */
  public Optional<String> code(String dimension, String label) {
    String dim = EurostatKeys.normalise(dimension);
    String key = normalise(label);
    String code = codeByLabel.getOrDefault(dim, Map.of()).get(key);
    if (code == null && COUNTRY_DIMENSIONS.contains(dim)) {
      code = codeByLabel.getOrDefault(COUNTRIES, Map.of()).get(key);
    }
    return Optional.ofNullable(code);
  }

  /** Whether the list has any label for the dimension, for a precise reject reason. */
  public boolean knows(String dimension) {
    String dim = EurostatKeys.normalise(dimension);
    return codeByLabel.containsKey(dim) || COUNTRY_DIMENSIONS.contains(dim);
  }

  /** Number of label variants listed. */
  public int size() {
    return size;
  }

  private static String normalise(String label) {
    return SPACES.matcher(label.strip()).replaceAll(" ");
  }
}
