package nl.migstat.report;

import java.util.List;
import nl.migstat.export.ReportFigures.TableRow;

/**
 * One municipal map as the page shows it: the choropleth with its legend, and the table of the
 * municipalities it colours.
 *
 * @param title the map's title
 * @param svg the inline {@code <svg>} element with {@code <title>} and {@code <desc>}
 * @param description the map in words (its alt text)
 * @param note how the classes are made, and what grey and hatching mean
 * @param headers the table's column headers
 * @param rows one row per municipality with a figure or a secret one
 */
record MapFigure(
    String title,
    String svg,
    String description,
    String note,
    List<String> headers,
    List<TableRow> rows) {}
