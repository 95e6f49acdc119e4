package io.gradcap.core.verification;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to the first position they were seen at, for the
 * uniqueness rules: two flat arrays instead of a million boxed map entries.
 */
final class LongFirstIndex {

  private final long[] keys;
  private final int[] positions;
  private final int mask;

  LongFirstIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    positions = new int[capacity];
    Arrays.fill(positions, -1);
    mask = capacity - 1;
  }

  /** Records the key at the position unless it was seen before; gives the earlier position or -1. */
  int putIfAbsent(long key, int position) {
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (positions[slot] >= 0) {
      if (keys[slot] == key) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    positions[slot] = position;
    return -1;
  }
}
