package io.gradcap.core.certificate;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R7: each college hands in its certificate workbook, checked against the office's template; a
 * later submission replaces an earlier one. The college's responsible person submits for their
 * college, the office for any; the same submission again changes nothing.
 */
public final class CertificateSubmissions {

  private CertificateSubmissions() {}

  /** The decision on a command: the submission on the college's stream, or a refusal. */
  public static Decision<CertificateEvent> decide(
      CertificateCommand command, CertificateState state) {
    CertificateCommand.Submit submit = (CertificateCommand.Submit) command;
    CertificateSubmission submission = submit.submission();
    String college = submission.college();
    if (!submit.actor().coversCollege(college)) {
      return Decision.refuse(ErrorCode.OUT_OF_SCOPE.refusal(null, submit.actor(), college));
    }
    StreamId stream = StreamId.college(college);
    if (state.submission(college).filter(submission::equals).isPresent()) {
      return Decision.accept(stream, List.of());
    }
    return Decision.accept(
        stream, new CertificateEvent.Submitted(submission, submit.actor(), submit.at()));
  }

  /** The state after an event: the college's submission replaced. */
  public static CertificateState evolve(CertificateState state, CertificateEvent event) {
    CertificateEvent.Submitted submitted = (CertificateEvent.Submitted) event;
    Map<String, CertificateSubmission> next = new HashMap<>(state.submissions());
    next.put(submitted.submission().college(), submitted.submission());
    return new CertificateState(next);
  }
}
