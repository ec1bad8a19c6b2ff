package nl.migstat.ingest.sdmx;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.eurostat.EurostatKeys;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.ingest.text.Excerpt;

/**
 * One Eurostat dimension (or coded attribute) column and how the file spells its cells: as codes
 * ({@code AT}), as codes with a label column beside them (SDMX-CSV 2.0 {@code labels=both},
 * MANIFEST B4; Data Explorer {@code GEO_LABEL}), as {@code CODE: Label} in one cell (the SDMX-CSV
 * specification's {@code labels=both}), or as labels only (the data browser, B3; the old Data
 * Explorer, B5), which {@link EurostatCodeList} maps back to codes.
 *
 * @param id the dimension id as in the header ({@code geo}, {@code GEO}, {@code TIME_PERIOD})
 * @param index the column of the code (or label) cells
 * @param labelIndex the column holding the labels of these codes, or -1
 * @param spelling how the cells are written, decided from the whole column
 * @param dimension true for a dimension (its codes are checked and never empty), false for time,
 *     flag and confidentiality columns
 */
public record DimensionColumn(
    String id, int index, int labelIndex, Spelling spelling, boolean dimension) {

  /** How a column writes its values. */
  public enum Spelling {
    CODE,
    CODE_AND_LABEL_COLUMN,
    CODE_COLON_LABEL,
    LABEL
  }

  /** Eurostat codes: upper case, digits, {@code _ - . +} ({@code EU27_2020}, {@code Y15-74}). */
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.+\\-]*");

  /** {@code A: Annual}, {@code NL: Netherlands}. */
  private static final Pattern CODE_COLON_LABEL = Pattern.compile("([A-Za-z0-9_.+@$\\-]+): (.*)");

  /** A decoded cell: its code and label (either may be null), or why it has no code. */
  public record Coded(String code, String label, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /**
   * Decides how a dimension column is spelled from its distinct cell values: labels when more of
   * them look like labels than like codes, so one odd cell cannot flip a whole column.
   */
  public static DimensionColumn dimension(
      String id, int index, int labelIndex, Collection<String> values) {
    if (labelIndex >= 0) {
      return new DimensionColumn(id, index, labelIndex, Spelling.CODE_AND_LABEL_COLUMN, true);
    }
    if (allCodeColonLabel(values)) {
      return new DimensionColumn(id, index, -1, Spelling.CODE_COLON_LABEL, true);
    }
    long codes = values.stream().filter(v -> CODE.matcher(v.strip()).matches()).count();
    Spelling spelling = values.size() - codes > codes ? Spelling.LABEL : Spelling.CODE;
    return new DimensionColumn(id, index, -1, spelling, true);
  }

  /**
   * A coded column that is never written as labels (time, flags, confidentiality), which may still
   * carry a label column or {@code CODE: Label} cells.
   */
  public static DimensionColumn coded(
      String id, int index, int labelIndex, Collection<String> values) {
    if (labelIndex >= 0) {
      return new DimensionColumn(id, index, labelIndex, Spelling.CODE_AND_LABEL_COLUMN, false);
    }
    return new DimensionColumn(
        id,
        index,
        -1,
        allCodeColonLabel(values) ? Spelling.CODE_COLON_LABEL : Spelling.CODE,
        false);
  }

  private static boolean allCodeColonLabel(Collection<String> values) {
    boolean any = false;
    for (String v : values) {
      if (v.isBlank()) {
        continue;
      }
      if (!CODE_COLON_LABEL.matcher(v.strip()).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The distinct cells of a column over rows of the header's width, to decide its spelling. */
  public static Set<String> valuesIn(List<CsvRecord> rows, int index) {
    Set<String> values = new LinkedHashSet<>();
    for (CsvRecord row : rows) {
      if (row.error() == null && index < row.size()) {
        values.add(row.field(index).strip());
      }
    }
    return values;
  }

  /** Whether labels are present in the file for this column (for the code list). */
  public boolean carriesLabels() {
    return spelling != Spelling.CODE;
  }

  /** The raw cell of this column in a row, or "" when the row is too short. */
  public String cell(CsvRecord row) {
    return index < row.size() ? row.field(index) : "";
  }

  /** The dimension id as stored in observations and messages ({@code geo}). */
  public String name() {
    return EurostatKeys.normalise(id);
  }

  /**
   * The code (and label) of a cell; labels are mapped with the code list, and a label the list
   * lacks is an error naming it. A dimension cell must hold a code.
   */
  public Coded decode(CsvRecord row, EurostatCodeList codeList) {
    String cell = cell(row).strip();
    Coded coded =
        switch (spelling) {
          case CODE_AND_LABEL_COLUMN -> {
            String label = labelIndex < row.size() ? row.field(labelIndex).strip() : "";
            yield new Coded(cell, label.isEmpty() ? null : label, null);
          }
          case CODE_COLON_LABEL -> {
            Matcher m = CODE_COLON_LABEL.matcher(cell);
            yield m.matches()
                ? new Coded(m.group(1), m.group(2).strip(), null)
                : cell.isEmpty()
                    ? new Coded("", null, null)
                    : new Coded(
                        null,
                        null,
                        name() + ": " + Excerpt.quoted(cell) + " is not of the form CODE: Label");
          }
          case LABEL ->
              cell.isEmpty()
                  ? new Coded(null, null, "empty label for dimension " + name())
                  : codeList
                      .code(id, cell)
                      .map(code -> new Coded(code, cell, null))
                      .orElseGet(() -> new Coded(null, null, unknownLabel(cell, codeList)));
          case CODE ->
              dimension && !cell.isEmpty() && !CODE.matcher(cell).matches()
                  ? new Coded(
                      null,
                      null,
                      Excerpt.quoted(cell)
                          + " is not a Eurostat code for dimension "
                          + name()
                          + " (the column holds codes)")
                  : new Coded(cell, null, null);
        };
    if (coded.ok() && dimension && coded.code().isEmpty()) {
      return new Coded(null, null, "empty code for dimension " + name());
    }
    return coded;
  }

  private String unknownLabel(String cell, EurostatCodeList codeList) {
    String reason = "unknown label " + Excerpt.quoted(cell) + " for dimension " + name();
    return codeList.knows(id)
        ? reason
        : reason + " (the bundled code list has no labels for " + name() + ")";
  }
}
