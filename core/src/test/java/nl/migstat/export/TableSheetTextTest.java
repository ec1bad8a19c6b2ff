package nl.migstat.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Texts longer than Excel's cell limit (found at benchmark scale 100: 2,744 rows, one too long).
 */
class TableSheetTextTest {
  @Test
  void aListLongerThanACellHoldsIsCutBetweenItemsAndMarked() {
    StringJoiner buurten = new StringJoiner(", ");
    for (int i = 0; i < 4000; i++) {
      buurten.add(String.format(java.util.Locale.ROOT, "BU%08d", i));
    }
    String list = buurten.toString();
    assertThat(list.length()).isGreaterThan(32_767);

    String shown = TableSheet.fitted(list);

    assertThat(shown.length()).isLessThanOrEqualTo(32_767);
    assertThat(shown).endsWith(TableSheet.CUT);
    String kept = shown.substring(0, shown.length() - TableSheet.CUT.length());
    assertThat(list).startsWith(kept + ", ");
    assertThat(kept).matches("BU\\d{8}(, BU\\d{8})*");
  }

  @Test
  void textsThatFitAreKeptAsTheyAre() {
    String exactly = "x".repeat(32_767);
    assertThat(TableSheet.fitted(exactly)).isSameAs(exactly);
    assertThat(TableSheet.fitted(null)).isNull();
    String noItems = "y".repeat(40_000);
    assertThat(TableSheet.fitted(noItems)).hasSize(32_767).endsWith(TableSheet.CUT);
  }
}
