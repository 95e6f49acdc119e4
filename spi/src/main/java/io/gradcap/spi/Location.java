package io.gradcap.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a port should be opened: a URI-like text ({@code jdbc:h2:./campaign}, {@code roster.xlsx},
 * {@code memory:}) and, for hosts that already own the resource, typed attachments such as a {@code
 * javax.sql.DataSource}.
 *
 * @param uri the location as text, never blank
 * @param attachments objects the host hands over with the location, keyed by type
 */
public record Location(String uri, Map<Class<?>, Object> attachments) {

  public Location {
    Objects.requireNonNull(uri, "uri");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("a location needs a non-blank uri");
    }
    attachments = Map.copyOf(attachments);
    attachments.forEach(
        (type, value) -> {
          if (!type.isInstance(value)) {
            throw new IllegalArgumentException(
                "attachment " + value.getClass().getName() + " is not a " + type.getName());
          }
        });
  }

  /** A location given only by its text. */
  public static Location of(String uri) {
    return new Location(uri, Map.of());
  }

  /** A location that carries an object the host owns, such as its connection pool. */
  public static <T> Location of(String uri, Class<T> type, T attachment) {
    return new Location(uri, Map.of(type, attachment));
  }

  /** The attachment of the given type, if the host supplied one. */
  public <T> Optional<T> attachment(Class<T> type) {
    return Optional.ofNullable(attachments.get(type)).map(type::cast);
  }

  /** The scheme before the first colon, lower case, or the file extension for plain file names. */
  public String scheme() {
    int colon = uri.indexOf(':');
    if (colon > 1) {
      return uri.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }
    int dot = uri.lastIndexOf('.');
    return dot < 0 ? "" : uri.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return uri;
  }
}
