package io.gradcap.spi.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event to append: its type, its payload as JSON in UTF-8, who caused it and when.
 *
 * <p>The payload must be one well-formed JSON text; anything else is refused here, so no store ever
 * holds a payload that core cannot read back. The time is held to the microsecond, the precision
 * every supported database keeps.
 *
 * @param type the event type, such as {@code record.corrected}: a letter, then letters, digits,
 *     {@code . _ -}, at most {@value #MAX_TYPE_LENGTH} characters
 * @param payload the JSON payload, UTF-8; copied in and out
 * @param actor who caused it (an actor id, never a name or an ID number), at most {@value
 *     #MAX_ACTOR_LENGTH} characters
 * @param recordedAt when it was decided, from the caller's clock
 */
public record NewEvent(String type, byte[] payload, String actor, Instant recordedAt) {

  public static final int MAX_TYPE_LENGTH = 100;
  public static final int MAX_ACTOR_LENGTH = 100;

  private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

  public NewEvent {
    Texts.check("event type", type, MAX_TYPE_LENGTH);
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "event type \"" + type + "\": use a letter, then letters, digits, '.', '_' or '-'");
    }
    Texts.check("actor", actor, MAX_ACTOR_LENGTH);
    Objects.requireNonNull(payload, "payload");
    String problem = Json.problem(payload);
    if (problem != null) {
      throw new IllegalArgumentException("payload of a " + type + " event is not JSON: " + problem);
    }
    payload = payload.clone();
    recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
  }

  /** An event whose payload is given as JSON text. */
  public static NewEvent of(String type, String jsonPayload, String actor, Instant recordedAt) {
    return new NewEvent(type, jsonPayload.getBytes(StandardCharsets.UTF_8), actor, recordedAt);
  }

  /** A copy of the payload bytes. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The payload itself, not copied, for this package's hashing only; never handed out. */
  byte[] payloadUnshared() {
    return payload;
  }

  /** The payload's length in bytes, without copying it. */
  public int payloadSize() {
    return payload.length;
  }

  /** The payload as text. */
  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewEvent e
        && type.equals(e.type)
        && Arrays.equals(payload, e.payload)
        && actor.equals(e.actor)
        && recordedAt.equals(e.recordedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, Arrays.hashCode(payload), actor, recordedAt);
  }

  /** Names the type, size and time; never the payload, which may hold personal data. */
  @Override
  public String toString() {
    return "NewEvent["
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
