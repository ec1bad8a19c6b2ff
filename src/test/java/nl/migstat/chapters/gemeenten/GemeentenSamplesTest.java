package nl.migstat.chapters.gemeenten;

import java.nio.file.Path;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import org.junit.jupiter.api.Test;

class GemeentenSamplesTest {
  private static final Path DIR = SharedData.samples().resolve("gemeenten");

  @Test
  void dump() {
    ChapterInputs in = new ChapterRun()
        .read(DIR.resolve("84910NED_bevolking_migratieachtergrond_2018_2019.csv"), "cbs:84910NED", null)
        .read(DIR.resolve("84583NED_kwb_2019_vaals_amstelveen.csv"), "cbs:84583NED", "2019")
        .read(DIR.resolve("85458NED_herkomst_2022_2023"), "cbs:85458NED", null)
        .inputs(2021, 2021);
    Gemeenten g = new Gemeenten();
    for (var t : g.tables()) {
      ChapterTable table = g.build(t.name(), in);
      org.assertj.core.api.Assertions.assertThat(table.skipReason()).as(t.name()).isNull();
      if (!table.isSkipped()) {
        table.rows().show(200, false);
      }
    }
  }
}
