package nl.migstat.ingest.sdmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.text.Excerpt;

/**
 * The columns of an SDMX-CSV header, found by name, never by position (MANIFEST B3, B4): 1.0
 * ({@code DATAFLOW,[LAST UPDATE,]<dims>,TIME_PERIOD,OBS_VALUE,<attributes>}) and 2.0 ({@code
 * STRUCTURE,STRUCTURE_ID,[STRUCTURE_NAME,][ACTION,]<dims>,TIME_PERIOD,OBS_VALUE,<attributes>}).
 *
 * <p>A header cell that is not an id ({@code Time frequency}, {@code Sex}: spaces or mixed case)
 * names the label column of the column before it, as Eurostat writes 2.0 with {@code labels=both}
 * (TPS00203). A cell {@code freq: Time frequency} is the specification's {@code labels=both}
 * header: its id is {@code freq}.
 */
final class SdmxCsvHeader {
  static final String DATAFLOW = "DATAFLOW";
  static final String STRUCTURE_ID = "STRUCTURE_ID";
  static final String ACTION = "ACTION";
  static final String TIME_PERIOD = "TIME_PERIOD";
  static final String OBS_VALUE = "OBS_VALUE";
  static final String OBS_FLAG = "OBS_FLAG";
  static final String CONF_STATUS = "CONF_STATUS";

  /** Columns with a fixed meaning in either version (matched in any case). */
  private static final Set<String> SPECIAL =
      Set.of(
          DATAFLOW,
          "LAST UPDATE",
          "STRUCTURE",
          STRUCTURE_ID,
          "STRUCTURE_NAME",
          ACTION,
          TIME_PERIOD,
          OBS_VALUE,
          OBS_FLAG,
          CONF_STATUS);

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_@$\\-]*");
  private static final Pattern ID_COLON_NAME = Pattern.compile("([A-Za-z][A-Za-z0-9_@$\\-]*): .*");

  /** A column with an id, and the column holding its labels (or -1). */
  record Column(String id, int index, int labelIndex) {}

  final int width;
  private final Map<String, Column> special = new HashMap<>();
  final List<Column> dimensions = new ArrayList<>();
  final List<Column> attributes = new ArrayList<>();

  private SdmxCsvHeader(int width) {
    this.width = width;
  }

  /** Reads the header fields; a header without the required columns makes the file unusable. */
  static SdmxCsvHeader parse(List<String> fields, String file) {
    SdmxCsvHeader header = new SdmxCsvHeader(fields.size());
    List<Column> columns = columns(fields, file);
    boolean afterValue = false;
    for (Column c : columns) {
      String upper = c.id().toUpperCase(Locale.ROOT);
      if (SPECIAL.contains(upper)) {
        if (header.special.put(upper, c) != null) {
          throw new BadInputException(
              file, 1, "column " + Excerpt.quoted(upper) + " appears twice in the header");
        }
        afterValue |= upper.equals(OBS_VALUE);
      } else {
        (afterValue ? header.attributes : header.dimensions).add(c);
      }
    }
    header.require(TIME_PERIOD, file);
    header.require(OBS_VALUE, file);
    if (header.column(DATAFLOW) == null && header.column(STRUCTURE_ID) == null) {
      throw new BadInputException(
          file,
          1,
          "no DATAFLOW (SDMX-CSV 1.0) or STRUCTURE_ID (2.0) column: the dataset is unknown");
    }
    return header;
  }

  private static List<Column> columns(List<String> fields, String file) {
    List<Column> columns = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String raw = fields.get(i).strip();
      Matcher named = ID_COLON_NAME.matcher(raw);
      String id = named.matches() ? named.group(1) : raw;
      boolean special = SPECIAL.contains(id.toUpperCase(Locale.ROOT));
      if (!special && !named.matches() && !isId(raw)) {
        Column owner = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        if (owner == null || owner.labelIndex() >= 0) {
          throw new BadInputException(
              file,
              1,
              "header cell "
                  + (i + 1)
                  + " "
                  + Excerpt.quoted(raw)
                  + " is neither an SDMX id nor the label column of the column before it");
        }
        columns.set(columns.size() - 1, new Column(owner.id(), owner.index(), i));
        continue;
      }
      if (ids.contains(id.toLowerCase(Locale.ROOT))) {
        throw new BadInputException(
            file, 1, "column " + Excerpt.quoted(id) + " appears twice in the header");
      }
      ids.add(id.toLowerCase(Locale.ROOT));
      columns.add(new Column(id, i, -1));
    }
    return columns;
  }

  /** An SDMX id is one word in one case ({@code geo}, {@code TIME_PERIOD}); {@code Sex} is not. */
  private static boolean isId(String cell) {
    if (!ID.matcher(cell).matches()) {
      return false;
    }
    return cell.equals(cell.toLowerCase(Locale.ROOT)) || cell.equals(cell.toUpperCase(Locale.ROOT));
  }

  private void require(String name, String file) {
    if (column(name) == null) {
      throw new BadInputException(file, 1, "no " + name + " column in the SDMX-CSV header");
    }
  }

  /** A special column by its upper-case name, or null when the header lacks it. */
  Column column(String name) {
    return special.get(name);
  }

  /** The column naming the dataset: DATAFLOW (1.0) or STRUCTURE_ID (2.0). */
  Column dataflow() {
    Column c = column(DATAFLOW);
    return c != null ? c : column(STRUCTURE_ID);
  }
}
