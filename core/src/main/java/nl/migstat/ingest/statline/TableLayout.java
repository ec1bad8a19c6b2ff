package nl.migstat.ingest.statline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.cbs.CbsCell;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.NumberStyle;

/**
 * Where things are in a StatLine table downloaded "as displayed": title, filter lines, the header
 * block (column dimensions, row-label names, units) and the footer, in the three shapes of MANIFEST
 * A6 (old Statweb), A7 (new StatLine) and A8 (header only, title and footer trimmed).
 *
 * @param title the table title (line 1), or null
 * @param filters fixed selections written above the table ({@code Persoonskenmerken: Totaal})
 * @param rowDims the names of the label columns; an empty name marks the unit column (A7)
 * @param columnDims the column dimensions, each with its label for every value column
 * @param columnUnits the unit of every value column (A6 unit row), or null
 * @param firstData index of the first data record
 * @param endData index after the last data record
 * @param footer the lines under the table ({@code Bron: CBS}, {@code © Centraal Bureau ...})
 */
record TableLayout(
    String title,
    Map<String, String> filters,
    List<String> rowDims,
    List<ColumnDim> columnDims,
    List<String> columnUnits,
    int firstData,
    int endData,
    List<String> footer) {

  /** Names StatLine gives the topic and period dimensions. */
  static final List<String> TOPIC_NAMES = List.of("Onderwerpen", "Onderwerp");

  static final String PERIODS = "Perioden";

  /** One dimension across the columns and its label above each value column. */
  record ColumnDim(String name, List<String> labels) {}

  int labelColumns() {
    return rowDims.size();
  }

  int valueColumns() {
    return columnDims.get(0).labels().size();
  }

  /** Finds the parts of a table; a file without a recognisable header block is unusable. */
  static TableLayout parse(List<CsvRecord> records, String file) {
    if (records.isEmpty()) {
      throw new BadInputException(file, 0, "the file is empty");
    }
    int i = 0;
    String title = null;
    Map<String, String> filters = new LinkedHashMap<>();
    if (onlyFirstCell(records.get(0))) {
      title = records.get(0).field(0).trim();
      i = 1;
      while (i < records.size()
          && onlyFirstCell(records.get(i))
          && records.get(i).field(0).contains(": ")) {
        String f = records.get(i++).field(0).trim();
        int colon = f.indexOf(": ");
        filters.put(f.substring(0, colon).trim(), f.substring(colon + 2).trim());
      }
    }
    int end = records.size();
    List<String> footer = new ArrayList<>();
    while (end > i && (blank(records.get(end - 1)) || onlyFirstCell(records.get(end - 1)))) {
      CsvRecord r = records.get(--end);
      if (!blank(r)) {
        footer.add(0, r.field(0).trim());
      }
    }
    Header h =
        title == null
            ? bare(records, i, file)
            : namesLine(records, i)
                ? newStatLine(records, i, file)
                : statweb(records, i, end, file);
    return new TableLayout(
        title, filters, h.rowDims, h.columnDims, h.units, h.firstData, end, footer);
  }

  private record Header(
      List<String> rowDims, List<ColumnDim> columnDims, List<String> units, int firstData) {}

  /** A8: the first line is the header; the value columns are periods without a dimension name. */
  private static Header bare(List<CsvRecord> records, int i, String file) {
    CsvRecord header = checked(records, i, file);
    int k = 1;
    while (k < header.size() && PeriodLabel.parse(header.field(k)).isEmpty()) {
      k++;
    }
    if (k >= header.size()) {
      throw new BadInputException(
          file,
          header.line(),
          "no title and no period labels in the" + " header: not a StatLine table layout");
    }
    int n = lastFilled(List.of(header), k);
    ColumnDim periods = new ColumnDim(PERIODS, cells(header, k, n));
    return new Header(cells(header, 0, k), List.of(periods), null, i + 1);
  }

  /** A7: {@code "";"";"";"Perioden"} names the column dimension above the header line. */
  private static boolean namesLine(List<CsvRecord> records, int i) {
    if (i + 1 >= records.size()) {
      return false;
    }
    CsvRecord r = records.get(i);
    int j = firstFilled(r);
    return j >= 1 && lastFilled(List.of(r), 0) == j + 1 && records.get(i + 1).size() > j + 1;
  }

  private static Header newStatLine(List<CsvRecord> records, int i, String file) {
    CsvRecord names = checked(records, i, file);
    CsvRecord header = checked(records, i + 1, file);
    int k = firstFilled(names);
    int n = lastFilled(List.of(header), k);
    ColumnDim dim = new ColumnDim(names.field(k).trim(), cells(header, k, n));
    return new Header(cells(header, 0, k), List.of(dim), null, i + 2);
  }

  /**
   * A6: header rows carry a column dimension's name in the last label column and its labels across;
   * the unit row under them names the row dimensions and gives each column's unit. With two or more
   * label columns the header rows are told apart by their empty first cells; with one, the unit row
   * is the row above the first row of numbers (a {@code Perioden} row of bare years is never data).
   */
  private static Header statweb(List<CsvRecord> records, int i, int end, String file) {
    CsvRecord first = checked(records, i, file);
    if (blank(first)) {
      throw new BadInputException(
          file,
          first.line(),
          "a blank line where the header rows start: not a StatLine table layout");
    }
    int k = firstFilled(first) + 1;
    int unitRow = i;
    if (k >= 2) {
      while (unitRow < end && firstFilled(checked(records, unitRow, file)) == k - 1) {
        unitRow++;
      }
    } else {
      while (unitRow + 1 < end && !isData(records.get(unitRow + 1))) {
        unitRow++;
      }
    }
    if (unitRow == i || unitRow >= end) {
      throw new BadInputException(
          file,
          records.get(i).line(),
          "no header rows followed by a unit row: not a StatLine table layout");
    }
    for (int r = i; r <= unitRow; r++) {
      checked(records, r, file);
    }
    List<CsvRecord> block = records.subList(i, unitRow + 1);
    int n = lastFilled(block, k);
    List<ColumnDim> dims = new ArrayList<>();
    for (CsvRecord r : block.subList(0, block.size() - 1)) {
      // A header row may be shorter than the row above it (a fuzzed layout was, issue 21).
      dims.add(new ColumnDim(cells(r, k - 1, 1).get(0), cells(r, k, n)));
    }
    CsvRecord units = records.get(unitRow);
    return new Header(cells(units, 0, k), dims, cells(units, k, n), unitRow + 1);
  }

  private static boolean isData(CsvRecord r) {
    if (r.error() != null || r.size() < 2 || r.field(0).trim().equals(PERIODS)) {
      return false;
    }
    for (int c = 1; c < r.size(); c++) {
      if (CbsCell.parse(r.field(c), NumberStyle.COMMA).isError()
          && CbsCell.parse(r.field(c), NumberStyle.POINT).isError()) {
        return false;
      }
    }
    return true;
  }

  private static CsvRecord checked(List<CsvRecord> records, int i, String file) {
    if (i >= records.size()) {
      throw new BadInputException(file, 0, "the header block ends with the file");
    }
    CsvRecord r = records.get(i);
    if (r.error() != null) {
      throw new BadInputException(file, r.line(), "unreadable header line: " + r.error());
    }
    return r;
  }

  /** A readable line without content; an undecodable line is never blank (it is rejected). */
  private static boolean blank(CsvRecord r) {
    return r.error() == null && r.isBlank();
  }

  /** True when only the first cell is filled: a title, filter or footer line. */
  static boolean onlyFirstCell(CsvRecord r) {
    return r.error() == null && !r.field(0).isBlank() && lastFilled(List.of(r), 0) == 1;
  }

  private static int firstFilled(CsvRecord r) {
    for (int c = 0; c < r.size(); c++) {
      if (!r.field(c).isBlank()) {
        return c;
      }
    }
    return r.size();
  }

  /** Number of value columns from {@code from}: up to the last filled cell in any record. */
  private static int lastFilled(List<CsvRecord> rows, int from) {
    int last = from;
    for (CsvRecord r : rows) {
      for (int c = r.size() - 1; c >= from; c--) {
        if (!r.field(c).isBlank()) {
          last = Math.max(last, c + 1);
          break;
        }
      }
    }
    return last - from;
  }

  private static List<String> cells(CsvRecord r, int from, int count) {
    List<String> out = new ArrayList<>(count);
    for (int c = from; c < from + count; c++) {
      out.add(c < r.size() ? r.field(c).trim() : "");
    }
    return out;
  }
}
