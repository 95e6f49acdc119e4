package io.gradcap.core.change;

import com.google.common.collect.ImmutableMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map whose versions share structure, so that folding thousands of events stays
 * linear: keys hash into 1,024 small buckets under a 32-wide spine, and a put copies one bucket,
 * one spine row and the last chunk of the key order, never the whole map. Iteration follows
 * insertion order. Keys are never removed.
 */
final class SharedMap<K, V> extends AbstractMap<K, V> {

  private static final int WIDTH = 32;
  private static final SharedMap<?, ?> EMPTY = new SharedMap<>(new Object[WIDTH][], new Object[0][], 0);

  /** {@code rows[i][j]} is the bucket (an {@link ImmutableMap}) of the keys hashing to (i, j), or null. */
  private final Object[][] rows;
  /** The keys in insertion order, in chunks of {@link #WIDTH}; the last chunk may be partly filled. */
  private final Object[][] order;
  private final int size;

  private SharedMap(Object[][] rows, Object[][] order, int size) {
    this.rows = rows;
    this.order = order;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K, V> SharedMap<K, V> empty() {
    return (SharedMap<K, V>) EMPTY;
  }

  static <K, V> SharedMap<K, V> copyOf(Map<K, V> map) {
    if (map instanceof SharedMap<K, V> shared) {
      return shared;
    }
    SharedMap<K, V> copy = empty();
    for (Map.Entry<K, V> entry : map.entrySet()) {
      copy = copy.with(entry.getKey(), entry.getValue());
    }
    return copy;
  }

  private static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  @SuppressWarnings("unchecked")
  private @Nullable ImmutableMap<K, V> bucket(Object key) {
    int h = hash(key);
    Object[] row = rows[(h >>> 5) & (WIDTH - 1)];
    return row == null ? null : (ImmutableMap<K, V>) row[h & (WIDTH - 1)];
  }

  /** This map with the key mapped to the value (added at the end of the order if new). */
  SharedMap<K, V> with(K key, V value) {
    int h = hash(key);
    int i = (h >>> 5) & (WIDTH - 1);
    int j = h & (WIDTH - 1);
    ImmutableMap<K, V> bucket = bucket(key);
    boolean added = bucket == null || !bucket.containsKey(key);
    ImmutableMap.Builder<K, V> builder = ImmutableMap.builder();
    if (bucket != null) {
      builder.putAll(bucket);
    }
    Object[] row = rows[i] == null ? new Object[WIDTH] : rows[i].clone();
    row[j] = builder.put(key, value).buildKeepingLast();
    Object[][] newRows = rows.clone();
    newRows[i] = row;
    if (!added) {
      return new SharedMap<>(newRows, order, size);
    }
    Object[][] newOrder;
    int offset = size % WIDTH;
    if (offset == 0) {
      newOrder = Arrays.copyOf(order, order.length + 1);
      newOrder[order.length] = new Object[WIDTH];
    } else {
      newOrder = order.clone();
      newOrder[order.length - 1] = order[order.length - 1].clone();
    }
    newOrder[newOrder.length - 1][offset] = key;
    return new SharedMap<>(newRows, newOrder, size + 1);
  }

  @Override
  public @Nullable V get(Object key) {
    ImmutableMap<K, V> bucket = bucket(key);
    return bucket == null ? null : bucket.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    ImmutableMap<K, V> bucket = bucket(key);
    return bucket != null && bucket.containsKey(key);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            K key = (K) order[next / WIDTH][next % WIDTH];
            next++;
            return new AbstractMap.SimpleImmutableEntry<>(key, get(key));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
