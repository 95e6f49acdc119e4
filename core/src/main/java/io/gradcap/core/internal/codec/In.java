package io.gradcap.core.internal.codec;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * One stream being read: the parser, the mapper for parts left to data binding, and state. Anything
 * that does not read exactly as written is an {@link IllegalArgumentException}.
 */
public final class In {

  private final JsonParser parser;
  private final ObjectMapper mapper;
  private @Nullable Object[] states = new Object[4];

  public In(JsonParser parser, ObjectMapper mapper) {
    this.parser = parser;
    this.mapper = mapper;
  }

  public JsonParser parser() {
    return parser;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Moves to the next token. */
  public @Nullable JsonToken next() {
    return parser.nextToken();
  }

  public @Nullable JsonToken current() {
    return parser.currentToken();
  }

  public void expect(@Nullable JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalArgumentException("expected " + expected + ", found " + actual);
    }
  }

  /** Moves to the next token, a property of the given name. */
  public void name(String name) {
    expect(next(), JsonToken.PROPERTY_NAME);
    if (!name.equals(parser.currentName())) {
      throw new IllegalArgumentException("expected " + name + ", found " + parser.currentName());
    }
  }

  /** The string at the current token. */
  public String text() {
    expect(parser.currentToken(), JsonToken.VALUE_STRING);
    return parser.getString();
  }

  /** The integer at the current token. */
  public long longValue() {
    expect(parser.currentToken(), JsonToken.VALUE_NUMBER_INT);
    return parser.getLongValue();
  }

  /** The integer at the current token. */
  public int intValue() {
    expect(parser.currentToken(), JsonToken.VALUE_NUMBER_INT);
    return parser.getIntValue();
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
