package nl.migstat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.ReportFigures;
import nl.migstat.export.ReportFigures.TableRow;
import nl.migstat.export.WorkbookTable;
import nl.migstat.model.Status;
import nl.migstat.model.TableInfo.ColumnInfo;
import nl.migstat.report.TableRows.Figure;

/**
 * The municipal maps of chapter Gemeenten, on the bundled boundaries of the job's reference year:
 * the share with a migration background (municipality_profile), its change since the year before in
 * percentage points, and the segregation index of the non-western group
 * (segregation_within_municipality), each for the newest year up to the report year that has a
 * figure. A change over a secret share is itself secret.
 */
final class MunicipalMaps {
  static final String SOURCE_NOTE =
      "Kaarten: gemeentegrenzen van het peiljaar van de job, afgeleid van de gegeneraliseerde"
          + " gemeentegrenzen 2017 van CBS/PDOK (CC BY 4.0), samengevoegd met de gemeentelijke"
          + " herindelingen en vereenvoudigd; een gesplitste gemeente ligt geheel in de opvolger die"
          + " het grootste deel van haar inwoners kreeg.";

  private static final String SHARE = "migration_background_share";
  private static final String INDEX = "dissimilarity_index";
  private static final List<String> SEGREGATION_GROUPS = List.of("niet_westers", "buiten_europa");

  private MunicipalMaps() {}

  /** The maps the run's tables give; none when no map of the reference year is bundled. */
  static List<MapFigure> of(List<ChapterSection> chapters, int reportYear, int referenceYear) {
    Optional<MapShapes> shapes = MapShapes.load(referenceYear);
    List<MapFigure> maps = new ArrayList<>();
    if (shapes.isEmpty()) {
      return maps;
    }
    Optional<WorkbookTable> profile = TableRows.table(chapters, "municipality_profile");
    profile.flatMap(t -> shareMap(t, reportYear, shapes.get())).ifPresent(maps::add);
    profile.flatMap(t -> changeMap(t, reportYear, shapes.get())).ifPresent(maps::add);
    TableRows.table(chapters, "segregation_within_municipality")
        .flatMap(t -> segregationMap(t, reportYear, shapes.get()))
        .ifPresent(maps::add);
    return maps;
  }

  private static Optional<MapFigure> shareMap(WorkbookTable table, int reportYear, MapShapes s) {
    Optional<Integer> year = newestYear(table.rows(), reportYear, SHARE);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    int decimals = decimals(table, SHARE);
    Map<String, Choropleth.Entry> entries = new LinkedHashMap<>();
    for (Map<String, Object> row : rowsOf(table.rows(), year.get())) {
      entries.put(code(row), entry(TableRows.figure(row, SHARE), decimals));
    }
    String title = "Inwoners " + lowerFirst(label(table, SHARE)) + ", " + year.get();
    return Optional.of(
        figure(
            "kaart-aandeel", title, "%", s, entries, quantiles(entries), decimals, quantileNote()));
  }

  private static Optional<MapFigure> changeMap(WorkbookTable table, int reportYear, MapShapes s) {
    Optional<Integer> year = newestYear(table.rows(), reportYear, SHARE);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    int y = year.get();
    Map<String, Figure> before = new LinkedHashMap<>();
    rowsOf(table.rows(), y - 1).forEach(r -> before.put(code(r), TableRows.figure(r, SHARE)));
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Choropleth.Entry> entries = new LinkedHashMap<>();
    for (Map<String, Object> row : rowsOf(table.rows(), y)) {
      entries.put(code(row), change(TableRows.figure(row, SHARE), before.get(code(row))));
    }
    String title =
        "Verandering van "
            + label(table, SHARE).toLowerCase(java.util.Locale.ROOT)
            + ", "
            + (y - 1)
            + "-"
            + y;
    List<Double> values = values(entries);
    if (values.isEmpty()) {
      values = List.of(1.0);
    }
    String note =
        "Verschil in procentpunten. Vijf klassen van gelijke breedte rond 0 (ColorBrewer PuOr):"
            + " oranje een daling, paars een stijging. Een verandering over een geheim aandeel is"
            + " geheim; grijs: geen cijfer in een van beide jaren.";
    return Optional.of(
        figure(
            "kaart-verandering",
            title,
            "procentpunt",
            s,
            entries,
            MapClasses.diverging(values),
            1,
            note));
  }

  private static Optional<MapFigure> segregationMap(
      WorkbookTable table, int reportYear, MapShapes s) {
    for (String group : SEGREGATION_GROUPS) {
      List<Map<String, Object>> rows =
          table.rows().stream().filter(TableRows.is("background_group", group)).toList();
      Optional<Integer> year = newestYear(rows, reportYear, INDEX);
      if (year.isPresent()) {
        int decimals = Math.max(2, decimals(table, INDEX));
        Map<String, Choropleth.Entry> entries = new LinkedHashMap<>();
        for (Map<String, Object> row : rowsOf(rows, year.get())) {
          entries.put(code(row), entry(TableRows.figure(row, INDEX), decimals));
        }
        String title =
            "Segregatie-index binnen gemeenten, "
                + rows.get(0).get("background_group_label")
                + ", "
                + year.get();
        String note =
            quantileNote()
                + " Index 0 = gelijk verdeeld over de buurten, 1 = volledig gescheiden; niet"
                + " gepubliceerd (grijs) voor een groep onder 1 000 personen.";
        return Optional.of(
            figure(
                "kaart-segregatie",
                title,
                "index 0-1",
                s,
                entries,
                quantiles(entries),
                decimals,
                note));
      }
    }
    return Optional.empty();
  }

