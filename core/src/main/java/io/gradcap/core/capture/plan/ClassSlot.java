package io.gradcap.core.capture.plan;

import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One class's slot: where and when it is photographed, when it queues (R14), and its queue in
 * student-number order.
 *
 * @param groupId the capture group
 * @param college the class's college
 * @param classGroup the class
 * @param station the station's name
 * @param room the station's room
 * @param window the session window (breaks removed) the slot lies in
 * @param startInclusive when the first student is photographed
 * @param endExclusive when the class is done
 * @param arrival when the class queues: start minus the arrival lead
 * @param queue the students in student-number order
 */
public record ClassSlot(
    String groupId,
    String college,
    String classGroup,
    String station,
    String room,
    CaptureWindow window,
    LocalTime startInclusive,
    LocalTime endExclusive,
    LocalTime arrival,
    List<StudentNumber> queue) {

  public ClassSlot {
    queue =
        queue instanceof ConsecutiveNumbers ? queue : List.copyOf(queue); // the former is immutable
  }

  public LocalDate date() {
    return window.date();
  }

  public int headcount() {
    return queue.size();
  }

  @Override
  public String toString() {
    return classGroup
        + "("
        + queue.size()
        + ")@"
        + station
        + " "
        + window.date()
        + " "
        + startInclusive
        + "–"
        + endExclusive;
  }
}
