package io.gradcap.spi.table;

import io.gradcap.spi.PortException;

/**
 * A table that could not be written: the target is not writable, or the layout asks for the
 * impossible.
 */
public class TableWriteException extends PortException {

  private static final long serialVersionUID = 1L;

  public TableWriteException(String location, String message) {
    super(location, message);
  }

  public TableWriteException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
