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
import nl.migstat.ingest.text.Excerpt;

/**
 * CBS region codes for the region labels of StatLine label downloads (MANIFEST A2: {@code
 * 's-Gravenhage (gemeente)}, {@code Groningen (PV)}, {@code Noord-Nederland (LD)}, {@code
 * Nederland}), from the bundled list {@code codelists/nl-regions.csv}, which names every
 * municipality from 1990 on.
 *
 * <p>A municipal table over many years (Regionale kerncijfers) writes a municipality's bare name
 * ({@code Aa en Hunze}, {@code Appingedam}) and adds {@code (gemeente)} only where the name is also
 * a province's or another region's ({@code Utrecht (gemeente)}, {@code Groningen (gemeente)},
 * {@code 's-Gravenhage (gemeente)}); homonymous municipalities carry CBS's own suffix inside the
 * name ({@code Beek (L.)}, {@code Hengelo (O.)}, {@code Bergen (NH.)}). So a label without a level
 * suffix, or with a suffix that is no level, is a municipality's name.
 *
 * <p>Names are matched exactly. A name is looked up among the labels valid in the period's year
 * first, so that a name CBS gave to two municipalities in turn ({@code Sluis}: GM0713 until 1994,
 * GM1714 from 2003) is told apart by the row's period; when no label of that year matches, any year
 * is accepted if the name means one code only, because StatLine labels every period with the
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
    String level = m.matches() ? SUFFIX_LEVEL.get(m.group(2)) : null;
    if (level != null) {
      Resolution r = resolve(m.group(1).trim(), level, year);
      return r.ok()
          ? r
          : new Resolution(null, "region label " + Excerpt.quoted(s) + ": " + r.error());
    }
    Resolution municipality = resolve(s, "GM", year);
    if (municipality.ok()) {
      return municipality;
    }
    if (m.matches() && byLevelAndLabel.get(key("GM", s)) == null) {
      return new Resolution(
          null,
          "region label "
              + Excerpt.quoted(s)
              + ": level "
              + Excerpt.quoted(m.group(2))
              + " is not in the bundled region list (NL01, LD, PV, GM), nor is "
              + Excerpt.quoted(s)
              + " a municipality's name");
    }
    return new Resolution(
        null,
        "region label "
            + Excerpt.quoted(s)
            + " (no level suffix: read as a municipality's name): "
            + municipality.error());
  }

  /** Resolves a bare name at a known level ({@code NL}, {@code LD}, {@code PV}, {@code GM}). */
  public Resolution resolve(String name, String level, Integer year) {
    List<Entry> all = byLevelAndLabel.getOrDefault(key(level, name), List.of());
    if (all.isEmpty()) {
      return new Resolution(
          null,
          "region "
              + Excerpt.quoted(name)
              + " ("
              + level
              + ") is not in the bundled CBS region list"
              + suggestion(name, level));
    }
    if (year != null) {
      Set<String> inYear = codes(all.stream().filter(e -> e.validIn(year)).toList());
      if (inYear.size() == 1) {
        return new Resolution(inYear.iterator().next(), null);
      }
      Set<String> nearest = inYear.isEmpty() ? nearestHolder(all, year) : inYear;
      if (nearest.size() == 1) {
        return new Resolution(nearest.iterator().next(), null);
      }
    }
    Set<String> any = codes(all);
    if (any.size() == 1) {
      return new Resolution(any.iterator().next(), null);
    }
    return new Resolution(
        null,
        "region "
            + Excerpt.quoted(name)
            + " ("
            + level
            + ") names "
            + any
            + (year == null ? "" : " and none of them alone in " + year));
  }

  /**
   * For a year in which no code carries the name: the code that carries it in the nearest later
   * year, else in the nearest earlier one. StatLine names every period of a table with the table's
   * own, newest names, so in a table of 1995-2023 the empty 1998 cell of {@code Sluis} is that of
   * GM1714 (Sluis from 2003), not of GM0713 (Sluis until 1994).
   */
  private static Set<String> nearestHolder(List<Entry> all, int year) {
    Integer later = null;
    Integer earlier = null;
    for (Entry e : all) {
      if (e.firstYear() != null && e.firstYear() > year) {
        later = later == null ? e.firstYear() : Math.min(later, e.firstYear());
      }
      if (e.lastYear() != null && e.lastYear() < year) {
        earlier = earlier == null ? e.lastYear() : Math.max(earlier, e.lastYear());
      }
    }
    int from = later != null ? later : earlier != null ? earlier : year;
    return codes(all.stream().filter(e -> e.validIn(from)).toList());
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
