package io.gradcap.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index behind the duplicate rules: the first position of each key, however many keys come. */
class LongFirstIndexTest {

  @Test
  void a_new_key_gives_minus_one_and_a_repeated_key_gives_its_first_position() {
    LongFirstIndex index = new LongFirstIndex(4);
    assertThat(index.putIfAbsent(42L, 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent(43L, 1)).isEqualTo(-1);
    assertThat(index.putIfAbsent(42L, 2)).isEqualTo(0);
    assertThat(index.putIfAbsent(42L, 3))
        .as("the first position is kept, not the latest")
        .isEqualTo(0);
    assertThat(index.putIfAbsent(43L, 4)).isEqualTo(1);
    assertThat(index.putIfAbsent(0L, 5)).as("zero is a key like any other").isEqualTo(-1);
    assertThat(index.putIfAbsent(0L, 6)).isEqualTo(5);
  }

  @Test
  void far_more_keys_than_expected_are_all_remembered_with_their_first_positions() {
    LongFirstIndex index = new LongFirstIndex(1);
    int n = 5000;
    for (int i = 0; i < n; i++) {
      assertThat(index.putIfAbsent(key(i), i)).as("key %s", i).isEqualTo(-1);
    }
    for (int i = 0; i < n; i++) {
      assertThat(index.putIfAbsent(key(i), n + i)).as("key %s", i).isEqualTo(i);
    }
  }

  @Test
  void keys_that_fill_the_expected_size_exactly_are_all_remembered() {
    for (int expected : new int[] {1, 8, 9, 16, 100}) {
      LongFirstIndex index = new LongFirstIndex(expected);
      for (int i = 0; i < expected; i++) {
        assertThat(index.putIfAbsent(key(i), i)).isEqualTo(-1);
      }
      for (int i = 0; i < expected; i++) {
        assertThat(index.putIfAbsent(key(i), -5)).as("%s of %s", i, expected).isEqualTo(i);
      }
      assertThat(index.putIfAbsent(key(expected), expected)).isEqualTo(-1);
    }
  }

  @Test
  void the_key_of_the_first_record_survives_every_growth_of_the_index() {
    // Position 0 is a real position, not an empty slot, before and after each rehash.
    LongFirstIndex index = new LongFirstIndex(1);
    assertThat(index.putIfAbsent(7L, 0)).isEqualTo(-1);
    for (int i = 1; i < 3000; i++) {
      index.putIfAbsent(key(i), i);
      if ((i & (i - 1)) == 0) {
        assertThat(index.putIfAbsent(7L, -1)).as("after %s keys", i).isEqualTo(0);
      }
    }
    assertThat(index.putIfAbsent(7L, 3000)).isEqualTo(0);
  }

  @Test
  void negative_and_large_keys_are_kept_apart() {
    LongFirstIndex index = new LongFirstIndex(16);
    long[] keys = {
      Long.MIN_VALUE, -1L, Long.MAX_VALUE, 1L << 32, 1L, (1L << 32) + 1, 0x9E3779B97F4A7C15L
    };
    for (int i = 0; i < keys.length; i++) {
      assertThat(index.putIfAbsent(keys[i], i)).isEqualTo(-1);
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(index.putIfAbsent(keys[i], 99)).isEqualTo(i);
    }
  }

  /**
   * The index exists for rosters of hundreds of thousands of rows: a quarter of a million
   * consecutive student numbers (a worst case for a poor hash) are each found once and again. (A
   * hash that piles them up makes this quadratic: mutation runs time it out.)
   */
  @Test
  void a_quarter_of_a_million_consecutive_student_numbers_are_indexed_in_linear_time() {
    int n = 250_000;
    LongFirstIndex index = new LongFirstIndex(1024);
    for (int i = 0; i < n; i++) {
      if (index.putIfAbsent((2021000000L + i) * 18 + 10, i) != -1) {
        throw new AssertionError("key " + i + " reported as seen before");
      }
    }
    for (int i = 0; i < n; i += 997) {
      assertThat(index.putIfAbsent((2021000000L + i) * 18 + 10, n)).isEqualTo(i);
    }
  }

  /** Keys shaped like the numeric student-number keys: value times 18 plus length. */
  private static long key(int i) {
    return (2021000000L + i * 7L) * 18 + 10;
  }
}
