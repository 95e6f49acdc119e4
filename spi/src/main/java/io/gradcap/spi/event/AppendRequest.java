package io.gradcap.spi.event;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * One atomic append: events for one stream, stored all or none, if the stream is still at the
 * expected version.
 *
 * <p>The idempotency key names the append itself, not its events: appending with a key already used
 * for the same request stores nothing and answers as the first append did, so a caller that lost
 * the answer (a timeout, a dropped connection) can safely send the same request again. Using a key
 * again for a different request is refused.
 *
 * @param streamId the stream, such as {@code student:2021010101}; at most {@value
 *     #MAX_STREAM_ID_LENGTH} characters, no control characters
 * @param expectedVersion the stream's version the caller decided on; 0 when the stream must not
 *     exist yet
 * @param idempotencyKey unique per request, at most {@value #MAX_KEY_LENGTH} characters
 * @param events 1 to {@value #MAX_EVENTS} events, versions {@code expectedVersion + 1} on
 */
public record AppendRequest(
    String streamId, long expectedVersion, String idempotencyKey, List<NewEvent> events) {

  public static final int MAX_STREAM_ID_LENGTH = 200;
  public static final int MAX_KEY_LENGTH = 100;
  public static final int MAX_EVENTS = 10_000;

  public AppendRequest {
    Texts.check("stream id", streamId, MAX_STREAM_ID_LENGTH);
    Texts.check("idempotency key", idempotencyKey, MAX_KEY_LENGTH);
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected version must be 0 or more, not " + expectedVersion);
    }
    events = List.copyOf(events);
    if (events.isEmpty() || events.size() > MAX_EVENTS) {
      throw new IllegalArgumentException(
          "an append holds 1 to " + MAX_EVENTS + " events, not " + events.size());
    }
  }

  public static AppendRequest of(
      String streamId, long expectedVersion, String idempotencyKey, NewEvent... events) {
    return new AppendRequest(streamId, expectedVersion, idempotencyKey, List.of(events));
  }

  /** The version the last event will get. */
  public long lastVersion() {
    return expectedVersion + events.size();
  }

  /** What an append of this request answers: versions {@code expectedVersion + 1} to the last. */
  public AppendResult result() {
    return new AppendResult(streamId, expectedVersion + 1, lastVersion(), idempotencyKey);
  }

  /**
   * SHA-256 over everything the request says (stream, expected version, every event), so that a
   * store can tell a retry of this request from another request that reuses its key.
   */
  public byte[] fingerprint() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    text(digest, streamId);
    digest.update(ByteBuffer.allocate(12).putLong(expectedVersion).putInt(events.size()).array());
    for (NewEvent e : events) {
      text(digest, e.type());
      text(digest, e.actor());
      digest.update(
          ByteBuffer.allocate(16)
              .putLong(e.recordedAt().getEpochSecond())
              .putInt(e.recordedAt().getNano())
              .putInt(e.payloadSize())
              .array());
      digest.update(e.payloadUnshared());
    }
    return digest.digest();
  }

  private static void text(MessageDigest digest, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  @Override
  public String toString() {
    return "AppendRequest["
        + streamId
        + " at "
        + expectedVersion
        + ", key "
        + idempotencyKey
        + ", "
        + events.size()
        + " events]";
  }
}
