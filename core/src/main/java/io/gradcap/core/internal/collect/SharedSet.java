package io.gradcap.core.internal.collect;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set whose versions share structure: a {@link SharedMap} of its elements, so adding
 * one copies O(log n) nodes, never the whole set. Iteration follows insertion order. Elements are
 * never removed.
 */
public final class SharedSet<E> extends AbstractSet<E> {

  private static final SharedSet<?> EMPTY = new SharedSet<>(SharedMap.empty());

  private final SharedMap<E, Boolean> elements;

  private SharedSet(SharedMap<E, Boolean> elements) {
    this.elements = elements;
  }

  @SuppressWarnings("unchecked")
  public static <E> SharedSet<E> empty() {
    return (SharedSet<E>) EMPTY;
  }

  /** The set itself if it is shared already, else a shared copy of it. */
  public static <E> SharedSet<E> copyOf(Collection<? extends E> elements) {
    if (elements instanceof SharedSet<?> shared) {
      @SuppressWarnings("unchecked")
      SharedSet<E> same = (SharedSet<E>) shared;
      return same;
    }
    if (elements.isEmpty()) {
      return empty();
    }
    Map<E, Boolean> all = new LinkedHashMap<>();
    elements.forEach(e -> all.put(e, Boolean.TRUE));
    return new SharedSet<>(SharedMap.copyOf(all));
  }

  /** This set with the element added (at the end of the order if new). */
  public SharedSet<E> with(E element) {
    SharedMap<E, Boolean> next = elements.with(element, Boolean.TRUE);
    return next == elements ? this : new SharedSet<>(next);
  }

  @Override
  public boolean contains(Object o) {
    return elements.containsKey(o);
  }

  @Override
  public Iterator<E> iterator() {
    return elements.keySet().iterator();
  }

  @Override
  public int size() {
    return elements.size();
  }
}
