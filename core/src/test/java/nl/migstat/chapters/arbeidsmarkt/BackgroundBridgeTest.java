package nl.migstat.chapters.arbeidsmarkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundBridgeTest {
  private final BackgroundBridge bridge = BackgroundBridge.bundled();

  @Test
  void migrationBackgroundContinuesAsOriginOutsideTheNetherlandsWithAMinorBreak() {
    // People born abroad to two Dutch-born parents had a Dutch background until 2021 and count by
    // their own country of birth from 2022 (CBS Statistische Trends 2022, table 5.1.1: 138
    // thousand on 1 January 2021): the series joins, with a minor break.
    BackgroundBridge.Group old = bridge.find(BackgroundBridge.OLD, "2012605").orElseThrow();
    BackgroundBridge.Group successor = bridge.counterpart(old).orElseThrow();
    assertThat(successor.scheme()).isEqualTo(BackgroundBridge.NEW);
    assertThat(successor.code()).isEqualTo("2012605");
    assertThat(successor.label()).isEqualTo("Buiten Nederland");
    assertThat(old.joinsAcrossChange()).isTrue();
    assertThat(old.relation()).isEqualTo(BackgroundBridge.MINOR_BREAK);
    assertThat(successor.series()).isEqualTo(old.series());
  }

  @Test
  void dutchBackgroundAndDutchOriginAreNotIdentical() {
    BackgroundBridge.Group dutch = bridge.find(BackgroundBridge.OLD, "1012600").orElseThrow();
    BackgroundBridge.Group origin = bridge.counterpart(dutch).orElseThrow();
    assertThat(origin.label()).isEqualTo("Nederland");
    assertThat(dutch.relation()).isEqualTo(BackgroundBridge.MINOR_BREAK);
    assertThat(origin.relation()).isEqualTo(BackgroundBridge.MINOR_BREAK);
    assertThat(origin.breaksAtChange()).isTrue();
    assertThat(bridge.find(BackgroundBridge.NEW, "T001040").orElseThrow().breaksAtChange())
        .isFalse();
  }

  @Test
  void turkeyAndIndonesiaAreOutsideEuropeInTheOriginClassification() {
    // CBS begrip "Herkomstland": Buiten-Europa holds Turkije (3.1) and Indonesië (3.5).
    for (String code : List.of("H008766", "H008632")) {
      BackgroundBridge.Group country = bridge.find(BackgroundBridge.NEW, code).orElseThrow();
      BackgroundBridge.Group parent = bridge.parent(country).orElseThrow();
      assertThat(parent.label()).isEqualTo("Buiten Europa");
      assertThat(parent.code()).isEqualTo("H008859");
    }
    assertThat(bridge.find(BackgroundBridge.NEW, "H008766").orElseThrow().label())
        .isEqualTo("Turkije");
    assertThat(
            bridge.groups().stream()
                .filter(g -> g.parent().equals("H007933"))
                .map(BackgroundBridge.Group::label))
        .doesNotContain("Turkije");
  }

  @Test
  void theBreakFootnoteNamesWhatMovesAndKeepsTurkeyOutsideEurope() {
    // What moves from westers to Buiten Europa: Indonesia, Japan, North America, Oceania.
    assertThat(ClassificationBreak.FOOTNOTE)
        .contains("Indonesië, Japan, Noord-Amerika en Oceanië gaan van westers naar buiten Europa")
        .contains("Turkije was niet-westers en is buiten Europa");
    assertThat(ClassificationBreak.BREAK_TEXT).doesNotContain("Turkije");
  }

  @Test
  void anUnknownParentIsRefusedWhenTheBridgeLoads() {
    Map<String, String> row =
        Map.of(
            "scheme",
            "x",
            "code",
            "1",
            "label",
            "l",
            "series",
            "s",
            "relation",
            "none",
            "counterpart",
            "",
            "parent",
            "9");
    assertThatThrownBy(() -> BackgroundBridge.of(List.of(row)))
        .hasMessageContaining("parent '9' of x:1 unknown");
  }

  @Test
  void westernBackgroundAndEuropeAreABreakNotAJoin() {
    BackgroundBridge.Group westers = bridge.find(BackgroundBridge.OLD, "2012655").orElseThrow();
    BackgroundBridge.Group europa = bridge.counterpart(westers).orElseThrow();
    assertThat(europa.code()).isEqualTo("H007933");
    assertThat(westers.relation()).isEqualTo("break");
    assertThat(europa.relation()).isEqualTo("break");
    assertThat(europa.joinsAcrossChange()).isFalse();
    assertThat(bridge.find(BackgroundBridge.NEW, "H008859").orElseThrow().relation())
        .isEqualTo("break");
  }

  @Test
  void eurostatNativeBornIsTheOwnCountryOfBirthAndTheEuSplitHasNoCbsGroup() {
    BackgroundBridge.Group nat = bridge.find(BackgroundBridge.EUROSTAT, "NAT").orElseThrow();
    assertThat(bridge.counterpart(nat).orElseThrow().code()).isEqualTo("A051735");
    BackgroundBridge.Group nonEu =
        bridge.find(BackgroundBridge.EUROSTAT, "NEU27_2020_FOR").orElseThrow();
    assertThat(nonEu.relation()).isEqualTo("none");
    assertThat(bridge.counterpart(nonEu)).isEmpty();
  }

  @Test
  void theClassificationChangesIn2022() {
    assertThat(BackgroundBridge.CHANGE_YEAR).isEqualTo(2022);
  }

  @Test
  void anUnknownRelationIsRefusedWhenTheBridgeLoads() {
    Map<String, String> row =
        Map.of(
            "scheme",
            "x",
            "code",
            "1",
            "label",
            "l",
            "series",
            "s",
            "relation",
            "maybe",
            "counterpart",
            "");
    assertThatThrownBy(() -> BackgroundBridge.of(List.of(row)))
        .hasMessageContaining("unknown relation 'maybe'");
  }
}
