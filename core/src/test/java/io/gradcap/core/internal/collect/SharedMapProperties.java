package io.gradcap.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Any sequence of puts leaves a shared map equal, in content and order, to a LinkedHashMap. */
class SharedMapProperties {

  @Test
  void every_version_equals_the_linked_hash_map_of_the_same_puts() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(-5_000, 5_000)).ofSizeBetween(0, 3_000),
            integers().between(1, 64))
        .checkAssert(
            (keys, spread) -> {
              SharedMap<Integer, Integer> map = SharedMap.empty();
              Map<Integer, Integer> expected = new LinkedHashMap<>();
              List<SharedMap<Integer, Integer>> versions = new ArrayList<>();
              List<Map<Integer, Integer>> expectedVersions = new ArrayList<>();
              for (int i = 0; i < keys.size(); i++) {
                // Keys multiplied by the spread collide in their low bits, so the trie grows deep.
                int key = keys.get(i) * (spread << 5);
                map = map.with(key, i);
                expected.put(key, i);
                if (i % 500 == 0) {
                  versions.add(map);
                  expectedVersions.add(new LinkedHashMap<>(expected));
                }
              }
              assertThat(map).containsExactlyEntriesOf(expected);
              assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
              for (int v = 0; v < versions.size(); v++) {
                assertThat(versions.get(v)).containsExactlyEntriesOf(expectedVersions.get(v));
              }
              for (int probe = -50; probe < 50; probe++) {
                assertThat(map.get(probe)).isEqualTo(expected.get(probe));
              }
            });
  }
}
