package nl.migstat.report;

import static nl.migstat.model.TableInfo.ColumnInfo.figure;
import static nl.migstat.model.TableInfo.ColumnInfo.integer;
import static nl.migstat.model.TableInfo.ColumnInfo.label;
import static nl.migstat.model.TableInfo.ColumnInfo.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.migstat.export.ChapterSection;
import nl.migstat.export.WorkbookTable;
import nl.migstat.model.TableInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The report of a small run: one municipal table on the 2021 boundaries, with a published share, a
 * secret one and municipalities without a figure; the page is well-formed XHTML with nothing loaded
 * from elsewhere, and the PDF the same bytes twice.
 */
class ReportWriterTest {
  private static final ReportWriter.Report REPORT =
      new ReportWriter.Report(
          "Staat van de migratie 2023",
          "test",
          2023,
          2021,
          null,
          Instant.parse("2023-12-31T00:00:00Z"));

  @Test
  void drawsEveryMunicipalityOfTheReferenceYearAndNeverASecretValue(@TempDir Path run)
      throws Exception {
    int figures = ReportWriter.write(run, REPORT, chapters());
    String html = Files.readString(run.resolve(ReportWriter.HTML));
    // share 2023 and its change since 2022; no segregation table
    assertThat(figures).isEqualTo(2);
    Document page = xhtml(html);
    assertThat(page.getElementsByTagName("figure").getLength()).isEqualTo(2);
    assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href)=\"https?:");
    String shareMap = html.substring(html.indexOf("id=\"kaart-aandeel-title\""));
    shareMap = shareMap.substring(0, shareMap.indexOf("</svg>"));
    assertThat(count(shareMap, "<path ")).isEqualTo(352);
    // Amstelveen is published, Diemen secret (hatched, "x"), Aalsmeer has no row (grey, ".")
    assertThat(shareMap)
        .containsPattern("fill=\"#[0-9a-f]{6}\" d=\"[^\"]*\"><title>Amstelveen: 46,5\\*<");
    assertThat(shareMap)
        .containsPattern("fill=\"url\\(#kaart-aandeel-hatch\\)\" d=\"[^\"]*\"><title>Diemen: x<");
    assertThat(shareMap).containsPattern("fill=\"#d9d9d9\" d=\"[^\"]*\"><title>Aalsmeer: \\.<");
    String changeMap = html.substring(html.indexOf("id=\"kaart-verandering-title\""));
    assertThat(changeMap).contains("<title>Amstelveen: 0,7*</title>", "<title>Diemen: x</title>");
    byte[] pdf = Files.readAllBytes(run.resolve(ReportWriter.PDF));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    assertThat(ReportPdf.render(html, REPORT.title(), REPORT.fixedTime())).isEqualTo(pdf);
  }

  @Test
  void aChangeOverASecretShareIsSecret() {
    var secret =
        TableRows.figure(row("GM0384", 2023, null, "confidential"), "migration_background_share");
    var before = TableRows.figure(row("GM0384", 2022, 51.4, null), "migration_background_share");
    assertThat(MunicipalMaps.change(secret, before).secret()).isTrue();
    assertThat(MunicipalMaps.change(before, secret).secret()).isTrue();
    assertThat(MunicipalMaps.change(before, null).value()).isNull();
  }

  static Document xhtml(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static final TableInfo PROFILE =
      new TableInfo(
          "municipality_profile",
          "Profiel van gemeenten",
          "aandelen in %",
          List.of(),
          List.of(
              integer("year", "Jaar"),
              text("municipality_code", "Gemeente"),
              label("municipality_code", "Gemeente"),
              figure("migration_background_share", "Aandeel met migratieachtergrond", 1)));

  private static List<ChapterSection> chapters() {
    List<Map<String, Object>> rows =
        List.of(
            row("GM0362", 2022, 45.76, null),
            row("GM0362", 2023, 46.50, "provisional"),
            row("GM0384", 2022, 51.43, null),
            row("GM0384", 2023, null, "confidential"));
    return List.of(
        new ChapterSection(
            "Gemeenten",
            List.of(WorkbookTable.built(PROFILE, rows, List.of("CBS, tabel 85458NED")))));
  }

  private static Map<String, Object> row(String code, int year, Double share, String status) {
    Map<String, Object> row = new HashMap<>();
    row.put("year", year);
    row.put("municipality_code", code);
    row.put("municipality_code_label", code);
    row.put("migration_background_share", share);
    row.put("migration_background_share_status", status);
    row.put("migration_background_share_states", status);
    return row;
  }
}
