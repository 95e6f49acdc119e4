package io.gradcap.spi.table;

/**
 * An archive that inflates far beyond its stored size (a zip bomb), or a part larger than the
 * limits allow.
 */
public class SuspiciousArchiveException extends UnreadableTableException {

  private static final long serialVersionUID = 1L;

  public SuspiciousArchiveException(String location, String message) {
    super(location, message);
  }

  public SuspiciousArchiveException(String location, String message, Throwable cause) {
    super(location, message, cause);
  }
}
