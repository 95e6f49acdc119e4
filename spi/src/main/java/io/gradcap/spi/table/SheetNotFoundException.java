package io.gradcap.spi.table;

/** A sheet that the workbook does not have. */
public class SheetNotFoundException extends UnreadableTableException {

  private static final long serialVersionUID = 1L;

  public SheetNotFoundException(String location, String message) {
    super(location, message);
  }

  public SheetNotFoundException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
