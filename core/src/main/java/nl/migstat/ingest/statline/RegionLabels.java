package nl.migstat.ingest.statline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CBS region codes for the region labels of StatLine label downloads (MANIFEST A2: {@code
 * 's-Gravenhage (gemeente)}, {@code Groningen (PV)}, {@code Noord-Nederland (LD)}, {@code
 * Nederland}), from the bundled list {@code codelists/nl-regions.csv}.
 *
 * <p>Names are matched exactly (homonyms carry CBS's own suffix: {@code Bergen (L.)}, {@code Bergen
 * (NH.)}). A name is looked up among the labels valid in the period's year first; when none is, any
 * year is accepted if the name means one code only, because StatLine labels every period with the
 * table's own (often newer) names: a 2015 figure of a 2023 download says {@code Fryslân (PV)}.
 */
public final class RegionLabels {
  /** The level suffixes StatLine appends to region labels, with the code prefix they stand for. */
  private static final Map<String, String> SUFFIX_LEVEL =
      Map.of("gemeente", "GM", "PV", "PV", "LD", "LD");

  private static final Pattern SUFFIX = Pattern.compile("(.+) \\(([^()]+)\\)");
  private static final String RESOURCE = "/codelists/nl-regions.csv";
  private static final RegionLabels BUNDLED = load();

  private final Map<String, List<Entry>> byLevelAndLabel = new HashMap<>();
  private final Map<String, Set<String>> byFoldedLabel = new HashMap<>();

  /**
   * One row of the list.
   *
   * @param code CBS code ({@code GM0518}, {@code PV21}, {@code NL01})
   * @param label the CBS name without level suffix
   * @param level {@code NL}, {@code LD}, {@code PV} or {@code GM}
   * @param firstYear first year (on 1 January) the label is valid, or null for every year
   * @param lastYear last such year, or null for every year
   */
  public record Entry(
      String code, String label, String level, Integer firstYear, Integer lastYear) {
    boolean validIn(int year) {
      return (firstYear == null || firstYear <= year) && (lastYear == null || year <= lastYear);
    }
  }

  /** A region code, or why a label has none. */
  public record Resolution(String code, String error) {
    public boolean ok() {
      return code != null;
    }
  }

  private RegionLabels(List<Entry> entries) {
    for (Entry e : entries) {
      byLevelAndLabel.computeIfAbsent(key(e.level(), e.label()), k -> new ArrayList<>()).add(e);
      byFoldedLabel
          .computeIfAbsent(key(e.level(), fold(e.label())), k -> new TreeSet<>())
          .add(e.label());
    }
  }

  /** The bundled list. */
  public static RegionLabels bundled() {
    return BUNDLED;
  }

  /**
   * Resolves a StatLine label with its level suffix ({@code 's-Gravenhage (gemeente)}) or the
   * country ({@code Nederland}).
   *
   * @param year the year of the figure, or null when any year will do
   */
  public Resolution resolve(String statlineLabel, Integer year) {
    String s = statlineLabel.trim();
    if (s.equals("Nederland")) {
      return resolve(s, "NL", year);
    }
    Matcher m = SUFFIX.matcher(s);
    if (!m.matches()) {
      return new Resolution(
          null,
          "region label '"
              + s
              + "' has no level suffix ((gemeente), (PV), (LD)) and is not Nederland");
    }
    String level = SUFFIX_LEVEL.get(m.group(2));
    if (level == null) {
      return new Resolution(
          null,
          "region label '"
              + s
              + "': level '"
              + m.group(2)
              + "' is not in the bundled region list (NL01, LD, PV, GM)");
    }
    Resolution r = resolve(m.group(1).trim(), level, year);
    return r.ok() ? r : new Resolution(null, "region label '" + s + "': " + r.error());
  }

  /** Resolves a bare name at a known level ({@code NL}, {@code LD}, {@code PV}, {@code GM}). */
  public Resolution resolve(String name, String level, Integer year) {
    List<Entry> all = byLevelAndLabel.getOrDefault(key(level, name), List.of());
    if (all.isEmpty()) {
      return new Resolution(
          null,
          "region '"
              + name
              + "' ("
              + level
              + ") is not in the bundled CBS region list"
              + suggestion(name, level));
    }
    if (year != null) {
      Set<String> inYear = codes(all.stream().filter(e -> e.validIn(year)).toList());
      if (inYear.size() == 1) {
        return new Resolution(inYear.iterator().next(), null);
      }
    }
    Set<String> any = codes(all);
    if (any.size() == 1) {
      return new Resolution(any.iterator().next(), null);
    }
    return new Resolution(
        null,
        "region '"
            + name
            + "' ("
            + level
            + ") names "
            + any
            + (year == null ? "" : " and none of them alone in " + year));
  }

  private String suggestion(String name, String level) {
    Set<String> near = byFoldedLabel.getOrDefault(key(level, fold(name)), Set.of());
    return near.isEmpty()
        ? ""
        : "; did you mean " + near + "? (diacritics may have been stripped from the file)";
  }

  private static Set<String> codes(List<Entry> entries) {
    Set<String> codes = new TreeSet<>();
    entries.forEach(e -> codes.add(e.code()));
    return codes;
  }

  private static String key(String level, String label) {
    return level + "\u0000" + label;
  }

  private static String fold(String label) {
    return Normalizer.normalize(label, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static RegionLabels load() {
    try (InputStream in = RegionLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RegionLabels parse(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !header.startsWith("code;label;level;first_year;last_year")) {
      throw new IllegalStateException(RESOURCE + ": unexpected header " + header);
    }
    List<Entry> entries = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String[] f = line.split(";", -1);
      entries.add(new Entry(f[0], f[1], f[2], year(f[3]), year(f[4])));
    }
    return new RegionLabels(entries);
  }

  private static Integer year(String s) {
    return s.isEmpty() ? null : Integer.valueOf(s);
  }
}
