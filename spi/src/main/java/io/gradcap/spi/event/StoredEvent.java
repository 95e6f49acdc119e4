package io.gradcap.spi.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An event as the store holds it.
 *
 * @param position where it stands in the whole log: increasing in the order the events became
 *     visible, with gaps allowed (a rolled-back append may leave some); never 0
 * @param streamId its stream
 * @param version its place in its stream, 1, 2, 3, ... without gaps
 * @param type its type
 * @param payload its JSON payload, UTF-8; copied in and out
 * @param actor who caused it
 * @param recordedAt when it was decided
 * @param idempotencyKey the key of the append that stored it
 */
public record StoredEvent(
    long position,
    String streamId,
    long version,
    String type,
    byte[] payload,
    String actor,
    Instant recordedAt,
    String idempotencyKey) {

  public StoredEvent {
    if (position < 1 || version < 1) {
      throw new IllegalArgumentException("position and version start at 1");
    }
    Objects.requireNonNull(streamId, "streamId");
    Objects.requireNonNull(type, "type");
    payload = Objects.requireNonNull(payload, "payload").clone();
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }

  /** The stored form of an event appended at the given position and version. */
  public static StoredEvent of(
      long position, String streamId, long version, NewEvent event, String idempotencyKey) {
    return new StoredEvent(
        position,
        streamId,
        version,
        event.type(),
        event.payload(),
        event.actor(),
        event.recordedAt(),
        idempotencyKey);
  }

  /** A copy of the payload bytes. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The payload as text. */
  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /** The event as it was appended, without where it was stored. */
  public NewEvent toNewEvent() {
    return new NewEvent(type, payload, actor, recordedAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredEvent e
        && position == e.position
        && streamId.equals(e.streamId)
        && version == e.version
        && type.equals(e.type)
        && Arrays.equals(payload, e.payload)
        && actor.equals(e.actor)
        && recordedAt.equals(e.recordedAt)
        && idempotencyKey.equals(e.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        position,
        streamId,
        version,
        type,
        Arrays.hashCode(payload),
        actor,
        recordedAt,
        idempotencyKey);
  }

  /** Never shows the payload, which may hold personal data. */
  @Override
  public String toString() {
    return "StoredEvent[#"
        + position
        + " "
        + streamId
        + " v"
        + version
        + " "
        + type
        + ", "
        + payload.length
        + " bytes, by "
        + actor
        + " at "
        + recordedAt
        + "]";
  }
}
