package io.gradcap.spi.table;

/**
 * A file larger than the configured {@link ReadLimits}: too many rows, columns or shared strings.
 */
public class TableLimitExceededException extends UnreadableTableException {

  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long allowed;

  /**
   * @param location where the limit was passed, such as {@code roster.xlsx!Sheet1!A1048577}
   * @param limit the name of the {@link ReadLimits} component, such as {@code maxRows}
   * @param allowed the configured value
   */
  public TableLimitExceededException(String location, String limit, long allowed) {
    super(location, "more than " + limit + " = " + allowed + " allows");
    this.limit = limit;
    this.allowed = allowed;
  }

  /** The name of the {@link ReadLimits} component passed, such as {@code maxRows}. */
  public String limit() {
    return limit;
  }

  /** The configured value of the limit. */
  public long allowed() {
    return allowed;
  }
}
