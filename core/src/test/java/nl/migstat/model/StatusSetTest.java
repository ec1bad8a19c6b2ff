package nl.migstat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatusSetTest {
  /** Eurostat {@code bep}: three states, strongest first, the break leading. */
  @Test
  void keepsEveryStateStrongestFirst() {
    StatusSet bep = StatusSet.of(Status.PROVISIONAL, Status.ESTIMATED, Status.BREAK);
    assertThat(bep.statuses()).containsExactly(Status.BREAK, Status.PROVISIONAL, Status.ESTIMATED);
    assertThat(bep.strongest()).isEqualTo(Status.BREAK);
    assertThat(bep.code()).isEqualTo("break,provisional,estimated");
    assertThat(bep.contains(Status.ESTIMATED)).isTrue();
    assertThat(bep.contains(Status.REVISED)).isFalse();
  }

  /** One object per combination: a stored code read back in any order is the same set. */
  @Test
  void aCodeReadsBackAsTheSameSetInAnyOrder() {
    StatusSet read = StatusSet.fromCode("estimated, break,provisional");
    assertThat(read).isSameAs(StatusSet.of(Status.BREAK, Status.ESTIMATED, Status.PROVISIONAL));
    assertThat(read.code()).isSameAs(StatusSet.fromCode(read.code()).code());
    assertThat(StatusSet.fromCode(null)).isSameAs(StatusSet.NONE);
    assertThat(StatusSet.fromCode("")).isSameAs(StatusSet.NONE);
    assertThatThrownBy(() -> StatusSet.fromCode("break,nil"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrdinaryFigureHasNoStatesAndNoCode() {
    assertThat(StatusSet.NONE.isEmpty()).isTrue();
    assertThat(StatusSet.NONE.strongest()).isNull();
    assertThat(StatusSet.NONE.code()).isNull();
    assertThat(StatusSet.of((Status) null)).isSameAs(StatusSet.NONE);
  }

  @Test
  void unionAddsAndWithoutRemoves() {
    StatusSet cbs = StatusSet.of(Status.REVISED_PROVISIONAL);
    StatusSet both = cbs.union(StatusSet.of(Status.CONFIDENTIAL)).with(Status.BREAK);
    assertThat(both.code()).isEqualTo("confidential,break,revised_provisional");
    assertThat(both.without(Status.CONFIDENTIAL).strongest()).isEqualTo(Status.BREAK);
  }

  /**
   * The order of strength: no figure first, then what stays true for good (a break, a different
   * definition), then what passes with a later release; CBS {@code **} (nader voorlopig) between
   * provisional and estimated, and never the same state as Eurostat's revised {@code r}.
   */
  @Test
  void naderVoorlopigIsAStateOfItsOwnBetweenProvisionalAndEstimated() {
    assertThat(Status.values())
        .containsExactly(
            Status.CONFIDENTIAL,
            Status.NOT_AVAILABLE,
            Status.NOT_APPLICABLE,
            Status.BREAK,
            Status.DEFINITION_DIFFERS,
            Status.PROVISIONAL,
            Status.REVISED_PROVISIONAL,
            Status.ESTIMATED,
            Status.REVISED,
            Status.LOW_RELIABILITY);
    assertThat(Status.REVISED_PROVISIONAL.code()).isEqualTo("revised_provisional");
  }

  @Test
  void anObservationsStatusMustBeTheStrongestOfItsStates() {
    assertThatThrownBy(
            () ->
                new Observation(
                    "cbs:t",
                    "m",
                    "2023",
                    "A",
                    "NL",
                    new java.util.TreeMap<>(),
                    1.0,
                    Status.PROVISIONAL,
                    StatusSet.of(Status.PROVISIONAL, Status.BREAK),
                    "*",
                    "f:1"))
        .hasMessageContaining("not the strongest");
  }
}
