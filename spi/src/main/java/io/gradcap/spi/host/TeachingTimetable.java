package io.gradcap.spi.host;

import java.time.LocalDate;
import java.util.List;

/** The host's teaching timetable, read per class, so that capture slots can avoid lessons (R10). */
public interface TeachingTimetable {

  /**
   * The lessons of a class on the days from {@code fromInclusive} to {@code toExclusive}, ordered
   * by date and start time; empty for a class the host does not know.
   */
  List<Lesson> lessons(String classGroup, LocalDate fromInclusive, LocalDate toExclusive);

  /** A timetable without lessons, for campaigns that ignore teaching. */
  static TeachingTimetable none() {
    return (classGroup, fromInclusive, toExclusive) -> List.of();
  }
}
