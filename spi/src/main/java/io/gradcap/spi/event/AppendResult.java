package io.gradcap.spi.event;

import java.util.Objects;

/**
 * What an append stored: the versions its events got in their stream. A repeated append with the
 * same idempotency key answers with an equal result.
 *
 * @param streamId the stream appended to
 * @param firstVersion the version of the first event of the append
 * @param lastVersion the version of the last event, which is now the stream's version
 * @param idempotencyKey the key of the append
 */
public record AppendResult(
    String streamId, long firstVersion, long lastVersion, String idempotencyKey) {

  public AppendResult {
    Objects.requireNonNull(streamId, "streamId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (firstVersion < 1 || lastVersion < firstVersion) {
      throw new IllegalArgumentException("versions " + firstVersion + ".." + lastVersion);
    }
  }

  /** How many events the append stored. */
  public int eventCount() {
    return Math.toIntExact(lastVersion - firstVersion + 1);
  }
}
