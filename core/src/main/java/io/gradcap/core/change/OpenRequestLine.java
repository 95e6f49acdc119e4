package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.record.RecordField;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One open request in a report: whose, what, where it stands, how old, and what it waits for.
 *
 * @param requestId the request
 * @param subject the student, class and college
 * @param fields the fields it changes
 * @param status where it stands
 * @param waitingFor what it waits for, and from whom
 * @param receivedBy the office staff member who received it, once someone has
 * @param age the time since it was opened
 * @param inStatus the time since it entered its status
 * @param missingEvidence the mandatory evidence not yet attached
 * @param uncheckedEvidence the evidence attached but not yet checked against its original
 */
public record OpenRequestLine(
    String requestId,
    Subject subject,
    List<RecordField> fields,
    ChangeStatus status,
    WaitingFor waitingFor,
    @Nullable Actor receivedBy,
    Duration age,
    Duration inStatus,
    List<EvidenceKind> missingEvidence,
    List<EvidenceKind> uncheckedEvidence) {

  public OpenRequestLine {
    fields = List.copyOf(fields);
    missingEvidence = List.copyOf(missingEvidence);
    uncheckedEvidence = List.copyOf(uncheckedEvidence);
  }
}
