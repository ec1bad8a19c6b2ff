package nl.migstat.export;

import java.awt.Color;
import java.util.List;

/**
 * The one colour scheme of every chart, native in the workbook and drawn as PNG and SVG: the
 * Okabe–Ito colours (readable with colour blindness), a dark blue first, the yellow replaced by a
 * grey that shows on white paper.
 */
final class ChartPalette {
  static final List<String> HEX =
      List.of("1F4E79", "E69F00", "56B4E9", "009E73", "D55E00", "CC79A7", "0072B2", "7F7F7F");

  static final String AXIS = "595959";
  static final String GRID = "D9D9D9";

  private ChartPalette() {}

  /** The colour of series {@code i}, repeating after the last. */
  static String hex(int i) {
    return HEX.get(i % HEX.size());
  }

  static byte[] rgb(String hex) {
    int v = Integer.parseInt(hex, 16);
    return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
  }

  static Color color(String hex) {
    return new Color(Integer.parseInt(hex, 16));
  }
}
