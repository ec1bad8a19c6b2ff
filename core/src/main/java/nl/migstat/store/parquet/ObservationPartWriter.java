package nl.migstat.store.parquet;

import static nl.migstat.model.Columns.DIMS;
import static nl.migstat.model.Columns.FREQUENCY;
import static nl.migstat.model.Columns.MEASURE;
import static nl.migstat.model.Columns.ORIGIN;
import static nl.migstat.model.Columns.PERIOD;
import static nl.migstat.model.Columns.PERIOD_END;
import static nl.migstat.model.Columns.PERIOD_START;
import static nl.migstat.model.Columns.REGION;
import static nl.migstat.model.Columns.SOURCE;
import static nl.migstat.model.Columns.SOURCE_FLAG;
import static nl.migstat.model.Columns.STATES;
import static nl.migstat.model.Columns.STATUS;
import static nl.migstat.model.Columns.VALUE;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import nl.migstat.model.Dims;
import nl.migstat.model.Observation;
import nl.migstat.model.PeriodSpan;
import nl.migstat.model.Schemas;

/**
 * One part file {@code part-NNNNN-observations.snappy.parquet} of an observations folder, written
 * row by row as a reader produces observations, in the layout Spark writes for {@link
 * Schemas#OBSERVATIONS}: nothing is held beyond the encoded pages of the current row group, where
 * handing millions of rows to Spark as a local relation would serialise them into the task and copy
 * them in every plan rewrite. Parts of one folder may be written by different threads, one writer
 * each; Spark reads them as one table.
 *
 * <p>{@code period_start} and {@code period_end} are derived here from the period ({@link
 * PeriodSpan}), once per distinct period of a row group: the period column's dictionary id indexes
 * the days already worked out, so a row costs two array reads, not a parse.
 */
public final class ObservationPartWriter extends ColumnFile {
  private final DictionaryColumn source;
  private final DictionaryColumn measure;
  private final DictionaryColumn period;
  private final DictionaryColumn frequency;
  private final DateColumn periodStart;
  private final DateColumn periodEnd;
  private final DictionaryColumn region;
  private final DictionaryColumn dimKey;
  private final DictionaryColumn dimValue;
  private final DoubleColumn value;
  private final DictionaryColumn status;
  private final DictionaryColumn states;
  private final DictionaryColumn sourceFlag;
  private final DictionaryColumn origin;

  /** The dimensions of the row before and their ids, if that row is in the open page. */
  private SortedMap<String, String> lastDims;

  private int[] keyIds = new int[8];
  private int[] valueIds = new int[8];

  /** Marks a period whose code names no days (a code no reader writes): its dates stay null. */
  private static final int NO_DAY = Integer.MIN_VALUE;

  /** Per period dictionary id of this row group, its first and last day (days since 1970). */
  private int[] spanStart = new int[64];

  private int[] spanEnd = new int[64];

  /** The ids below this have their days in {@link #spanStart} and {@link #spanEnd}. */
  private int spans;

  public ObservationPartWriter(Path dir, int part) {
    this(dir, part, PAGE_ROWS, ROW_GROUP_ROWS);
  }

  /** With other page and row-group sizes (rows), for tests that need several of each. */
  ObservationPartWriter(Path dir, int part, int pageRows, int groupRows) {
    super(file(dir, part), ParquetSchemas.OBSERVATIONS, pageRows, groupRows);
    source = strings(SOURCE);
    measure = strings(MEASURE);
    period = strings(PERIOD);
    frequency = strings(FREQUENCY);
    periodStart = dates(PERIOD_START);
    periodEnd = dates(PERIOD_END);
    region = strings(REGION);
    dimKey = strings(ParquetSchemas.mapKey(DIMS));
    dimValue = strings(ParquetSchemas.mapValue(DIMS));
    value = doubles(VALUE);
    status = strings(STATUS);
    // The states of a cell are one canonical string per flag combination (StatusSet#code), the
    // same object every time, so the dictionary finds it by identity: a bulk file's millions of
    // flagged cells cost a comparison each, and the file one dictionary entry per combination.
    states = strings(STATES);
    sourceFlag = strings(SOURCE_FLAG);
    // Dictionary-encoded too: the cells of a Eurostat line share their origin, so a page holds a
    // few RLE runs instead of the text of every cell (a unique origin per row, as in a CBS table,
    // costs a dictionary entry instead, bounded by DICTIONARY_BYTES per row group).
    origin = strings(ORIGIN);
    allBound();
  }

