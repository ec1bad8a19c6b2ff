package nl.migstat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DimsTest {
  private static final TreeMap<String, String> TREE =
      new TreeMap<>(Map.of("sex", "F", "age", "Y15-19", "citizen", "SY", "agedef", "COMPLET"));

  @Test
  void behavesAsTheSortedMapItWasMadeFrom() {
    Dims dims = Dims.of(TREE);
    assertThat(dims).isEqualTo(TREE);
    assertThat(TREE).isEqualTo(dims);
    assertThat(dims.hashCode()).isEqualTo(TREE.hashCode());
    assertThat(dims.keySet()).containsExactly("age", "agedef", "citizen", "sex");
    assertThat(dims.values()).containsExactly("Y15-19", "COMPLET", "SY", "F");
    assertThat(dims.entrySet()).containsExactlyElementsOf(TREE.entrySet());
    assertThat(dims.get("citizen")).isEqualTo("SY");
    assertThat(dims.get("geo")).isNull();
    assertThat(dims.get(42)).isNull();
    assertThat(dims.containsKey("sex")).isTrue();
    assertThat(dims.containsKey("unit")).isFalse();
    assertThat(dims.firstKey()).isEqualTo("age");
    assertThat(dims.lastKey()).isEqualTo("sex");
    assertThat(dims.comparator()).isNull();
    assertThat(dims.headMap("b")).isEqualTo(TREE.headMap("b"));
    assertThat(dims.subMap("agedef", "sex")).isEqualTo(TREE.subMap("agedef", "sex"));
    assertThat(dims.tailMap("c")).isEqualTo(TREE.tailMap("c"));
    assertThat(dims.key(1)).isEqualTo("agedef");
    assertThat(dims.value(1)).isEqualTo("COMPLET");
    assertThat(Dims.of(dims)).isSameAs(dims);
    assertThatThrownBy(() -> dims.put("unit", "NR"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dims.entrySet().iterator().next().setValue("M"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void emptyOrNullIsTheEmptyMap() {
    assertThat(Dims.of(null)).isEmpty();
    assertThat(Dims.of(Map.of())).isEqualTo(Map.of());
    assertThatThrownBy(() -> Dims.of(Map.of()).firstKey())
        .isInstanceOf(NoSuchElementException.class);
  }

  /** As a bulk reader makes them per line: names checked once, codes taken as they are. */
  @Test
  void madeFromSortedNamesEqualsTheSameMap() {
    Dims.Names names = Dims.names(List.of("age", "agedef", "citizen", "sex"));
    assertThat(Dims.of(names, new String[] {"Y15-19", "COMPLET", "SY", "F"})).isEqualTo(TREE);
    assertThat(Dims.of(Dims.names(List.of()), new String[0])).isEmpty();
    assertThatThrownBy(() -> Dims.names(List.of("sex", "age")))
        .hasMessageContaining("not strictly ascending");
    assertThatThrownBy(() -> Dims.names(List.of("age", "age")))
        .hasMessageContaining("not strictly ascending");
    assertThatThrownBy(() -> Dims.of(names, new String[] {"F"}))
        .hasMessageContaining("4 names for 1 codes");
  }
}
