package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-open time window on one day, such as a capture session {@code 2023-04-24 08:10–11:50}.
 *
 * @param date the day
 * @param startInclusive when it opens
 * @param endExclusive when it closes, after it opens
 */
public record CaptureWindow(LocalDate date, LocalTime startInclusive, LocalTime endExclusive)
    implements Comparable<CaptureWindow> {

  private static final Pattern TEXT =
      Pattern.compile("(\\S+) (\\d{1,2}:\\d{2})[–~-](\\d{1,2}:\\d{2})");

  public CaptureWindow {
    Preconditions.checkArgument(
        startInclusive.isBefore(endExclusive),
        "a window closes after it opens: %s–%s",
        startInclusive,
        endExclusive);
  }

  public static CaptureWindow of(LocalDate date, LocalTime startInclusive, LocalTime endExclusive) {
    return new CaptureWindow(date, startInclusive, endExclusive);
  }

  /** Reads {@code 2023-04-24 08:10–11:50} (also with {@code -} or {@code ~}). */
  public static CaptureWindow parse(CharSequence text) {
    Matcher m = TEXT.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          text,
          "应形如 2023-04-24 08:10–11:50 / expected like 2023-04-24 08:10–11:50");
    }
    try {
      return of(LocalDate.parse(m.group(1)), time(m.group(2)), time(m.group(3)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, e, text, String.valueOf(e.getMessage()));
    }
  }

  private static LocalTime time(String hhmm) {
    return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
  }

  public Duration length() {
    return Duration.between(startInclusive, endExclusive);
  }

  public long minutes() {
    return length().toMinutes();
  }

  public boolean contains(CaptureWindow other) {
    return date.equals(other.date)
        && !other.startInclusive.isBefore(startInclusive)
        && !other.endExclusive.isAfter(endExclusive);
  }

  public boolean overlaps(CaptureWindow other) {
    return date.equals(other.date)
        && startInclusive.isBefore(other.endExclusive)
        && other.startInclusive.isBefore(endExclusive);
  }

  @Override
  public int compareTo(CaptureWindow o) {
    int c = date.compareTo(o.date);
    if (c == 0) {
      c = startInclusive.compareTo(o.startInclusive);
    }
    return c != 0 ? c : endExclusive.compareTo(o.endExclusive);
  }

  @Override
  public String toString() {
    return date + " " + startInclusive + "–" + endExclusive;
  }
}
