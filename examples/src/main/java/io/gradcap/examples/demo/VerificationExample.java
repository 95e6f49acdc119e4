package io.gradcap.examples.demo;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import java.time.LocalDate;
import java.util.List;

/**
 * Verifying the records before anything is printed (R6): every planted mistake is reported with its
 * rule and the cell that holds it. The registry's own duplicate student number is then corrected at
 * once from the enrolment list (R4).
 */
final class VerificationExample {

  /** The verifier's report and the records with the duplicate number corrected. */
  record Verified(VerificationReport report, List<StudentRecord> records) {}

  private VerificationExample() {}

  static Verified run(DemoOutput out, DemoRoster roster, List<StudentRecord> records) {
    VerificationContext context =
        VerificationContext.of(VerificationPolicy.defaults(), LocalDate.of(2023, 4, 3))
            .withGraduatingYear(out.campaign().graduatingClass().year())
            .withClasses(roster.classes());
    VerificationReport report = Verifier.withBuiltInRules().verify(records, context);
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO) {
        out.line(f.describe(out.locale()));
      }
    }
    out.say(
        "verification.summary",
        report.records(),
        report.blocking().size(),
        report.withSeverity(Severity.WARNING).size());
    DemoRoster.Planted duplicate = DemoStart.duplicate(roster);
    List<StudentRecord> fixed =
        DemoStart.fixDuplicate(
            records,
            duplicate,
            r ->
                out.say(
                    "verification.duplicate",
                    r.location(RecordField.STUDENT_NUMBER).orElse(""),
                    duplicate.correction(),
                    duplicate.studentNumber()));
    return new Verified(report, fixed);
  }
}
