package io.gradcap.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A store (event store, evidence vault) that was not opened, or a write that was not done, on
 * purpose: the location asks for something unsafe, names no database, names a database that is not
 * the store, holds the store at another schema version, or the store was opened read-only. Nothing
 * was created or changed. {@link #reason()} says which, {@link #subject()} what it concerns, so a
 * host can say it in its own words and language.
 */
public final class StoreRefusedException extends PortException {

  private static final long serialVersionUID = 1L;

  /** Why the store refused. */
  public enum Reason {
    /**
     * A connection setting that may run code, load a class or write a file; the subject names it.
     */
    UNSAFE_SETTING,
    /** No database at the location, and the open may not create one; the subject is empty. */
    NO_DATABASE,
    /**
     * The database holds none of the store's tables: someone else's; the subject names what is
     * missing.
     */
    NOT_A_STORE,
    /**
     * The store's tables are at another schema version than this release expects; the subject is
     * the version found.
     */
    SCHEMA_MISMATCH,
    /** A write on a store opened read-only; the subject names the write. */
    READ_ONLY;

    /** A stable key for machine-readable output, such as {@code unsafe-setting}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final String subject;

  /**
   * @param location where, never holding a password or a whole URL
   * @param reason why
   * @param subject what it concerns (a setting's name, a version), never a value from the data
   * @param message what happened and what to do, for a person to read
   */
  public StoreRefusedException(String location, Reason reason, String subject, String message) {
    super(location, message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  public StoreRefusedException(
      String location, Reason reason, String subject, String message, Throwable cause) {
    super(location, message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  public Reason reason() {
    return reason;
  }

  /**
   * What the refusal concerns: a setting's name, the version found, the write refused; may be
   * empty.
   */
  public String subject() {
    return subject;
  }
}
