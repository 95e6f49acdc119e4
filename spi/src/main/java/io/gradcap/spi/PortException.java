package io.gradcap.spi;

import java.util.Objects;

/**
 * The root of the exceptions that ports throw for what is truly exceptional: an unreadable file, a
 * database that cannot be reached. Bad data inside a readable input is not exceptional; it is
 * reported as located problems instead.
 */
public class PortException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * @param location where it happened, as precisely as known ({@code roster.xlsx!Sheet1!C12})
   * @param message what happened, for a person to read
   */
  public PortException(String location, String message) {
    super(location + ": " + message);
    this.location = Objects.requireNonNull(location, "location");
  }

  public PortException(String location, String message, Throwable cause) {
    super(location + ": " + message, cause);
    this.location = Objects.requireNonNull(location, "location");
  }

  /** Where it happened. */
  public String location() {
    return location;
  }
}
