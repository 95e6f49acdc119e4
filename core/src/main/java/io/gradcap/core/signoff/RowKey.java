package io.gradcap.core.signoff;

import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.nio.charset.StandardCharsets;

/**
 * The key printed on each row of a sign-off sheet, so that a marked-up sheet is matched back to the
 * right student even when rows were reordered, cut apart or re-typed. Eight characters of Crockford
 * base 32 from SHA-256 of the student number and ID number: stable across reprints, the same on
 * every sheet that shows the student, and revealing neither.
 *
 * @param value eight characters of {@code 0-9A-HJKMNP-TV-Z}
 */
public record RowKey(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  public RowKey {
    Preconditions.checkArgument(value.length() == 8, "a row key has 8 characters");
    for (int i = 0; i < 8; i++) {
      Preconditions.checkArgument(
          ALPHABET.indexOf(value.charAt(i)) >= 0, "not a row key: %s", value);
    }
  }

  public static RowKey of(String value) {
    return new RowKey(value);
  }

  /**
   * Reads a key as printed or typed back: case and the look-alikes O/I/L are forgiven, spaces and
   * hyphens dropped.
   */
  public static RowKey parse(CharSequence text) {
    StringBuilder out = new StringBuilder(8);
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toUpperCase(text.charAt(i));
      if (c == ' ' || c == '-') {
        continue;
      }
      out.append(c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c);
    }
    return new RowKey(out.toString());
  }

  /** The key of a student's row. */
  public static RowKey forRecord(StudentRecord record) {
    String id =
        record
            .idNumber()
            .map(io.gradcap.core.record.IdNumber::value)
            .orElse(record.text(RecordField.ID_NUMBER).strip());
    byte[] hash =
        Hashing.sha256()
            .hashString(record.subject() + "\u0000" + id, StandardCharsets.UTF_8)
            .asBytes();
    long bits = 0;
    for (int i = 0; i < 5; i++) {
      bits = (bits << 8) | (hash[i] & 0xFF);
    }
    char[] out = new char[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = ALPHABET.charAt((int) (bits & 31));
      bits >>>= 5;
    }
    return new RowKey(new String(out));
  }

  @Override
  public String toString() {
    return value;
  }
}
