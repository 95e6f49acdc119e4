package io.gradcap.core.campaign;

import com.google.common.base.Preconditions;
import io.gradcap.core.cohort.CohortId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of the capture schedule as a notice publishes it (Attachment 1): a college's time window
 * on a capture day, how many students it expects, and a note. This is what the notice says;
 * planning and checking a schedule against classes and throughput is the capture package's job.
 *
 * @param date the capture day
 * @param startInclusive when the window opens
 * @param endExclusive when it closes
 * @param college the college (or unit treated like one) whose classes come
 * @param cohorts which of the college's cohorts come; empty for all those no other window of the
 *     same college names
 * @param expectedStudents how many students the notice expects
 * @param note the notice's remark ({@code 五年制}), if any
 */
public record PublishedWindow(
    LocalDate date,
    LocalTime startInclusive,
    LocalTime endExclusive,
    String college,
    List<CohortId> cohorts,
    int expectedStudents,
    @Nullable String note) {

  /** By date, then start. */
  public static final Comparator<PublishedWindow> CHRONOLOGICAL =
      Comparator.comparing(PublishedWindow::date).thenComparing(PublishedWindow::startInclusive);

  public PublishedWindow {
    Preconditions.checkArgument(
        startInclusive.isBefore(endExclusive),
        "window %s–%s on %s ends before it starts",
        startInclusive,
        endExclusive,
        date);
    college = college.strip();
    Preconditions.checkArgument(!college.isEmpty(), "college is blank");
    cohorts = List.copyOf(cohorts);
    Preconditions.checkArgument(
        cohorts.stream().distinct().count() == cohorts.size(), "a cohort is named twice");
    Preconditions.checkArgument(expectedStudents >= 0, "expected students %s", expectedStudents);
    note = Milestone.blankToNull(note);
  }

  public LocalDateTime start() {
    return date.atTime(startInclusive);
  }

  public LocalDateTime end() {
    return date.atTime(endExclusive);
  }

  public long minutes() {
    return ChronoUnit.MINUTES.between(startInclusive, endExclusive);
  }

  /** Whether it opens before noon. */
  public boolean isMorning() {
    return startInclusive.isBefore(LocalTime.NOON);
  }

  /** Whether the two windows share a minute on the same day. */
  public boolean overlaps(PublishedWindow other) {
    return date.equals(other.date)
        && startInclusive.isBefore(other.endExclusive)
        && other.startInclusive.isBefore(endExclusive);
  }

  public Optional<String> noteIfAny() {
    return Optional.ofNullable(note);
  }

  @Override
  public String toString() {
    return date
        + " "
        + startInclusive
        + "–"
        + endExclusive
        + " "
        + college
        + (cohorts.isEmpty() ? "" : " " + cohorts)
        + " ("
        + expectedStudents
        + ")";
  }
}
