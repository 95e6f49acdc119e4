package io.gradcap.spi.table;

import io.gradcap.spi.PortException;

/**
 * A file that cannot be read as the table it claims to be: missing, not a spreadsheet, corrupt, or
 * refused as hostile. The location names the file and, where it applies, the sheet and cell.
 */
public class UnreadableTableException extends PortException {

  private static final long serialVersionUID = 1L;

  public UnreadableTableException(String location, String message) {
    super(location, message);
  }

  public UnreadableTableException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
