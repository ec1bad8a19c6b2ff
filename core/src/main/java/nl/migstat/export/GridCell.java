package nl.migstat.export;

import java.util.Locale;
import nl.migstat.model.StatusSet;

/**
 * One cell of a pivoted block before it is written: a text, a figure with its status (shown the CBS
 * way by {@link FigureNotation}), a whole number, a change between two years, or nothing.
 *
 * @param kind what the cell holds
 * @param text the text of a TEXT cell
 * @param number the number of a FIGURE, INTEGER or CHANGE cell, or null (a CHANGE without one shows
 *     {@code .})
 * @param status the status code of a FIGURE (its strongest state), or null
 * @param decimals decimals shown for a FIGURE or CHANGE
 * @param states every state of a FIGURE ({@code break,provisional}), or null for its status alone
 */
record GridCell(Kind kind, String text, Double number, String status, int decimals, String states) {
  /** What a cell holds. */
  enum Kind {
    TEXT,
    FIGURE,
    INTEGER,
    CHANGE,
    EMPTY
  }

  static final GridCell EMPTY = new GridCell(Kind.EMPTY, null, null, null, 0, null);

  static GridCell text(String text) {
    return text == null ? EMPTY : new GridCell(Kind.TEXT, text, null, null, 0, null);
  }

  static GridCell figure(Double value, String status, int decimals) {
    return figure(value, status, decimals, null);
  }

  static GridCell figure(Double value, String status, int decimals, String states) {
    return new GridCell(Kind.FIGURE, null, value, status, decimals, states);
  }

  static GridCell integer(long value) {
    return new GridCell(Kind.INTEGER, null, (double) value, null, 0, null);
  }

  static GridCell change(Double value, int decimals) {
    return new GridCell(Kind.CHANGE, null, value, null, decimals, null);
  }

  /** The number a chart plots for this cell, or null for a gap (a figure shown as a symbol). */
  Double plotted() {
    if (kind == Kind.FIGURE) {
      return Changes.published(this);
    }
    return kind == Kind.CHANGE || kind == Kind.INTEGER ? number : null;
  }

  /** Every state of a FIGURE: its states where given, else its status alone. */
  StatusSet stateSet() {
    return states == null
        ? StatusSet.of(status == null ? null : TableView.status(status))
        : StatusSet.fromCode(states);
  }

  /** The characters the cell needs, for the column width. */
  int width() {
    switch (kind) {
      case TEXT:
        return text.length();
      case EMPTY:
        return 0;
      default:
        return number == null
            ? 1
            : String.format(Locale.ROOT, "%,." + decimals + "f", number).length() + 2;
    }
  }
}