  private static MapFigure figure(
      String id,
      String title,
      String unit,
      MapShapes shapes,
      Map<String, Choropleth.Entry> entries,
      MapClasses classes,
      int decimals,
      String note) {
    long published = entries.values().stream().filter(e -> e.value() != null).count();
    long secret = entries.values().stream().filter(Choropleth.Entry::secret).count();
    String description =
        String.format(
            java.util.Locale.ROOT,
            "Kaart van de %d gemeenten van %d: %d met een cijfer, %d geheim, de andere zonder"
                + " cijfer. De tabel ernaast geeft de cijfers per gemeente.",
            shapes.rings().size(),
            shapes.year(),
            published,
            secret);
    List<TableRow> rows = new ArrayList<>();
    entries.entrySet().stream()
        .filter(e -> e.getValue().value() != null || e.getValue().secret())
        .sorted(Comparator.comparing(e -> nameOf(shapes, e.getKey())))
        .forEach(
            e ->
                rows.add(
                    new TableRow(
                        List.of(nameOf(shapes, e.getKey()), e.getValue().printed()), false)));
    String svg = Choropleth.svg(id, title, description, shapes, entries, classes, decimals, unit);
    return new MapFigure(title, svg, description, note, List.of("Gemeente", unit), rows);
  }

  private static String nameOf(MapShapes shapes, String code) {
    return Objects.requireNonNullElse(shapes.names().get(code), code);
  }

  private static Choropleth.Entry entry(Figure f, int decimals) {
    if (f.published()) {
      return new Choropleth.Entry(
          f.value(), ReportFigures.figureText(f.value(), f.states(), decimals), false);
    }
    boolean secret = f.states().contains(Status.CONFIDENTIAL);
    return new Choropleth.Entry(null, secret ? "x" : ".", secret);
  }

  /** The change of a share: secret when either share is secret, else missing without both. */
  static Choropleth.Entry change(Figure now, Figure before) {
    boolean secret =
        now.states().contains(Status.CONFIDENTIAL)
            || (before != null && before.states().contains(Status.CONFIDENTIAL));
    if (secret) {
      return new Choropleth.Entry(null, "x", true);
    }
    if (!now.published() || before == null || !before.published()) {
      return new Choropleth.Entry(null, ".", false);
    }
    double d = now.value() - before.value();
    return new Choropleth.Entry(d, ReportFigures.figureText(d, now.states(), 1), false);
  }

  private static MapClasses quantiles(Map<String, Choropleth.Entry> entries) {
    List<Double> values = values(entries);
    return MapClasses.quantiles(values.isEmpty() ? List.of(0.0) : values);
  }

  private static List<Double> values(Map<String, Choropleth.Entry> entries) {
    return entries.values().stream().map(Choropleth.Entry::value).filter(Objects::nonNull).toList();
  }

  private static String quantileNote() {
    return "Vijf kwantielklassen (elke klasse ongeveer een vijfde van de gemeenten met een cijfer;"
        + " minder klassen bij minder verschillende waarden), ColorBrewer Blues. Gearceerd: geheim;"
        + " grijs: geen cijfer.";
  }

  private static Optional<Integer> newestYear(
      List<Map<String, Object>> rows, int reportYear, String column) {
    return rows.stream()
        .filter(r -> TableRows.year(r) != null && TableRows.year(r) <= reportYear)
        .filter(r -> TableRows.figure(r, column).published())
        .map(TableRows::year)
        .max(Integer::compare);
  }

  private static List<Map<String, Object>> rowsOf(List<Map<String, Object>> rows, int year) {
    return rows.stream().filter(r -> Objects.equals(TableRows.year(r), year)).toList();
  }

  private static String code(Map<String, Object> row) {
    return String.valueOf(row.get("municipality_code"));
  }

  /** A column label inside a sentence: {@code Met migratieachtergrond} → {@code met …}. */
  private static String lowerFirst(String label) {
    return label.isEmpty()
        ? label
        : label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
  }

  private static String label(WorkbookTable table, String column) {
    return column(table, column).map(ColumnInfo::label).orElse(column);
  }

  private static int decimals(WorkbookTable table, String column) {
    return column(table, column).map(ColumnInfo::decimals).orElse(1);
  }

  private static Optional<ColumnInfo> column(WorkbookTable table, String column) {
    return table.info().columns().stream().filter(c -> c.name().equals(column)).findFirst();
  }
}