  /** The file of part {@code part} of the observations folder {@code dir}. */
  public static Path file(Path dir, int part) {
    return PartFolder.partFile(dir, part, Schemas.OBSERVATIONS.name());
  }

  public void write(Observation o) {
    source.add(o.source(), 0);
    measure.add(o.measure(), 0);
    writeSpan(o.period(), period.add(o.period(), 0));
    frequency.add(o.frequency(), 0);
    region.add(o.region(), 0);
    writeDims(o.dims());
    value.add(o.value());
    status.add(o.statusCode(), 0);
    states.add(o.statesCode(), 0);
    sourceFlag.add(o.sourceFlag(), 0);
    origin.add(o.origin(), 0);
    rowWritten();
  }

  /**
   * The first and last day of the period whose dictionary id is {@code id} (-1 for no period). Ids
   * are handed out in order from 0 in each row group, so an id not yet known is always the next.
   */
  private void writeSpan(String code, int id) {
    if (id < 0) {
      periodStart.addNull();
      periodEnd.addNull();
      return;
    }
    if (id >= spans) {
      if (id >= spanStart.length) {
        spanStart = Arrays.copyOf(spanStart, Math.max(id + 1, spanStart.length * 2));
        spanEnd = Arrays.copyOf(spanEnd, spanStart.length);
      }
      Optional<PeriodSpan> span = PeriodSpan.of(code);
      spanStart[id] = span.map(x -> (int) x.start().toEpochDay()).orElse(NO_DAY);
      spanEnd[id] = span.map(x -> (int) x.end().toEpochDay()).orElse(NO_DAY);
      spans = id + 1;
    }
    if (spanStart[id] == NO_DAY) {
      periodStart.addNull();
      periodEnd.addNull();
    } else {
      periodStart.add(spanStart[id]);
      periodEnd.add(spanEnd[id]);
    }
  }

  /**
   * The map's entries, one key and one value per entry (a null of each for an empty map). The cells
   * of a Eurostat line share one {@link Dims}: for the same object as the row before, that row's
   * dictionary ids are written again without looking at the strings.
   */
  private void writeDims(SortedMap<String, String> dims) {
    int n = dims.size();
    if (n == 0) {
      dimKey.add(null, 0);
      dimValue.add(null, 0);
      return;
    }
    if (dims == lastDims) {
      dimKey.addRow(keyIds, n);
      dimValue.addRow(valueIds, n);
      return;
    }
    if (n > keyIds.length) {
      keyIds = new int[n];
      valueIds = new int[n];
    }
    if (dims instanceof Dims d) {
      for (int i = 0; i < n; i++) {
        keyIds[i] = dimKey.add(d.key(i), i);
        valueIds[i] = dimValue.add(d.value(i), i);
      }
    } else {
      int i = 0;
      for (Map.Entry<String, String> e : dims.entrySet()) {
        keyIds[i] = dimKey.add(e.getKey(), i);
        valueIds[i] = dimValue.add(e.getValue(), i);
        i++;
      }
    }
    lastDims = dims;
  }

  @Override
  void pageWritten() {
    lastDims = null; // the ids are repeated within a page only, where its statistics have them
  }

  @Override
  void groupWritten() {
    spans = 0; // the period dictionary starts afresh, and hands out its ids from 0 again
  }
}
