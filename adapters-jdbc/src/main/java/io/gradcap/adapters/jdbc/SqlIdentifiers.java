package io.gradcap.adapters.jdbc;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Validates the identifiers a host configures (schema name, table prefix) before they are put into
 * SQL text. Values never go into SQL text, they are always bound as parameters; identifiers cannot
 * be bound, so they are held to a shape every supported database accepts unquoted.
 */
public final class SqlIdentifiers {

  /** Letters, digits and underscores, starting with a letter, at most 30 characters. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}");

  /** A prefix may also be empty, or end in an underscore. */
  private static final Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,19})?");

  private SqlIdentifiers() {}

  /**
   * Returns the schema name in lower case.
   *
   * @throws IllegalArgumentException naming the setting and the value when it is not an identifier
   */
  public static String schema(String name) {
    return check("schema", name, IDENTIFIER);
  }

  /**
   * Returns the table prefix in lower case; empty means no prefix.
   *
   * @throws IllegalArgumentException naming the setting and the value when it is not a valid prefix
   */
  public static String tablePrefix(String prefix) {
    return check("table prefix", prefix, PREFIX);
  }

  private static String check(String setting, String value, Pattern shape) {
    Objects.requireNonNull(value, setting);
    if (!shape.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid "
              + setting
              + " \""
              + value
              + "\": use letters, digits and underscores, starting with a letter");
    }
    return value.toLowerCase(Locale.ROOT);
  }
}
