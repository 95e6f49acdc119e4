package io.gradcap.core.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedSetTest {

  @Test
  void adding_gives_a_new_version_and_leaves_the_old_one_as_it_was() {
    SharedSet<String> one = SharedSet.<String>empty().with("a");
    SharedSet<String> two = one.with("b");

    assertThat(one).containsExactly("a");
    assertThat(two).containsExactly("a", "b");
    assertThat(two.with("a")).isSameAs(two);
    assertThat(two).isEqualTo(Set.of("b", "a")).hasSameHashCodeAs(Set.of("a", "b"));
  }

  @Test
  void a_copy_keeps_the_order_it_was_given_and_a_shared_set_is_not_copied_again() {
    Set<Integer> given = new LinkedHashSet<>(List.of(3, 1, 2));
    SharedSet<Integer> copy = SharedSet.copyOf(given);

    assertThat(copy).containsExactly(3, 1, 2);
    assertThat(SharedSet.copyOf(copy)).isSameAs(copy);
    assertThat(SharedSet.copyOf(Set.of())).isSameAs(SharedSet.empty());
    assertThat(copy.contains(4)).isFalse();
  }

  @Test
  void many_additions_are_all_there() {
    SharedSet<Integer> set = SharedSet.empty();
    for (int i = 0; i < 10_000; i++) {
      set = set.with(i);
    }
    assertThat(set).hasSize(10_000);
    for (int i = 0; i < 10_000; i++) {
      assertThat(set.contains(i)).isTrue();
    }
  }
}
