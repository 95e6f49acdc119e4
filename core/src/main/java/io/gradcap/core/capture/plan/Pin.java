package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * Where a group must be photographed: on a day, or inside a window of a day.
 *
 * @param date the day
 * @param startInclusive the earliest start, or {@code null} for the whole day
 * @param endExclusive the latest end, or {@code null} for the whole day
 */
public record Pin(
    LocalDate date, @Nullable LocalTime startInclusive, @Nullable LocalTime endExclusive) {

  public Pin {
    Preconditions.checkArgument(
        (startInclusive == null) == (endExclusive == null), "a pin names a whole day or a window");
    Preconditions.checkArgument(
        startInclusive == null || startInclusive.isBefore(endExclusive),
        "a pinned window closes after it opens");
  }

  public static Pin day(LocalDate date) {
    return new Pin(date, null, null);
  }

  public static Pin window(CaptureWindow window) {
    return new Pin(window.date(), window.startInclusive(), window.endExclusive());
  }

  @Override
  public String toString() {
    return startInclusive == null
        ? date.toString()
        : date + " " + startInclusive + "–" + endExclusive;
  }
}
