package nl.migstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapClassesTest {
  @Test
  void fiveQuantileClassesHoldAFifthEach() {
    List<Double> values = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    MapClasses classes = MapClasses.quantiles(values);
    assertThat(classes.lower()).isEqualTo(1.0);
    assertThat(classes.upper()).containsExactly(2.0, 4.0, 6.0, 8.0, 10.0);
    assertThat(classes.colours()).isEqualTo(MapClasses.BLUES);
    assertThat(values.stream().map(classes::classOf).toList())
        .containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
  }

  @Test
  void fewerDistinctValuesGiveFewerClassesFromTheMiddleOfThePalette() {
    MapClasses classes = MapClasses.quantiles(List.of(30.0, 30.0, 45.0));
    assertThat(classes.upper()).containsExactly(30.0, 45.0);
    assertThat(classes.colours()).containsExactly("#bdd7e7", "#6baed6");
  }

  @Test
  void aChangeHasFiveClassesOfEqualWidthAroundZero() {
    MapClasses classes = MapClasses.diverging(List.of(-1.0, 0.5, 2.5));
    assertThat(classes.lower()).isEqualTo(-2.5);
    assertThat(classes.upper()).containsExactly(-1.5, -0.5, 0.5, 1.5, 2.5);
    assertThat(classes.classOf(0.0)).isEqualTo(2);
    assertThat(classes.colours().get(2)).isEqualTo("#f7f7f7");
    assertThat(classes.classOf(-1.0)).isEqualTo(1);
  }
}
