package io.gradcap.core.certificate;

import com.google.common.base.Preconditions;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the campaign keeps of a college's certificate workbook (R7) once it is checked: which
 * students it lists and whether each row is clean, not the certificates' own values, which stay in
 * the college's workbook.
 *
 * @param college the college the workbook is for
 * @param fileName the workbook's file name, as submitted
 * @param lines one per certificate row, in sheet order
 * @param layoutClean whether the workbook's layout matches the template (header, columns)
 * @param blockingFindings how many blocking findings the check reported
 */
public record CertificateSubmission(
    String college, String fileName, List<Line> lines, boolean layoutClean, int blockingFindings) {

  public CertificateSubmission {
    Preconditions.checkArgument(!college.isBlank(), "college is blank");
    Preconditions.checkArgument(blockingFindings >= 0, "blocking findings %s", blockingFindings);
    lines = List.copyOf(lines);
  }

  /** The submission a checked workbook makes for its college. */
  public static CertificateSubmission of(
      CertificateReport report, String college, String fileName) {
    Preconditions.checkArgument(
        report.collegeIfAny().map(college::equals).orElse(true),
        "the workbook was checked for %s, not %s",
        report.college(),
        college);
    List<Line> lines =
        report.entries().stream().map(e -> new Line(e.student(), e.clean())).toList();
    int blocking = (int) report.findings().stream().filter(Finding::isBlocking).count();
    return new CertificateSubmission(college, fileName, lines, report.isLayoutClean(), blocking);
  }

  /** Whether nothing blocks the submission. */
  public boolean isClean() {
    return blockingFindings == 0;
  }

  /**
   * A certificate row.
   *
   * @param student whose certificate, when the row names a student on the roster
   * @param clean whether no blocking finding concerns the row
   */
  public record Line(@Nullable StudentNumber student, boolean clean) {
    public Optional<StudentNumber> studentIfAny() {
      return Optional.ofNullable(student);
    }
  }
}
