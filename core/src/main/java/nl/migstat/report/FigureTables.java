package nl.migstat.report;

import java.util.List;
import nl.migstat.export.ReportFigures.TableRow;

/** A figure's table as XHTML: the header row, the data rows (totals bold) and a caption. */
final class FigureTables {
  private FigureTables() {}

  /**
   * The table; {@code labelColumns} leading columns are row headers ({@code th scope="row"}), the
   * others figures, right-aligned.
   */
  static String table(String caption, List<String> headers, List<TableRow> rows, int labels) {
    Html h = new Html();
    h.raw("<table class=\"figures\">\n");
    h.element("caption", "", caption);
    h.raw("<thead><tr>");
    for (String header : headers) {
      h.raw("<th scope=\"col\">").raw(Html.escaped(header)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (TableRow row : rows) {
      h.raw(row.total() ? "<tr class=\"total\">" : "<tr>");
      for (int c = 0; c < row.cells().size(); c++) {
        String text = Html.escaped(row.cells().get(c));
        if (c < labels) {
          h.raw("<th scope=\"row\">").raw(text).raw("</th>");
        } else {
          h.raw("<td>").raw(text).raw("</td>");
        }
      }
      h.raw("</tr>\n");
    }
    return h.raw("</tbody>\n</table>\n").toString();
  }
}
