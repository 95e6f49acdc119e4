package io.gradcap.core.verification.thirdparty;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.RecordRule;
import io.gradcap.core.verification.VerificationContext;
import java.util.function.Consumer;

/**
 * A campus-specific rule as a third party writes it: this campus wants a political status on every
 * record.
 */
public final class PoliticalStatusRequiredRule implements RecordRule {

  @Override
  public String id() {
    return "CAMPUS.political-status";
  }

  @Override
  public void check(StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
    if (record.politicalStatus().isEmpty()) {
      findings.accept(
          Finding.of(
              id(),
              Severity.WARNING,
              record.subject(),
              RecordField.POLITICAL_STATUS.key(),
              Message.of(Message.ERRORS, "GC-0003", "", "political status")));
    }
  }
}
