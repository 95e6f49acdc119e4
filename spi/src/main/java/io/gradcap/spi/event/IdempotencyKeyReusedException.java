package io.gradcap.spi.event;

import io.gradcap.spi.PortException;

/**
 * An append used an idempotency key that an earlier, different request already used. Nothing was
 * stored. Not retryable: it is a caller's bug, two requests must never share a key.
 */
public final class IdempotencyKeyReusedException extends PortException {

  private static final long serialVersionUID = 1L;

  private final String idempotencyKey;

  public IdempotencyKeyReusedException(
      String location, String idempotencyKey, String firstStreamId) {
    super(
        location,
        "idempotency key "
            + idempotencyKey
            + " was already used for a different append to stream "
            + firstStreamId);
    this.idempotencyKey = idempotencyKey;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }
}
