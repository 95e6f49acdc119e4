package io.gradcap.core.internal.collect;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map whose versions share structure, so that folding a campaign's events stays
 * linear: a put copies one path of a hash trie (32-way, bitmap-indexed nodes) and one path of a
 * 32-way vector that keeps the entries in insertion order, O(log n) in all, never the whole map.
 * Iteration follows insertion order; replacing a value keeps the key's place. Keys are never
 * removed.
 */
public final class SharedMap<K, V> extends AbstractMap<K, V> {

  private static final SharedMap<?, ?> EMPTY = new SharedMap<>(Trie.EMPTY, Vector.EMPTY);

  /** Every entry by its key's hash. */
  private final Trie trie;

  /** The same entries in insertion order: {@code entries.get(e.index) == e}. */
  private final Vector entries;

  private SharedMap(Trie trie, Vector entries) {
    this.trie = trie;
    this.entries = entries;
  }

  @SuppressWarnings("unchecked")
  public static <K, V> SharedMap<K, V> empty() {
    return (SharedMap<K, V>) EMPTY;
  }

  public static <K, V> SharedMap<K, V> copyOf(Map<K, V> map) {
    if (map instanceof SharedMap<K, V> shared) {
      return shared;
    }
    // In bulk: the keys are distinct, so the trie is built by splitting them on their hash bits.
    List<Entry> all = new ArrayList<>(map.size());
    Vector entries = Vector.EMPTY;
    for (Map.Entry<K, V> entry : map.entrySet()) {
      Object key = Objects.requireNonNull(entry.getKey(), "key");
      Entry e =
          new Entry(key, Objects.requireNonNull(entry.getValue(), "value"), hash(key), all.size());
      all.add(e);
      entries = entries.append(e);
    }
    return all.isEmpty() ? empty() : new SharedMap<>(Trie.branch(all, 0), entries);
  }

