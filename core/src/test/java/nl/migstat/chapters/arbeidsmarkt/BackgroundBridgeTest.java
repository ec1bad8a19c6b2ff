package nl.migstat.chapters.arbeidsmarkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackgroundBridgeTest {
  private final BackgroundBridge bridge = BackgroundBridge.bundled();

  @Test
  void migrationBackgroundContinuesOneToOneAsOriginOutsideTheNetherlands() {
    BackgroundBridge.Group old = bridge.find(BackgroundBridge.OLD, "2012605").orElseThrow();
    BackgroundBridge.Group successor = bridge.counterpart(old).orElseThrow();
    assertThat(successor.scheme()).isEqualTo(BackgroundBridge.NEW);
    assertThat(successor.code()).isEqualTo("2012605");
    assertThat(successor.label()).isEqualTo("Buiten Nederland");
    assertThat(old.joinsAcrossChange()).isTrue();
    assertThat(successor.series()).isEqualTo(old.series());
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
