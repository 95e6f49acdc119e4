package io.gradcap.spi.table;

/** A workbook that carries macros (VBA): refused, since a roster never needs code. */
public class MacroWorkbookException extends UnreadableTableException {

  private static final long serialVersionUID = 1L;

  public MacroWorkbookException(String location, String message) {
    super(location, message);
  }

  public MacroWorkbookException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
