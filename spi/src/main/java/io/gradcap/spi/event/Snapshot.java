package io.gradcap.spi.event;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A folded state saved so that opening does not refold the whole log: the state after every event
 * up to and including {@code position}. Opening loads the latest snapshot, then folds only the
 * events after it ({@link EventStore#readAll}). A snapshot is a cache: losing one costs time, never
 * data, and a snapshot whose {@code format} the reader does not know is ignored.
 *
 * @param name what was folded, such as {@code campaign:2024}; at most {@value #MAX_NAME_LENGTH}
 *     characters
 * @param format the version of the state's encoding, such as {@code campaign-state/3}; at most
 *     {@value #MAX_NAME_LENGTH} characters
 * @param position the last position folded into the state; 0 for the empty log
 * @param state the encoded state; copied in and out
 * @param takenAt when the snapshot was taken
 */
public record Snapshot(String name, String format, long position, byte[] state, Instant takenAt) {

  public static final int MAX_NAME_LENGTH = 100;

  public Snapshot {
    Texts.check("snapshot name", name, MAX_NAME_LENGTH);
    Texts.check("snapshot format", format, MAX_NAME_LENGTH);
    if (position < 0) {
      throw new IllegalArgumentException("position must be 0 or more");
    }
    state = Objects.requireNonNull(state, "state").clone();
    Objects.requireNonNull(takenAt, "takenAt");
    takenAt = takenAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** A copy of the state bytes. */
  @Override
  public byte[] state() {
    return state.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Snapshot s
        && name.equals(s.name)
        && format.equals(s.format)
        && position == s.position
        && Arrays.equals(state, s.state)
        && takenAt.equals(s.takenAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, format, position, Arrays.hashCode(state), takenAt);
  }

  @Override
  public String toString() {
    return "Snapshot["
        + name
        + " "
        + format
        + " at #"
        + position
        + ", "
        + state.length
        + " bytes, "
        + takenAt
        + "]";
  }
}
