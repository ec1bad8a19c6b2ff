package nl.migstat.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a report author sees with a table: its title, unit and footnotes, and each column's label,
 * kind and number format. The Parquet schema and the workbook sheet are both made from it.
 *
 * @param name the table's name ({@code migration_balance}), also its folder and sheet name
 * @param title the Dutch title printed above the sheet
 * @param unit the unit line ({@code aantal personen})
 * @param footnotes definitions and caveats printed below the title
 * @param columns the columns in output order
 */
public record TableInfo(
    String name, String title, String unit, List<String> footnotes, List<ColumnInfo> columns) {

  /**
   * One output column.
   *
   * @param name snake_case column name in Parquet
   * @param label the Dutch header in the workbook
   * @param kind what the column holds
   * @param decimals decimals shown for a figure (0 for counts, 1 for rates)
   */
  public record ColumnInfo(String name, String label, Kind kind, int decimals) {
    /** A dimension or label column. */
    public static ColumnInfo text(String name, String label) {
      return new ColumnInfo(name, label, Kind.TEXT, 0);
    }

    /** A whole-number dimension such as a year or rank. */
    public static ColumnInfo integer(String name, String label) {
      return new ColumnInfo(name, label, Kind.INTEGER, 0);
    }

    /**
     * A figure with a status column {@code <name>_status} (its strongest state) and a states column
     * {@code <name>_states} (every state) beside it.
     */
    public static ColumnInfo figure(String name, String label, int decimals) {
      return new ColumnInfo(name, label, Kind.FIGURE, decimals);
    }

    /**
     * The Dutch label column {@code <codeColumn>_label} of a code column, placed right after it:
     * the workbook shows it in place of the codes, Parquet keeps both.
     */
    public static ColumnInfo label(String codeColumn, String header) {
      return new ColumnInfo(codeColumn + LABEL_SUFFIX, header, Kind.TEXT, 0);
    }

    /** A yes/no marker such as "the Netherlands". */
    public static ColumnInfo flag(String name, String label) {
      return new ColumnInfo(name, label, Kind.BOOLEAN, 0);
    }

    /** The name of the status column of this figure. */
    public String statusColumn() {
      return TableInfo.statusColumn(name);
    }

    /** The name of the states column of this figure. */
    public String statesColumn() {
      return TableInfo.statesColumn(name);
    }
  }

  /**
   * The status column beside a figure column: {@code count} → {@code count_status}, the figure's
   * strongest state ({@code break}), null for an ordinary figure.
   */
  public static String statusColumn(String figure) {
    return figure + STATUS_SUFFIX;
  }

  /**
   * The states column beside a figure column: {@code count} → {@code count_states}, every state of
   * the figure, strongest first ({@code break,provisional}: {@link StatusSet#code()}), null for an
   * ordinary figure. A figure computed from others carries every state of those it was computed
   * from, so a break is never hidden under provisional.
   */
  public static String statesColumn(String figure) {
    return figure + STATES_SUFFIX;
  }

  private static final String STATUS_SUFFIX = "_status";
  private static final String STATES_SUFFIX = "_states";

  /** The suffix of a label column: {@code country_code} → {@code country_code_label}. */
  public static final String LABEL_SUFFIX = "_label";

  /**
   * What a label cell holds before the code when no code list has a label for it: {@code [code]
   * NAT9999}, so that a reader sees a code where a name belongs.
   */
  public static final String UNLABELLED_MARKER = "[code] ";

  /** The label cell of a code no code list names: the code behind {@link #UNLABELLED_MARKER}. */
  public static String unlabelled(String code) {
    return UNLABELLED_MARKER + code;
  }

  /** The label column of {@code codeColumn}, when the table has one. */
  public Optional<ColumnInfo> labelColumnOf(String codeColumn) {
    String name = codeColumn + LABEL_SUFFIX;
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Whether {@code name} is the label column of another column of this table. */
  public boolean isLabelColumn(String name) {
    return name.endsWith(LABEL_SUFFIX)
        && columns.stream().anyMatch(c -> c.name().equals(name))
        && codeColumnOf(name).isPresent();
  }

  /** The code column a label column names, when the table has it. */
  public Optional<ColumnInfo> codeColumnOf(String labelColumn) {
    if (!labelColumn.endsWith(LABEL_SUFFIX)) {
      return Optional.empty();
    }
    String code = labelColumn.substring(0, labelColumn.length() - LABEL_SUFFIX.length());
    return columns.stream().filter(c -> c.name().equals(code)).findFirst();
  }

  /** Kinds of columns. */
  public enum Kind {
    TEXT,
    INTEGER,
    FIGURE,
    BOOLEAN
  }

  /** This table with {@code footnote} after its other footnotes (unless it has it already). */
  public TableInfo withFootnote(String footnote) {
    if (footnotes.contains(footnote)) {
      return this;
    }
    List<String> more = new java.util.ArrayList<>(footnotes);
    more.add(footnote);
    return new TableInfo(name, title, unit, List.copyOf(more), columns);
  }

  /**
   * The Parquet column names in order, with each figure followed by its status and states columns.
   */
  public List<String> outputColumns() {
    return columns.stream()
        .flatMap(
            c ->
                c.kind() == Kind.FIGURE
                    ? Stream.of(c.name(), c.statusColumn(), c.statesColumn())
                    : Stream.of(c.name()))
        .toList();
  }
}
