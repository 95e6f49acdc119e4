package io.gradcap.core.internal.codec;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A codec's own state within one stream, such as the values it has written so far: each {@link Out}
 * and {@link In} keeps one per slot, made when first asked for.
 */
public final class Slot<S> {

  private static final AtomicInteger NEXT = new AtomicInteger();

  final int index = NEXT.getAndIncrement();
  final Supplier<S> initial;

  public Slot(Supplier<S> initial) {
    this.initial = initial;
  }
}
