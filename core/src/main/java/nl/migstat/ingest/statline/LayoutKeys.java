package nl.migstat.ingest.statline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.migstat.ingest.text.Excerpt;
import nl.migstat.model.Period;

/**
 * What the labels of a StatLine table layout say about each value cell: the labels above its column
 * and those left of its row, sorted into topic levels, period, region, other dimensions and unit
 * (MANIFEST A6–A8).
 */
final class LayoutKeys {
  /** A8 writes the whole topic path in one cell, joined by {@code |}. */
  private static final Pattern TOPIC_PATH = Pattern.compile("\\|");

  private final TableLayout layout;
  private final List<Keys> columns = new ArrayList<>();
  private final boolean hasTopic;
  private final boolean hasPeriod;

  /**
   * The labels of one column, one row, or both merged.
   *
   * @param error why the cell cannot be read, or null
   */
  record Keys(
      List<String> topic,
      PeriodLabel period,
      String regionLabel,
      Map<String, String> dims,
      String unit,
      String error) {

    static Keys failed(String error) {
      return new Keys(List.of(), null, null, Map.of(), null, error);
    }

    /** Column keys (this) merged with row keys: column topic levels come first. */
    Keys with(Keys row) {
      List<String> topic = new ArrayList<>(this.topic);
      topic.addAll(row.topic);
      Map<String, String> dims = new TreeMap<>(this.dims);
      dims.putAll(row.dims);
      return new Keys(
          topic,
          period != null ? period : row.period,
          regionLabel != null ? regionLabel : row.regionLabel,
          dims,
          unit != null ? unit : row.unit,
          error != null ? error : row.error);
    }
  }

  LayoutKeys(TableLayout layout, Period fixedPeriod) {
    this.layout = layout;
    List<String> names = new ArrayList<>(layout.rowDims());
    layout.columnDims().forEach(d -> names.add(d.name()));
    this.hasTopic = names.stream().anyMatch(TableLayout.TOPIC_NAMES::contains);
    this.hasPeriod = names.contains(TableLayout.PERIODS) || fixedPeriod != null;
    PeriodLabel fixed =
        names.contains(TableLayout.PERIODS) || fixedPeriod == null
            ? null
            : new PeriodLabel(fixedPeriod, null);
    for (int c = 0; c < layout.valueColumns(); c++) {
      Builder b = new Builder();
      b.period = fixed;
      b.dims.putAll(layout.filters());
      for (TableLayout.ColumnDim d : layout.columnDims()) {
        b.add(d.name(), d.labels().get(c), "column " + (layout.labelColumns() + c + 1));
      }
      String unit = layout.columnUnits() == null ? "" : layout.columnUnits().get(c);
      b.unit = unit.isEmpty() ? null : unit;
      columns.add(b.build());
    }
  }

  boolean hasTopic() {
    return hasTopic;
  }

  boolean hasPeriod() {
    return hasPeriod;
  }

  Keys column(int c) {
    return columns.get(c);
  }

  /** The keys of a data row from its label cells. */
  Keys row(List<String> labels) {
    Builder b = new Builder();
    for (int r = 0; r < layout.rowDims().size(); r++) {
      String name = layout.rowDims().get(r);
      String label = r < labels.size() ? labels.get(r).trim() : "";
      if (name.isEmpty()) {
        b.unit = label.isEmpty() ? null : label;
      } else {
        b.add(name, label, "label column " + (r + 1));
      }
    }
    return b.build();
  }

  /** The measure of a cell: its topic levels, or the table title when it has no topic dimension. */
  TopicLabel topic(Keys keys, String title) {
    return keys.topic().isEmpty()
        ? new TopicLabel(title, keys.unit())
        : TopicLabel.ofLevels(keys.topic(), keys.unit());
  }

  private static final class Builder {
    private final List<String> topic = new ArrayList<>();
    private final Map<String, String> dims = new TreeMap<>();
    private PeriodLabel period;
    private String regionLabel;
    private String unit;
    private String error;

    void add(String name, String label, String where) {
      if (label.isEmpty()) {
        fail(name + ": empty label in " + where);
      } else if (TableLayout.TOPIC_NAMES.contains(name)) {
        topic.addAll(List.of(TOPIC_PATH.split(label)));
      } else if (name.equals(TableLayout.PERIODS)) {
        Optional<PeriodLabel> p = PeriodLabel.parse(label);
        period = p.orElse(null);
        if (p.isEmpty()) {
          fail(
              "Perioden: "
                  + Excerpt.quoted(label)
                  + " in "
                  + where
                  + " is not a StatLine period label");
        }
      } else if (StatLineLabelCsvReader.REGION_LABELS.contains(name)) {
        regionLabel = label;
      } else {
        dims.put(name, label);
      }
    }

    private void fail(String reason) {
      error = error == null ? reason : error;
    }

    Keys build() {
      return new Keys(List.copyOf(topic), period, regionLabel, dims, unit, error);
    }
  }
}
