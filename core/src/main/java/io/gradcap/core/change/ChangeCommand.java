package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What someone asks of change requests; {@link ChangeDecider#decide} accepts or refuses it. */
public sealed interface ChangeCommand extends CampaignCommand<ChangeEvent> {

  @Override
  default Feature feature() {
    return Feature.CHANGE;
  }

  Actor actor();

  Instant at();

  /**
   * Open a draft request.
   *
   * @param source where it came from: a verification finding's rule id, or {@code sign-off}
   */
  record Open(
      String requestId,
      Actor actor,
      Instant at,
      StudentFacts student,
      List<FieldChange> changes,
      LocalDate changedOn,
      String source,
      String reason)
      implements ChangeCommand {
    public Open {
      changes = List.copyOf(changes);
    }
  }

  /** Attach an evidence file (its bytes are in the evidence vault under its hash). */
  record AttachEvidence(String requestId, Actor actor, Instant at, EvidenceFile evidence)
      implements ChangeCommand {}

  /** Record that the actor checked the attached copy with this hash against its original. */
  record CheckOriginal(String requestId, Actor actor, Instant at, Sha256 sha256)
      implements ChangeCommand {}

  /** Move a request through its lifecycle. */
  record Move(String requestId, Actor actor, Instant at, Transition transition, String reason)
      implements ChangeCommand {}

  /** The record was confirmed by the student and is locked from now on (R17). */
  record LockRecord(Subject subject, Actor actor, Instant at, String reason)
      implements ChangeCommand {}

  /**
   * Opens a request from a verification finding about a critical field: its rule is the source, its
   * message the reason.
   */
  static Open fromFinding(
      String requestId,
      Actor actor,
      Instant at,
      StudentFacts student,
      Finding finding,
      FieldChange change,
      LocalDate changedOn) {
    Preconditions.checkArgument(
        finding.field() == null || finding.field().equals(change.field().key()),
        "the finding is about %s, the change about %s",
        finding.field(),
        change.field().key());
    return new Open(
        requestId,
        actor,
        at,
        student,
        List.of(change),
        changedOn,
        finding.rule(),
        finding.message().format(Message.DEFAULT_LOCALE));
  }

  /** Opens a request from a correction the student wrote on the sign-off sheet. */
  static Open fromSignOff(
      String requestId,
      Actor actor,
      Instant at,
      StudentFacts student,
      List<FieldChange> changes,
      LocalDate changedOn,
      String reason) {
    return new Open(requestId, actor, at, student, changes, changedOn, "sign-off", reason);
  }

  static Move move(String requestId, Actor actor, Instant at, Transition transition) {
    return new Move(requestId, actor, at, transition, "");
  }

  static Move move(
      String requestId, Actor actor, Instant at, Transition transition, String reason) {
    return new Move(requestId, actor, at, transition, reason);
  }
}
