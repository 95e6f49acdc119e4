package io.gradcap.spi.table;

import java.util.Locale;
import java.util.Objects;

/**
 * A media type such as {@code text/csv}, for locations whose name has no useful extension (an
 * upload): {@code Location.of("upload-17", MediaType.class, MediaType.of("text/csv"))}.
 *
 * @param value the type and subtype in lower case, without parameters
 */
public record MediaType(String value) {

  public MediaType {
    Objects.requireNonNull(value, "value");
    int semicolon = value.indexOf(';');
    value =
        (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    if (value.indexOf('/') < 1) {
      throw new IllegalArgumentException("not a media type: " + value);
    }
  }

  /** Reads {@code text/csv; charset=GB18030}; parameters are dropped. */
  public static MediaType of(String value) {
    return new MediaType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
