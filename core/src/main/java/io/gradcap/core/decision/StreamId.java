package io.gradcap.core.decision;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.StudentNumber;

/**
 * The stream a decision's events are appended to, and whose version guards it: a student's own
 * stream for what concerns one student, a make-up slot's for its bookings, a college's for its
 * certificate submissions, a class's for its fees and its record-card handover. Two decisions on
 * the same stream are serialised by the store.
 *
 * @param value {@code student/<number>}, {@code slot/<id>}, {@code college/<college>} or {@code
 *     class/<college>/<class>}
 */
public record StreamId(String value) {

  public StreamId {
    Preconditions.checkArgument(!value.isBlank(), "a stream id is blank");
  }

  /** The stream of everything that concerns one student. */
  public static StreamId student(StudentNumber student) {
    return new StreamId("student/" + student.value());
  }

  /** The stream of a make-up slot: its opening and its bookings. */
  public static StreamId makeUpSlot(String slotId) {
    return new StreamId("slot/" + slotId);
  }

  /** The stream of a college: its certificate submissions. */
  public static StreamId college(String college) {
    return new StreamId("college/" + college);
  }

  /** The stream of a class: its collective fee and its record-card handover. */
  public static StreamId classGroup(String college, String classGroup) {
    return new StreamId("class/" + college + "/" + classGroup);
  }

  @Override
  public String toString() {
    return value;
  }
}
