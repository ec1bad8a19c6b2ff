package nl.migstat.report;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The report's PDF, rendered by openhtmltopdf from the very XHTML of report.html (its print style:
 * A4, page numbers, each chapter on a new page; inline SVG drawn by Batik). A pure-Java renderer,
 * so every run makes its PDF without a browser installed; Chromium's print-to-PDF would tie each
 * run to a browser binary. Reproducible: the document's creation date is the run's fixed time and
 * its identifier a digest of the page, so the same tables give the same bytes (PDFBox otherwise
 * derives the /ID from the clock).
 */
final class ReportPdf {
  private ReportPdf() {}

  /** The PDF of {@code xhtml}, dated {@code fixedTime}. */
  static byte[] render(String xhtml, String title, Instant fixedTime) throws IOException {
    // Its own java.util.logging lines (the screen-only CSS it skips, timings) would reach the
    // run's stderr, which carries only what needs a reader; the test checks the PDF instead.
    XRLog.setLoggingEnabled(false);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("migstat (openhtmltopdf)");
    builder.useSVGDrawer(new BatikSVGDrawer());
    builder.withHtmlContent(xhtml, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      // Kept open, so the dates and the identifier it sets from the clock can be fixed first.
      PDDocument document = renderer.createPDFKeepOpen();
      try (document) {
        fix(document, xhtml, title, fixedTime);
        document.save(out);
      }
    }
    return out.toByteArray();
  }

  private static void fix(PDDocument document, String xhtml, String title, Instant fixedTime) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setCreator("migstat");
    info.setProducer("migstat (openhtmltopdf)");
    Calendar at = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    at.setTimeInMillis(fixedTime.toEpochMilli());
    info.setCreationDate(at);
    info.setModificationDate(at);
    document.setDocumentInformation(info);
    // The trailer's /ID, which PDFBox otherwise derives from the clock when it saves.
    byte[] digest = ByteBuffer.allocate(16).putLong(digest(xhtml)).putLong(digest(title)).array();
    COSArray ids = new COSArray();
    ids.add(new COSString(digest));
    ids.add(new COSString(digest));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** A 64-bit digest of the page (FNV-1a), the seed of the PDF's identifier. */
  static long digest(String xhtml) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : xhtml.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
