package nl.migstat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a report table appears in the workbook, declared once beside the table: its short Dutch sheet
 * name and its sheets, each a stack of blocks (one Excel table object each) that pivot the long
 * rows the way the report prints them. Parquet keeps the long form; this only says how to show it.
 *
 * @param shortName the sheet name after its number ({@code Migratiesaldo} → {@code 1.1
 *     Migratiesaldo})
 * @param sheets the table's sheets, its main sheet first
 * @param shownAs code columns shown through a label column other than their {@code <code>_label}
 *     (such as {@code background_code} through {@code background}); rows are still told apart by
 *     the code, and a missing label shows the code
 */
public record SheetLayout(String shortName, List<Sheet> sheets, Map<String, String> shownAs) {
  /**
   * The pseudo-column whose values are the figures' headers: down, one row per figure (immigration,
   * emigration, saldo); across, one column per figure.
   */
  public static final String MEASURE = "*measure";

  /** The column that holds the year in every table that has one. */
  public static final String YEAR = "year";

  public SheetLayout {
    Objects.requireNonNull(shortName, "shortName");
    sheets = List.copyOf(sheets);
    shownAs = Map.copyOf(shownAs);
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("a layout needs at least one sheet");
    }
  }

  /** A layout of one or more sheets. */
  public static SheetLayout of(String shortName, Sheet... sheets) {
    return new SheetLayout(shortName, List.of(sheets), Map.of());
  }

  /** This layout with {@code codeColumn} shown through {@code labelColumn}. */
  public SheetLayout showing(String codeColumn, String labelColumn) {
    Map<String, String> m = new TreeMap<>(shownAs);
    m.put(codeColumn, labelColumn);
    return new SheetLayout(shortName, sheets, m);
  }

  /** The long form as it is, with labels in place of codes: for a table with no declaration. */
  public static SheetLayout listing(String shortName) {
    return of(shortName, Sheet.of(Block.listing()));
  }

  /**
   * One sheet of a table.
   *
   * @param nameSuffix what follows the short name in the sheet's name ({@code lange reeks}), empty
   *     for the main sheet
   * @param blocks the blocks from top to bottom
   */
  public record Sheet(String nameSuffix, List<Block> blocks) {
    public Sheet {
      Objects.requireNonNull(nameSuffix, "nameSuffix");
      blocks = List.copyOf(blocks);
    }

    /** The table's main sheet. */
    public static Sheet of(Block... blocks) {
      return new Sheet("", List.of(blocks));
    }

    /** A further sheet of the table, such as its long series. */
    public static Sheet named(String nameSuffix, Block... blocks) {
      return new Sheet(nameSuffix, List.of(blocks));
    }
  }

  /** How a block arranges the rows. */
  public enum Arrangement {
    /** Categories down; the latest year beside the two before it, then the change. */
    COMPARISON,
    /** Years down, one column per category or figure: a long series. */
    SERIES,
    /** The latest year only, the given columns across. */
    LATEST,
    /** Every row and column of the long form. */
    LISTING
  }

  /** The native chart beside a block. */
  public enum Chart {
    NONE,
    /** One line per column over the years. */
    LINE,
    /** Bars per category row. */
    BARS
  }

  /**
   * A figure a block shows.
   *
   * @param column the figure column
   * @param relativeChange whether the change is also given in % (counts), or only as a difference
   *     (rates and shares: a difference in percentage points)
   */
  public record Figure(String column, boolean relativeChange) {
    /** A count: its change absolute and in %. */
    public static Figure count(String column) {
      return new Figure(column, true);
    }

    /** A rate or share: its change as a difference only. */
    public static Figure rate(String column) {
      return new Figure(column, false);
    }
  }

  /**
   * A row condition: the row's value in {@code column} equals {@code value} (a whole number
   * compares by its text), or is absent when {@code value} is null.
   */
  public record Match(String column, String value) {}

  /**
   * One block: one Excel table object, optionally split into one per value of {@link #blockBy}.
   *
   * @param arrangement how rows and columns are arranged
   * @param down the columns that name a row, outermost first (a code column shows its label); for
   *     {@link Arrangement#LATEST} the columns shown
   * @param across for a series: the column whose values become columns, or {@link #MEASURE}
   * @param headedBy for a series across a column: the column whose texts head its columns, or null
   * @param figures the figures shown
   * @param where only rows matching all of these
   * @param blockBy one block per value of this column (its label as caption), or null
   * @param rankBy rows chosen and ordered by this rank column in the latest year, or null
   * @param top the number of ranked rows shown
   * @param totals rows matching any of these are totals: last and bold
   * @param chart the chart beside the block
   * @param chartBlock with {@link #blockBy}, the value whose block gets the chart (null: the first)
   */
  public record Block(
      Arrangement arrangement,
      List<String> down,
      String across,
      String headedBy,
      List<Figure> figures,
      List<Match> where,
      String blockBy,
      String rankBy,
      int top,
      List<Match> totals,
      Chart chart,
      String chartBlock) {
    public Block {
      Objects.requireNonNull(arrangement, "arrangement");
      down = List.copyOf(down);
      figures = List.copyOf(figures);
      where = List.copyOf(where);
      totals = List.copyOf(totals);
      Objects.requireNonNull(chart, "chart");
    }

    /** Categories down by {@code down}, the latest three years of {@code figures} across. */
    public static Block comparison(List<String> down, Figure... figures) {
      return new Block(
          Arrangement.COMPARISON,
          down,
          null,
          null,
          List.of(figures),
          List.of(),
          null,
          null,
          0,
          List.of(),
          Chart.NONE,
          null);
    }

    /** Years down, one column per value of {@code across} (or per figure, {@link #MEASURE}). */
    public static Block series(String across, Figure... figures) {
      return new Block(
          Arrangement.SERIES,
          List.of(),
          across,
          null,
          List.of(figures),
          List.of(),
          null,
          null,
          0,
          List.of(),
          Chart.LINE,
          null);
    }

    /** The latest year's rows with {@code columns} across. */
    public static Block latest(List<String> columns) {
      return new Block(
          Arrangement.LATEST,
          columns,
          null,
          null,
          List.of(),
          List.of(),
          null,
          null,
          0,
          List.of(),
          Chart.NONE,
          null);
    }

    /** The long form. */
    public static Block listing() {
      return new Block(
          Arrangement.LISTING,
          List.of(),
          null,
          null,
          List.of(),
          List.of(),
          null,
          null,
          0,
          List.of(),
          Chart.NONE,
          null);
    }

    /** Only the rows whose {@code column} holds {@code value} (null: no value). */
    public Block where(String column, String value) {
      List<Match> w = new ArrayList<>(where);
      w.add(new Match(column, value));
      return new Block(
          arrangement,
          down,
          across,
          headedBy,
          figures,
          w,
          blockBy,
          rankBy,
          top,
          totals,
          chart,
          chartBlock);
    }

    /** A series' columns headed by the texts of {@code column}. */
    public Block headedBy(String column) {
      return new Block(
          arrangement,
          down,
          across,
          column,
          figures,
          where,
          blockBy,
          rankBy,
          top,
          totals,
          chart,
          chartBlock);
    }

    /** One block per value of {@code column}, captioned with its label. */
    public Block blocksBy(String column) {
      return new Block(
          arrangement,
          down,
          across,
          headedBy,
          figures,
          where,
          column,
          rankBy,
          top,
          totals,
          chart,
          chartBlock);
    }

    /**
     * The {@code n} rows ranked highest by {@code rankColumn} in the latest year, in rank order.
     */
    public Block ranked(String rankColumn, int n) {
      return new Block(
          arrangement,
          down,
          across,
          headedBy,
          figures,
          where,
          blockBy,
          rankColumn,
          n,
          totals,
          chart,
          chartBlock);
    }

    /** Rows whose {@code column} holds {@code value} are totals rows. */
    public Block total(String column, String value) {
      List<Match> t = new ArrayList<>(totals);
      t.add(new Match(column, value));
      return new Block(
          arrangement,
          down,
          across,
          headedBy,
          figures,
          where,
          blockBy,
          rankBy,
          top,
          t,
          chart,
          chartBlock);
    }

    /** The chart beside the block; with blocks per value, beside the block of {@code value}. */
    public Block chart(Chart kind, String value) {
      return new Block(
          arrangement,
          down,
          across,
          headedBy,
          figures,
          where,
          blockBy,
          rankBy,
          top,
          totals,
          kind,
          value);
    }

    /** The chart beside the (first) block. */
    public Block chart(Chart kind) {
      return chart(kind, null);
    }
  }
}
