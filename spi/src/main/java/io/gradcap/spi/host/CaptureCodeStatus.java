package io.gradcap.spi.host;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a student holds a CHSI capture code (R11) and since when, as the host knows it.
 *
 * @param studentNumber the student's number
 * @param heldSince when the code was obtained; {@code null} exactly when no code is held
 */
public record CaptureCodeStatus(String studentNumber, @Nullable Instant heldSince) {

  public CaptureCodeStatus {
    Objects.requireNonNull(studentNumber, "studentNumber");
  }

  /** A student who holds a code obtained at the given instant. */
  public static CaptureCodeStatus held(String studentNumber, Instant since) {
    return new CaptureCodeStatus(studentNumber, Objects.requireNonNull(since, "since"));
  }

  /** A student without a code. */
  public static CaptureCodeStatus missing(String studentNumber) {
    return new CaptureCodeStatus(studentNumber, null);
  }

  public boolean held() {
    return heldSince != null;
  }

  /** Whether the code was held at the given instant. */
  public boolean heldAt(Instant instant) {
    return heldSince != null && !heldSince.isAfter(instant);
  }

  public Optional<Instant> since() {
    return Optional.ofNullable(heldSince);
  }

  @Override
  public String toString() {
    return studentNumber + (heldSince == null ? " no code" : " code since " + heldSince);
  }
}
