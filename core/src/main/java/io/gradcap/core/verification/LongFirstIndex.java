package io.gradcap.core.verification;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to the first position they were seen at, for the uniqueness
 * rules: two flat arrays instead of a million boxed map entries. It grows as keys come, so a stream
 * of records of unknown length fits.
 */
final class LongFirstIndex {

  private long[] keys;
  private int[] positions;
  private int mask;
  private int size;

  LongFirstIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    positions = new int[capacity];
    Arrays.fill(positions, -1);
    mask = capacity - 1;
  }

  /**
   * Records the key at the position unless it was seen before; gives the earlier position or -1.
   */
  int putIfAbsent(long key, int position) {
    int slot = slot(key);
    while (positions[slot] >= 0) {
      if (keys[slot] == key) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    positions[slot] = position;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldPositions = positions;
    keys = new long[oldKeys.length * 2];
    positions = new int[oldKeys.length * 2];
    Arrays.fill(positions, -1);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldPositions[i] >= 0) {
        int slot = slot(oldKeys[i]);
        while (positions[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        positions[slot] = oldPositions[i];
      }
    }
  }
}
