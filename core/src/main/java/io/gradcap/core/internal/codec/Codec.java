package io.gradcap.core.internal.codec;

/**
 * How values of one type are written to a JSON stream and read back from it, token by token.
 *
 * <p>A value is one JSON value, or several in a row for an {@linkplain Shape#inline() inline}
 * shape. Reading starts on the value's first token, which the caller has moved to, and ends on its
 * last.
 */
public interface Codec<T> {

  void write(Out out, T value);

  /**
   * The value whose first token is the parser's current one; the parser is left on its last token.
   *
   * @throws IllegalArgumentException if the tokens are not such a value
   */
  T read(In in);
}
