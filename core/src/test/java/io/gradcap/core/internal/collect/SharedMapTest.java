package io.gradcap.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  void holds_two_hundred_thousand_keys_in_order_and_keeps_every_version_it_made() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    SharedMap<String, Integer> map = SharedMap.empty();
    List<SharedMap<String, Integer>> versions = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      String key = "2021" + (1_000_000 + i * 7919 % 200_000) + "/NAME";
      expected.put(key, i);
      map = map.with(key, i);
      if (i % 50_000 == 49_999) {
        versions.add(map);
      }
    }
    SharedMap<String, Integer> replaced = map;
    for (int i = 0; i < 200_000; i += 3) {
      String key = "2021" + (1_000_000 + i * 7919 % 200_000) + "/NAME";
      replaced = replaced.with(key, -i);
    }
    assertThat(map).hasSize(200_000).containsExactlyEntriesOf(expected);
    for (int v = 0; v < versions.size(); v++) {
      SharedMap<String, Integer> version = versions.get(v);
      assertThat(version).hasSize((v + 1) * 50_000);
      int last = (v + 1) * 50_000 - 1;
      assertThat(version.get("2021" + (1_000_000 + last * 7919 % 200_000) + "/NAME"))
          .isEqualTo(last);
      if (last + 1 < 200_000) {
        assertThat(version.get("2021" + (1_000_000 + (last + 1) * 7919 % 200_000) + "/NAME"))
            .isNull();
      }
    }
    assertThat(replaced).hasSize(200_000);
    assertThat(replaced.keySet()).containsExactlyElementsOf(expected.keySet());
    int i = 0;
    for (Map.Entry<String, Integer> e : replaced.entrySet()) {
      assertThat(e.getValue()).isEqualTo(i % 3 == 0 ? -i : i);
      i++;
    }
  }

  @Test
  void keys_whose_hashes_collide_stay_apart() {
    // "Aa" and "BB" have the same hash code, so every mix of them of one length does too.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder key = new StringBuilder();
      for (int b = 0; b < 6; b++) {
        key.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(key.toString());
    }
    SharedMap<Object, Integer> map = SharedMap.empty();
    Map<Object, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < colliding.size(); i++) {
      map = map.with(colliding.get(i), i).with(i, i);
      expected.put(colliding.get(i), i);
      expected.put(i, i);
    }
    map = map.with(colliding.get(5), 500);
    expected.put(colliding.get(5), 500);
    assertThat(map).containsExactlyEntriesOf(expected);
    assertThat(map.get("AaAaAaAaAaAaAa")).isNull();
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
