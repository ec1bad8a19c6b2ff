package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.migstat.model.CodeEntry;
import org.junit.jupiter.api.Test;

/** Publishers' dates as the inputs write them, and the newest one as the workbook's date. */
class PublisherDatesTest {
  @Test
  void odataEurostatHeaderAndSdmxLastUpdateAreRead() {
    assertThat(PublisherDates.day("2024-06-28T02:00:00")).contains(LocalDate.of(2024, 6, 28));
    assertThat(PublisherDates.day("Mon, 07 Apr 2025 11:00:00 GMT"))
        .contains(LocalDate.of(2025, 4, 7));
    assertThat(PublisherDates.day("07/04/25 11:00:00")).contains(LocalDate.of(2025, 4, 7));
    assertThat(PublisherDates.day("gisteren")).isEmpty();
    assertThat(PublisherDates.day(null)).isEmpty();
    assertThat(PublisherDates.dutch(LocalDate.of(2024, 10, 10))).isEqualTo("10 oktober 2024");
  }

  @Test
  void theFiguresDateIsTheNewestOfTheSourcesShownFromCodeListsOrFetchRecords() {
    SourceLines lines =
        SourceLines.of(
            List.of(
                new CodeEntry(
                    "cbs:85524NED",
                    CodeEntry.TABLE_MODIFIED,
                    "85524NED",
                    "2024-10-10T02:00:00",
                    null),
                new CodeEntry("cbs:85524NED", "table", "85524NED", "Bevolking; kerncijfers", null),
                new CodeEntry(
                    "cbs:99999NED",
                    CodeEntry.TABLE_MODIFIED,
                    "99999NED",
                    "2025-12-01T02:00:00",
                    null)),
            Map.of(
                "eurostat:tps00191",
                new SourceLines.Fetched("Mon, 07 Apr 2025 11:00:00 GMT", "2025-04-08T09:00:00Z")));
    Provenance p = lines.provenance(List.of("cbs:85524NED", "eurostat:tps00191", "cbs:85524NED"));
    assertThat(p.figuresOf()).as("99999NED is not shown").isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(p.datedLine()).isEqualTo("Cijfers van 7 april 2025");
    assertThat(p.sources())
        .containsExactly(
            new Provenance.Source(
                "CBS, tabel 85524NED",
                "Bevolking; kerncijfers",
                "2024-10-10",
                "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85524NED",
                null),
            new Provenance.Source(
                "Eurostat, tps00191",
                null,
                "2025-04-07",
                "https://ec.europa.eu/eurostat/databrowser/view/tps00191/default/table",
                "2025-04-08"));
    assertThat(lines.lines(List.of("eurostat:tps00191")))
        .containsExactly("Eurostat, tps00191 (gewijzigd op 2025-04-07)");
    assertThat(SourceLines.of(List.of()).provenance(List.of("cbs:1")).datedLine())
        .isEqualTo("Cijfers van: publicatiedatum van de bronnen onbekend");
  }
}
