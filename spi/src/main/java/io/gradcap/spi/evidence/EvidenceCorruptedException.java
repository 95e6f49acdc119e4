package io.gradcap.spi.evidence;

import io.gradcap.spi.PortException;

/**
 * A stored file no longer matches its hash: the storage was altered or damaged. The file is not
 * handed out; restore it from a backup or ask for it again.
 */
public final class EvidenceCorruptedException extends PortException {

  private static final long serialVersionUID = 1L;

  private final Sha256 expected;

  public EvidenceCorruptedException(String location, Sha256 expected, Sha256 actual) {
    super(
        location,
        "evidence " + expected + " reads back as " + actual + "; it was altered or damaged");
    this.expected = expected;
  }

  /** The hash the file was stored under. */
  public Sha256 expected() {
    return expected;
  }
}
