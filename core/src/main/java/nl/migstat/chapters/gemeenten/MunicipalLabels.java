package nl.migstat.chapters.gemeenten;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.migstat.chapters.CodeList;
import nl.migstat.harmonise.DutchLabels;

/**
 * The code lists of the municipal tables' label columns: municipalities by their name in the
 * reference year, background groups by the project's ids or the herkomst source's titles.
 */
final class MunicipalLabels {
  /** Municipalities under the name of the reference year's list. */
  static final CodeList MUNICIPALITIES = CodeList.municipalities();

  /**
   * The groups: 84910NED's and the Kerncijfers' groups by the project's ids ({@code nederlands},
   * {@code niet_westers}, list {@code municipal_group}); herkomst codes ({@code H008859}) by the
   * source's own Herkomstland or Herkomst titles, else the background bridge's herkomst labels.
   */
  static final CodeList GROUPS =
      CodeList.of("municipal background groups", groups(), "Herkomstland", "Herkomst");

  private MunicipalLabels() {}

  private static Map<String, String> groups() {
    Map<String, String> labels =
        new LinkedHashMap<>(DutchLabels.backgroundGroups("cbs-herkomstland"));
    labels.putAll(DutchLabels.categories("municipal_group"));
    return labels;
  }
}
