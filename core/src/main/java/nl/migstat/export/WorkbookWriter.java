package nl.migstat.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.migstat.files.Stores;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report workbook for the "Staat van de migratie": a contents sheet, an explanation
 * sheet and the numbered sheets each table's layout declares, with their charts, as reproducible
 * bytes (same input, same file, on any JVM) and published atomically (RELIABILITY.md, Excel: a
 * crash inside POI's write never leaves a truncated zip under the real name). It renders what it is
 * given and decides nothing.
 */
public final class WorkbookWriter {
  /** POI's source-date-epoch switch is one static flag: one write at a time in this JVM. */
  private static final Object REPRODUCIBLE_WRITE = new Object();

  private WorkbookWriter() {}

  /**
   * Writes the workbook to {@code target}, replacing an existing file only once the new one is
   * complete on disk, and its charts as PNG and SVG into {@code charts} (null: none).
   *
   * @param fixedTime the creation and modification time recorded in the file when the sources give
   *     no date
   * @param provenance the sources in full and the date of the figures
   * @throws IllegalArgumentException when a row contradicts its table (a missing column, a value of
   *     the wrong type, a figure with a value and a status that says there is none)
   */
  public static void write(
      Path target,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Instant fixedTime,
      Provenance provenance,
      Path charts)
      throws IOException {
    write(target, reportTitle, reportYear, chapters, fixedTime, provenance, charts, List.of());
  }

  /**
   * Writes the workbook as {@link #write(Path, String, int, List, Instant, Provenance, Path)}, with
   * the run's disclosure rule in words on the explanation sheet.
   *
   * @param disclosureRule the rule's lines, in Dutch; none: no such block
   */
  public static void write(
      Path target,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Instant fixedTime,
      Provenance provenance,
      Path charts,
      List<String> disclosureRule)
      throws IOException {
    List<PlannedSheet> planned = new ArrayList<>();
    try (XSSFWorkbook workbook =
        render(reportTitle, reportYear, chapters, fixedTime, provenance, disclosureRule, planned)) {
      publish(workbook, target);
    }
    if (charts != null) {
      ChartFiles.write(charts, planned);
    }
  }

  /** Writes the workbook without source details or chart files. */
  public static void write(
      Path target,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Instant fixedTime)
      throws IOException {
    write(target, reportTitle, reportYear, chapters, fixedTime, Provenance.UNKNOWN, null);
  }

  static XSSFWorkbook render(
      String reportTitle, int reportYear, List<ChapterSection> chapters, Instant fixedTime) {
    return render(
        reportTitle,
        reportYear,
        chapters,
        fixedTime,
        Provenance.UNKNOWN,
        List.of(),
        new ArrayList<>());
  }

  /** Renders the workbook; {@code planned} receives its table sheets, for the chart files. */
  static XSSFWorkbook render(
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Instant fixedTime,
      Provenance provenance,
      List<String> disclosureRule,
      List<PlannedSheet> planned) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    try {
      SheetNames names = new SheetNames();
      XSSFSheet contents = workbook.createSheet(names.claim(ContentsSheet.NAME));
      XSSFSheet explanation = workbook.createSheet(names.claim(ExplanationSheet.NAME));
      SheetCells cells = new SheetCells(workbook);
      Map<WorkbookTable, List<PlannedSheet>> sheets = new IdentityHashMap<>();
      Map<WorkbookTable, String> numbers = new IdentityHashMap<>();
      List<WorkbookTable> shown = new ArrayList<>();
      String dated = provenance.datedLine();
      for (int c = 0; c < chapters.size(); c++) {
        List<WorkbookTable> tables = chapters.get(c).tables();
        for (int t = 0; t < tables.size(); t++) {
          WorkbookTable table = tables.get(t);
          String number = (c + 1) + "." + (t + 1);
          numbers.put(table, number);
          if (table.isSkipped()) {
            continue;
          }
          List<PlannedSheet> ofTable = PlannedSheet.of(table, number, names, reportYear);
          sheets.put(table, ofTable);
          shown.add(table);
          planned.addAll(ofTable);
        }
      }
      for (PlannedSheet plan : planned) {
        XSSFSheet sheet = workbook.createSheet(plan.name());
        int tableColumns = plan.grids().stream().mapToInt(g -> g.headers().size()).max().orElse(1);
        NativeCharts.add(
            sheet,
            GridSheet.render(cells, sheet, plan, workbook.getSheetIndex(sheet), dated),
            tableColumns);
      }
      ContentsSheet.render(
          cells, contents, reportTitle, reportYear, chapters, sheets, numbers, dated);
      ExplanationSheet.render(cells, explanation, shown, provenance, disclosureRule);
      Instant recorded =
          provenance.figuresOf() == null
              ? fixedTime
              : provenance.figuresOf().atStartOfDay(ZoneOffset.UTC).toInstant();
      describe(workbook.getProperties(), reportTitle + " " + reportYear, recorded);
      workbook.setActiveSheet(0);
      return workbook;
    } catch (RuntimeException e) {
      try {
        workbook.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** Fixed core properties: without them POI records the current time (not reproducible). */
  private static void describe(POIXMLProperties properties, String title, Instant fixedTime) {
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setCreated(Optional.of(Date.from(fixedTime)));
    core.setModified(Optional.of(Date.from(fixedTime)));
    core.setCreator("migstat");
    core.setLastModifiedByUser("migstat");
    core.setTitle(title);
  }

  /** Writes to a temporary file beside the target, forces it to disk, then renames it over it. */
  private static void publish(XSSFWorkbook workbook, Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    Files.createDirectories(abs.getParent());
    if (!Stores.renamesAtomically(abs)) {
      // S3 has no rename, and needs none: an object is written by one upload when the stream
      // closes and is visible whole or not at all.
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(abs))) {
        synchronized (REPRODUCIBLE_WRITE) {
          Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
        }
      }
      return;
    }
    Path temp = abs.resolveSibling("." + abs.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        synchronized (REPRODUCIBLE_WRITE) {
          // Fixed zip entry times (POI's ZipHelper.adjustEntryTime), whatever the environment says.
          Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
        }
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "the file system cannot rename atomically: " + temp + " -> " + abs, e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
