package io.gradcap.spi.table;

/**
 * A workbook encrypted with a password: it cannot be read without it, and gradcap never asks for
 * one.
 */
public class ProtectedWorkbookException extends UnreadableTableException {

  private static final long serialVersionUID = 1L;

  public ProtectedWorkbookException(String location, String message) {
    super(location, message);
  }

  public ProtectedWorkbookException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
