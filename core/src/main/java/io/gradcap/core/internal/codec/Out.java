package io.gradcap.core.internal.codec;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * One stream being written: the generator, the mapper for parts left to data binding, and state.
 */
public final class Out {

  private final JsonGenerator generator;
  private final ObjectMapper mapper;
  private @Nullable Object[] states = new Object[4];

  public Out(JsonGenerator generator, ObjectMapper mapper) {
    this.generator = generator;
    this.mapper = mapper;
  }

  public JsonGenerator generator() {
    return generator;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** The slot's state in this stream. */
  @SuppressWarnings("unchecked")
  public <S> S state(Slot<S> slot) {
    if (slot.index >= states.length) {
      states = Arrays.copyOf(states, Math.max(slot.index + 1, states.length * 2));
    }
    Object state = states[slot.index];
    if (state == null) {
      state = slot.initial.get();
      states[slot.index] = state;
    }
    return (S) state;
  }
}
