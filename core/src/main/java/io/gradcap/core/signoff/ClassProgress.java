package io.gradcap.core.signoff;

import io.gradcap.core.record.StudentNumber;
import java.util.List;

/**
 * How far one class's sign-off has come as of an instant (R2).
 *
 * @param college the college
 * @param classGroup the class
 * @param deadline when the sheet is due back
 * @param students how many students are on the sheet
 * @param signed rows signed with nothing wrong
 * @param corrected rows with direct corrections and no change request
 * @param changeRequested rows with a change request
 * @param missing rows that have not come back
 * @param notReturned the students whose rows have not come back, in sheet order
 * @param overdue whether the deadline has passed with rows missing
 */
public record ClassProgress(
    String college,
    String classGroup,
    ReturnDeadline deadline,
    int students,
    int signed,
    int corrected,
    int changeRequested,
    int missing,
    List<StudentNumber> notReturned,
    boolean overdue) {

  public ClassProgress {
    notReturned = List.copyOf(notReturned);
  }

  /** Rows that came back, whatever was on them. */
  public int returned() {
    return students - missing;
  }

  /** Whether every row came back. */
  public boolean isComplete() {
    return missing == 0;
  }
}
