package io.gradcap.core.change;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Map;

/**
 * What a college hands to the office: every request it collected and has not yet handed over, with
 * counts for the covering note.
 *
 * @param college the college
 * @param lines one per request, by class and student number
 * @param requestsByField how many requests change each field
 * @param files how many evidence files in all
 * @param pages how many pages in all
 */
public record HandoverList(
    String college,
    List<Line> lines,
    Map<RecordField, Integer> requestsByField,
    int files,
    int pages) {

  public HandoverList {
    lines = List.copyOf(lines);
    requestsByField = Map.copyOf(requestsByField);
  }

  /** How many requests the college hands over. */
  public int requests() {
    return lines.size();
  }

  /**
   * One request on the list.
   *
   * @param requestId the request
   * @param classGroup the student's class
   * @param student the student
   * @param fields the fields it changes
   * @param files how many evidence files it carries
   * @param pages how many pages they have
   * @param missingEvidence mandatory evidence still missing (the office will ask for it)
   */
  public record Line(
      String requestId,
      String classGroup,
      StudentNumber student,
      List<RecordField> fields,
      int files,
      int pages,
      List<EvidenceKind> missingEvidence) {
    public Line {
      fields = List.copyOf(fields);
      missingEvidence = List.copyOf(missingEvidence);
    }
  }
}
