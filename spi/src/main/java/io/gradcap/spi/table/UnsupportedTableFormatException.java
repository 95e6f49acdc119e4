package io.gradcap.spi.table;

import io.gradcap.spi.PortException;

/** A location whose format no provider of the port reads or writes. */
public class UnsupportedTableFormatException extends PortException {

  private static final long serialVersionUID = 1L;

  public UnsupportedTableFormatException(String location, String message) {
    super(location, message);
  }

  public UnsupportedTableFormatException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
