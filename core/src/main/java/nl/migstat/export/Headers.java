package nl.migstat.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Column headers an Excel table object accepts: non-empty and unique ignoring case. */
final class Headers {
  private Headers() {}

  /** The headers, a blank one named {@code Kolom n}, a repeated one suffixed {@code (2)}, … */
  static List<String> unique(List<String> headers) {
    Set<String> taken = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      String base = h == null || h.isBlank() ? "Kolom " + (i + 1) : h.strip();
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + " (" + n + ")";
      }
      out.add(name);
    }
    return out;
  }
}
