package io.gradcap.spi.host;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One lesson a class attends: the host's timetable entry that a capture slot may clash with (R10).
 *
 * @param classGroup the class's name or code, as the host and the roster spell it
 * @param date the day of the lesson
 * @param startInclusive when the lesson starts
 * @param endExclusive when it ends, after the start
 * @param course the course's name
 * @param teacher the teacher who would reschedule it
 */
public record Lesson(
    String classGroup,
    LocalDate date,
    LocalTime startInclusive,
    LocalTime endExclusive,
    String course,
    String teacher) {

  public Lesson {
    Objects.requireNonNull(classGroup, "classGroup");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(teacher, "teacher");
    if (!startInclusive.isBefore(endExclusive)) {
      throw new IllegalArgumentException(
          "a lesson ends after it starts: " + startInclusive + "–" + endExclusive);
    }
  }

  /** Whether the lesson overlaps the half-open interval on its date. */
  public boolean overlaps(LocalDate day, LocalTime fromInclusive, LocalTime toExclusive) {
    return date.equals(day)
        && startInclusive.isBefore(toExclusive)
        && fromInclusive.isBefore(endExclusive);
  }

  @Override
  public String toString() {
    return classGroup
        + " "
        + date
        + " "
        + startInclusive
        + "–"
        + endExclusive
        + " "
        + course
        + " ("
        + teacher
        + ")";
  }
}
