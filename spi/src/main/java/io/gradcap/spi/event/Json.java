package io.gradcap.spi.event;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Checks that bytes are one well-formed JSON text (RFC 8259) in UTF-8, without building it. */
final class Json {

  private static final int MAX_DEPTH = 256;

  private final CharSequence text;
  private int at;

  private Json(CharSequence text) {
    this.text = text;
  }

  /** Returns null when well-formed, else what is wrong and where. */
  static @Nullable String problem(byte[] utf8) {
    CharBuffer chars;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8));
    } catch (CharacterCodingException e) {
      return "not UTF-8";
    }
    Json json = new Json(chars);
    try {
      json.space();
      json.value(0);
      json.space();
      if (json.at != chars.length()) {
        return json.error("end of input");
      }
      return null;
    } catch (Malformed e) {
      return e.getMessage();
    }
  }

  private void value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new Malformed("nested deeper than " + MAX_DEPTH);
    }
    char c = peek();
    switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  private void object(int depth) {
    at++;
    space();
    if (peek() == '}') {
      at++;
      return;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw new Malformed(error("a member name"));
      }
      string();
      space();
      expect(':');
      space();
      value(depth + 1);
      space();
      char c = peek();
      at++;
      if (c == '}') {
        return;
      }
      if (c != ',') {
        at--;
        throw new Malformed(error("',' or '}'"));
      }
    }
  }

  private void array(int depth) {
    at++;
    space();
    if (peek() == ']') {
      at++;
      return;
    }
    while (true) {
      space();
      value(depth + 1);
      space();
      char c = peek();
      at++;
      if (c == ']') {
        return;
      }
      if (c != ',') {
        at--;
        throw new Malformed(error("',' or ']'"));
      }
    }
  }

  private void string() {
    at++;
    while (true) {
      char c = peek();
      at++;
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        at--;
        throw new Malformed(error("an escaped control character"));
      }
      if (c == '\\') {
        char e = peek();
        at++;
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(peek(), 16) < 0) {
              throw new Malformed(error("a hex digit"));
            }
            at++;
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          at--;
          throw new Malformed(error("a valid escape"));
        }
      }
    }
  }

  private void number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else {
      digits();
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      digits();
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      digits();
    }
    if (at == start) {
      throw new Malformed(error("a value"));
    }
  }

  private void digits() {
    if (!isDigit(peek())) {
      throw new Malformed(error("a digit"));
    }
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (peek() != word.charAt(i)) {
        throw new Malformed(error("'" + word + "'"));
      }
      at++;
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new Malformed(error("'" + c + "'"));
    }
    at++;
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new Malformed("unexpected end of input");
    }
    return text.charAt(at);
  }

  private String error(String expected) {
    return "expected " + expected + " at character " + at;
  }

  private static final class Malformed extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }
}