  private static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  /** This map with the key mapped to the value (added at the end of the order if new). */
  public SharedMap<K, V> with(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    int h = hash(key);
    Entry old = trie.find(key, h);
    if (old == null) {
      Entry added = new Entry(key, value, h, entries.size);
      return new SharedMap<>(trie.with(added), entries.append(added));
    }
    if (old.value == value) {
      return this;
    }
    Entry replaced = new Entry(key, value, h, old.index);
    return new SharedMap<>(trie.with(replaced), entries.set(old.index, replaced));
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(Object key) {
    if (key == null) {
      return null;
    }
    Entry e = trie.find(key, hash(key));
    return e == null ? null : (V) e.value;
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && trie.find(key, hash(key)) != null;
  }

  @Override
  public int size() {
    return entries.size;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;
          private Object @Nullable [] leaf;

          @Override
          public boolean hasNext() {
            return next < entries.size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= entries.size) {
              throw new NoSuchElementException();
            }
            if ((next & Vector.MASK) == 0 || leaf == null) {
              leaf = entries.leafFor(next);
            }
            Entry e = (Entry) leaf[next & Vector.MASK];
            next++;
            return new AbstractMap.SimpleImmutableEntry<>((K) e.key, (V) e.value);
          }
        };
      }

      @Override
      public int size() {
        return entries.size;
      }
    };
  }

  /** A key, its value, its hash and its place in the insertion order. */
  private static final class Entry {
    final Object key;
    final Object value;
    final int hash;
    final int index;

    Entry(Object key, Object value, int hash, int index) {
      this.key = key;
      this.value = value;
      this.hash = hash;
      this.index = index;
    }
  }

  /**
   * A hash array mapped trie: each node takes 5 bits of the hash and holds, packed by a bitmap,
   * entries and child nodes; entries whose full hashes are equal share a collision node.
   */
  private abstract static sealed class Trie {
    static final Trie EMPTY = new Branch(0, new Object[0]);

    abstract @Nullable Entry find(Object key, int hash);

    /** This trie with the entry, replacing the one of an equal key. */
    final Trie with(Entry entry) {
      return put(entry, 0);
    }

    abstract Trie put(Entry entry, int shift);

    abstract int hash();

    /** The branch at this depth holding entries of distinct keys. */
    static Branch branch(List<Entry> entries, int shift) {
      @SuppressWarnings("unchecked")
      List<Entry>[] parts = new List[32];
      int bitmap = 0;
      for (Entry e : entries) {
        int at = (e.hash >>> shift) & 31;
        if (parts[at] == null) {
          parts[at] = new ArrayList<>(2);
          bitmap |= 1 << at;
        }
        parts[at].add(e);
      }
      Object[] slots = new Object[Integer.bitCount(bitmap)];
      int next = 0;
      for (List<Entry> part : parts) {
        if (part != null) {
          slots[next++] = slot(part, shift + 5);
        }
      }
      return new Branch(bitmap, slots);
    }

    private static Object slot(List<Entry> entries, int shift) {
      if (entries.size() == 1) {
        return entries.get(0);
      }
      int hash = entries.get(0).hash;
      for (Entry e : entries) {
        if (e.hash != hash) {
          return branch(entries, shift);
        }
      }
      return new Collision(hash, entries.toArray(new Entry[0]));
    }

    /** The smallest trie at this depth holding two parts of different hashes. */
    static Trie pair(Object a, int hashA, Object b, int hashB, int shift) {
      int bitA = 1 << ((hashA >>> shift) & 31);
      int bitB = 1 << ((hashB >>> shift) & 31);
      if (bitA == bitB) {
        return new Branch(bitA, new Object[] {pair(a, hashA, b, hashB, shift + 5)});
      }
      return new Branch(
          bitA | bitB,
          Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a});
    }
  }

  private static final class Branch extends Trie {
    private final int bitmap;

    /** Entries and child tries, in the order of their bits. */
    private final Object[] slots;

    Branch(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    @Override
    @Nullable Entry find(Object key, int hash) {
      Branch node = this;
      int shift = 0;
      while (true) {
        int bit = 1 << ((hash >>> shift) & 31);
        if ((node.bitmap & bit) == 0) {
          return null;
        }
        Object slot = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
        if (slot instanceof Entry e) {
          return e.hash == hash && e.key.equals(key) ? e : null;
        }
        if (slot instanceof Collision c) {
          return c.find(key, hash);
        }
        node = (Branch) slot;
        shift += 5;
      }
    }

    @Override
    Trie put(Entry entry, int shift) {
      int bit = 1 << ((entry.hash >>> shift) & 31);
      int at = Integer.bitCount(bitmap & (bit - 1));
      if ((bitmap & bit) == 0) {
        Object[] grown = new Object[slots.length + 1];
        System.arraycopy(slots, 0, grown, 0, at);
        grown[at] = entry;
        System.arraycopy(slots, at, grown, at + 1, slots.length - at);
        return new Branch(bitmap | bit, grown);
      }
      Object slot = slots[at];
      Object replacement;
      if (slot instanceof Entry e) {
        if (e.hash == entry.hash) {
          replacement =
              e.key.equals(entry.key) ? entry : new Collision(e.hash, new Entry[] {e, entry});
        } else {
          replacement = Trie.pair(e, e.hash, entry, entry.hash, shift + 5);
        }
      } else {
        Trie child = (Trie) slot;
        replacement =
            child instanceof Branch || child.hash() == entry.hash
                ? child.put(entry, shift + 5)
                : Trie.pair(child, child.hash(), entry, entry.hash, shift + 5);
      }
      Object[] copy = slots.clone();
      copy[at] = replacement;
      return new Branch(bitmap, copy);
    }

    @Override
    int hash() {
      throw new IllegalStateException("a branch has no single hash");
    }
  }

  /** Entries whose keys' hashes are all equal. */
  private static final class Collision extends Trie {
    private final int hash;
    private final Entry[] entries;

    Collision(int hash, Entry[] entries) {
      this.hash = hash;
      this.entries = entries;
    }

    @Override
    @Nullable Entry find(Object key, int hash) {
      if (hash != this.hash) {
        return null;
      }
      for (Entry e : entries) {
        if (e.key.equals(key)) {
          return e;
        }
      }
      return null;
    }

    @Override
    Trie put(Entry entry, int shift) {
      for (int i = 0; i < entries.length; i++) {
        if (entries[i].key.equals(entry.key)) {
          Entry[] copy = entries.clone();
          copy[i] = entry;
          return new Collision(hash, copy);
        }
      }
      Entry[] grown = Arrays.copyOf(entries, entries.length + 1);
      grown[entries.length] = entry;
      return new Collision(hash, grown);
    }

    @Override
    int hash() {
      return hash;
    }
  }

  /**
   * A persistent vector: a 32-way trie of full leaves plus a tail of up to 32 elements, so an
   * append copies the tail (or one path when the tail is full) and a set copies one path.
   */
  static final class Vector {
    static final int BITS = 5;
    static final int WIDTH = 1 << BITS;
    static final int MASK = WIDTH - 1;
    static final Vector EMPTY = new Vector(0, BITS, new Object[WIDTH], new Object[0]);

    final int size;
    private final int shift;
    private final Object[] root;
    private final Object[] tail;

    private Vector(int size, int shift, Object[] root, Object[] tail) {
      this.size = size;
      this.shift = shift;
      this.root = root;
      this.tail = tail;
    }

    private int tailOffset() {
      return size < WIDTH ? 0 : ((size - 1) >>> BITS) << BITS;
    }

    /** The leaf array holding element {@code index}, at {@code index & MASK}. */
    Object[] leafFor(int index) {
      Objects.checkIndex(index, size);
      if (index >= tailOffset()) {
        return tail;
      }
      Object[] node = root;
      for (int level = shift; level > 0; level -= BITS) {
        node = (Object[]) node[(index >>> level) & MASK];
      }
      return node;
    }

    Object get(int index) {
      return leafFor(index)[index & MASK];
    }

    Vector append(Object element) {
      if (size - tailOffset() < WIDTH) {
        Object[] newTail = Arrays.copyOf(tail, tail.length + 1);
        newTail[tail.length] = element;
        return new Vector(size + 1, shift, root, newTail);
      }
      Object[] newRoot;
      int newShift = shift;
      if ((size >>> BITS) > (1 << shift)) {
        newRoot = new Object[WIDTH];
        newRoot[0] = root;
        newRoot[1] = newPath(shift, tail);
        newShift += BITS;
      } else {
        newRoot = pushTail(shift, root, tail);
      }
      return new Vector(size + 1, newShift, newRoot, new Object[] {element});
    }

    private Object[] pushTail(int level, Object[] parent, Object[] leaf) {
      int at = ((size - 1) >>> level) & MASK;
      Object[] copy = parent.clone();
      if (level == BITS) {
        copy[at] = leaf;
      } else {
        Object[] child = (Object[]) parent[at];
        copy[at] =
            child != null ? pushTail(level - BITS, child, leaf) : newPath(level - BITS, leaf);
      }
      return copy;
    }

    private static Object[] newPath(int level, Object[] leaf) {
      if (level == 0) {
        return leaf;
      }
      Object[] node = new Object[WIDTH];
      node[0] = newPath(level - BITS, leaf);
      return node;
    }

    Vector set(int index, Object element) {
      Objects.checkIndex(index, size);
      if (index >= tailOffset()) {
        Object[] newTail = tail.clone();
        newTail[index & MASK] = element;
        return new Vector(size, shift, root, newTail);
      }
      return new Vector(size, shift, set(shift, root, index, element), tail);
    }

    private static Object[] set(int level, Object[] node, int index, Object element) {
      Object[] copy = node.clone();
      if (level == 0) {
        copy[index & MASK] = element;
      } else {
        int at = (index >>> level) & MASK;
        copy[at] = set(level - BITS, (Object[]) node[at], index, element);
      }
      return copy;
    }
  }
}
