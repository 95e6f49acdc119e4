package io.gradcap.core.capture.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One row of the published schedule, in the shape of the notice's Attachment 1.
 *
 * @param date the capture day
 * @param startInclusive when the group starts
 * @param endExclusive when it is done
 * @param station the station's name
 * @param groupId the group's id
 * @param group the group's name as printed
 * @param headcount students photographed in this row
 * @param responsible the group's responsible persons
 * @param note the group's note, and which part of a split group this is
 */
public record ScheduleRow(
    LocalDate date,
    LocalTime startInclusive,
    LocalTime endExclusive,
    String station,
    String groupId,
    String group,
    int headcount,
    List<String> responsible,
    String note) {

  public ScheduleRow {
    responsible = List.copyOf(responsible);
  }

  @Override
  public String toString() {
    return date
        + " "
        + startInclusive
        + "–"
        + endExclusive
        + " "
        + station
        + " "
        + group
        + " "
        + headcount
        + " "
        + String.join("、", responsible)
        + (note.isEmpty() ? "" : " " + note);
  }
}
