package io.gradcap.spi.event;

import io.gradcap.spi.PortException;

/**
 * An append expected its stream at one version and found it at another: someone else appended
 * first. Nothing was stored. It is retryable: read the stream again, decide again on the newer
 * state, and append with the new expected version.
 */
public final class VersionConflictException extends PortException {

  private static final long serialVersionUID = 1L;

  private final String streamId;
  private final long expectedVersion;
  private final long actualVersion;

  public VersionConflictException(
      String location, String streamId, long expectedVersion, long actualVersion) {
    super(
        location,
        "stream "
            + streamId
            + " is at version "
            + actualVersion
            + ", the append expected "
            + expectedVersion);
    this.streamId = streamId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String streamId() {
    return streamId;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  /** The stream's version when the append was refused (it may have moved on since). */
  public long actualVersion() {
    return actualVersion;
  }

  /** Always true: the same decision on fresher state may well succeed. */
  public boolean isRetryable() {
    return true;
  }
}
