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
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.migstat.files.Stores;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the report workbook for the "Staat van de migratie": a contents sheet, an explanation
 * sheet and one sheet per table, as reproducible bytes (same input, same file, on any JVM) and
 * published atomically (RELIABILITY.md, Excel: a crash inside POI's write never leaves a truncated
 * zip under the real name). It renders what it is given and decides nothing.
 */
public final class WorkbookWriter {
  /** POI's source-date-epoch switch is one static flag: one write at a time in this JVM. */
  private static final Object REPRODUCIBLE_WRITE = new Object();

  private WorkbookWriter() {}

  /**
   * Writes the workbook to {@code target}, replacing an existing file only once the new one is
   * complete on disk.
   *
   * @param fixedTime the creation and modification time recorded in the file
   * @throws IllegalArgumentException when a row contradicts its table (a missing column, a value of
   *     the wrong type, a figure with a value and a status that says there is none)
   */
  public static void write(
      Path target,
      String reportTitle,
      int reportYear,
      List<ChapterSection> chapters,
      Instant fixedTime)
      throws IOException {
    try (XSSFWorkbook workbook = render(reportTitle, reportYear, chapters, fixedTime)) {
      publish(workbook, target);
    }
  }

  static XSSFWorkbook render(
      String reportTitle, int reportYear, List<ChapterSection> chapters, Instant fixedTime) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    try {
      SheetNames names = new SheetNames();
      Sheet contents = workbook.createSheet(names.claim(ContentsSheet.NAME));
      Sheet explanation = workbook.createSheet(names.claim(ExplanationSheet.NAME));
      SheetCells cells = new SheetCells(workbook);
      Map<WorkbookTable, String> sheetNames = new IdentityHashMap<>();
      List<WorkbookTable> shown = new ArrayList<>();
      for (ChapterSection chapter : chapters) {
        for (WorkbookTable table : chapter.tables()) {
          if (!table.isSkipped()) {
            Sheet sheet = workbook.createSheet(names.claim(table.info().name()));
            sheetNames.put(table, sheet.getSheetName());
            shown.add(table);
            TableSheet.render(cells, table, sheet);
          }
        }
      }
      ContentsSheet.render(cells, contents, reportTitle, reportYear, chapters, sheetNames);
      ExplanationSheet.render(cells, explanation, shown, fixedTime);
      describe(workbook.getProperties(), reportTitle + " " + reportYear, fixedTime);
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
