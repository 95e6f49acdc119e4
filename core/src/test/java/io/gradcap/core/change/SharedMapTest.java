package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SharedMapTest {

  @Test
  void behaves_like_an_insertion_ordered_map_and_old_versions_never_change() {
    SplittableRandom random = new SplittableRandom(42);
    Map<Integer, String> expected = new LinkedHashMap<>();
    SharedMap<Integer, String> map = SharedMap.empty();
    SharedMap<Integer, String> halfway = map;
    Map<Integer, String> expectedHalfway = Map.of();
    for (int i = 0; i < 5000; i++) {
      int key = random.nextInt(3000) - 1500;
      expected.put(key, "v" + i);
      map = map.with(key, "v" + i);
      if (i == 2500) {
        halfway = map;
        expectedHalfway = new LinkedHashMap<>(expected);
      }
    }
    assertThat(map).containsExactlyEntriesOf(expected);
    assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(halfway).containsExactlyEntriesOf(expectedHalfway);
    assertThat(map.get(99_999)).isNull();
    assertThat(map.containsKey(99_999)).isFalse();
  }

  @Test
  void equal_to_any_map_with_the_same_entries() {
    SharedMap<String, Integer> ab = SharedMap.<String, Integer>empty().with("a", 1).with("b", 2);
    new EqualsTester()
        .addEqualityGroup(ab, Map.of("a", 1, "b", 2), SharedMap.copyOf(Map.of("b", 2, "a", 1)))
        .addEqualityGroup(ab.with("a", 3))
        .addEqualityGroup(SharedMap.empty(), Map.of())
        .testEquals();
  }
}
