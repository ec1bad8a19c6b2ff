package nl.migstat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Real codes for generated inputs, from the bundled code lists: Eurostat country codes ({@code
 * countries.csv}) and the municipalities of 2023 ({@code municipality-provinces.csv}), so generated
 * files pass the same code checks as published ones; synthetic codes only for extra categories.
 */
final class BenchCodes {
  /** The age classes of Eurostat migration tables (16, as in migr_imm1ctz). */
  static final List<String> AGES =
      List.of(
          "TOTAL", "Y_LT5", "Y5-9", "Y10-14", "Y15-19", "Y20-24", "Y25-29", "Y30-34", "Y35-39",
          "Y40-44", "Y45-49", "Y50-54", "Y55-59", "Y60-64", "Y_GE65", "UNK");

  private BenchCodes() {}

  /** The EU and EFTA reporting countries (31 or so), in list order. */
  static List<String> reportingCountries() {
    List<String> geo = new ArrayList<>();
    for (String[] row : rows("countries.csv")) {
      if (row.length > 7 && (row[6].equals("1") || row[7].equals("1"))) {
        geo.add(row[0]);
      }
    }
    return geo;
  }

  /** {@code n} citizenship codes: the aggregates, every listed country, then synthetic codes. */
  static List<String> citizenships(int n) {
    Set<String> codes =
        new LinkedHashSet<>(
            List.of("TOTAL", "EU27_2020_FOR", "EXT_EU27_2020", "NAT", "STLS", "UNK"));
    for (String[] row : rows("countries.csv")) {
      codes.add(row[0]);
    }
    List<String> list = new ArrayList<>(codes);
    return extend(list, n, "C");
  }

  /** The municipalities of 2023 (342 codes such as {@code GM0363}). */
  static List<String> municipalities() {
    List<String> gm = new ArrayList<>();
    for (String[] row : rows("municipality-provinces.csv")) {
      if (row[0].startsWith("GM") && (row[2].isEmpty() || Integer.parseInt(row[2]) >= 2023)) {
        gm.add(row[0]);
      }
    }
    return gm;
  }

  /** The first {@code n} codes, or all of them followed by {@code prefix}001, 002, ... up to n. */
  static List<String> extend(List<String> codes, int n, String prefix) {
    List<String> out = new ArrayList<>(codes.subList(0, Math.min(n, codes.size())));
    for (int i = 1; out.size() < n; i++) {
      out.add(prefix + String.format(Locale.ROOT, "%03d", i));
    }
    return out;
  }

  private static List<String[]> rows(String list) {
    String path = "/codelists/" + list;
    try (InputStream in = BenchCodes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled code list missing: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          rows.add(line.split(";", -1));
        }
        header = false;
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
