package nl.migstat.ingest.cbs;

import java.util.OptionalDouble;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.ingest.text.NumberStyle;
import nl.migstat.model.Status;

/**
 * A CBS value cell with the StatLine symbols decoded: {@code .} no figure, {@code x} secret, {@code
 * -} nil, {@code ?} unreliable, empty = not applicable. Values are right-aligned in the OData
 * exports ({@code " 244357"}), so cells are trimmed first.
 *
 * @param value the number, or null
 * @param status the status, or null for an ordinary figure
 * @param flag the symbol as written (trimmed), or null for a plain number
 * @param error null, or why the cell is neither a number nor a CBS symbol
 */
public record CbsCell(Double value, Status status, String flag, String error) {

  /** Decodes one cell in the given number style. */
  public static CbsCell parse(String raw, NumberStyle style) {
    String s = raw.trim();
    switch (s) {
      case "":
        return new CbsCell(null, Status.NOT_APPLICABLE, "", null);
      case ".":
        return new CbsCell(null, Status.NOT_AVAILABLE, ".", null);
      case "x":
        return new CbsCell(null, Status.CONFIDENTIAL, "x", null);
      case "-":
        return new CbsCell(0.0, null, "-", null);
      case "?":
        return new CbsCell(null, Status.LOW_RELIABILITY, "?", null);
      default:
        OptionalDouble d = style.parse(s);
        if (d.isPresent()) {
          return new CbsCell(d.getAsDouble(), null, null, null);
        }
        return new CbsCell(null, null, null, "not a number or CBS symbol: " + Excerpt.quoted(s));
    }
  }

  public boolean isError() {
    return error != null;
  }
}
