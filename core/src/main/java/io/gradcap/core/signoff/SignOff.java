package io.gradcap.core.signoff;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.SignOffCommand.MarkNotReturned;
import io.gradcap.core.signoff.SignOffCommand.ReportWrong;
import io.gradcap.core.signoff.SignOffCommand.Sign;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import io.gradcap.core.signoff.SignOffEvent.FieldCorrected;
import io.gradcap.core.signoff.SignOffEvent.NotReturned;
import io.gradcap.core.signoff.SignOffEvent.SignedAsCorrect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions of sign-off: {@link #decide} turns a command into events, {@link #evolve} folds an
 * event into the state. Routing (R3, R4) happens in {@code decide}: a wrong critical field never
 * changes the record, it opens a change request with the proposed value; a wrong directly
 * correctable field is corrected at once, with its old and new value on the event.
 *
 * <p>Scopes: students act on their own row only, counsellors on their classes, a college's
 * responsible person on the college's classes, office staff on everything; the capture centre takes
 * no part. Repeating an outcome already recorded decides nothing.
 */
public final class SignOff {

  private SignOff() {}

  /**
   * The decision on a command: its events on the student's stream, none when the outcome is
   * recorded already. Refused ({@link ErrorCode#code() GC-} codes as the finding's rule) for a
   * student not on the sheet ({@link ErrorCode#NOT_ON_SHEET}), an actor whose scope does not cover
   * the row ({@link ErrorCode#OUT_OF_SCOPE}) and the capture centre ({@link
   * ErrorCode#NOT_A_SIGN_OFF_ROLE}).
   */
  public static Decision<SignOffEvent> decide(SignOffCommand command, SignOffState state) {
    SignOffSheet sheet = state.sheet();
    if (!state.outcomes().containsKey(command.student())) {
      return Decision.refuse(
          ErrorCode.NOT_ON_SHEET.refusal(
              command.student().value(), command.student(), sheet.classGroup()));
    }
    Optional<Finding> refused = mayAct(command.actor(), sheet, command);
    if (refused.isPresent()) {
      return Decision.refuse(refused.get());
    }
    return Decision.accept(StreamId.student(command.student()), events(command, state));
  }

  private static List<SignOffEvent> events(SignOffCommand command, SignOffState state) {
    StudentOutcome outcome = state.outcome(command.student());
    if (command instanceof Sign c) {
      return outcome.signedAt() != null
          ? List.of()
          : List.of(new SignedAsCorrect(c.student(), c.actor(), c.at()));
    }
    if (command instanceof ReportWrong c) {
      return route(c, state.record(c.student()), state);
    }
    MarkNotReturned c = (MarkNotReturned) command;
    if (outcome.returnedAt() != null || outcome.notReturnedAt() != null) {
      return List.of();
    }
    return List.of(new NotReturned(c.student(), c.actor(), c.at()));
  }

  /**
   * R3/R4: a critical field opens a change request and is never applied; any other field is
   * corrected.
   */
  static List<SignOffEvent> route(ReportWrong c, StudentRecord record, SignOffState state) {
    String current = record.text(c.field()).strip();
    String proposed = c.proposedValue().strip();
    if (proposed.equals(current)) {
      return List.of();
    }
    if (state.fieldClasses().isCritical(c.field())) {
      boolean alreadyOpen =
          state.outcome(c.student()).changeRequests().stream()
              .anyMatch(r -> r.field() == c.field() && r.proposedValue().equals(proposed));
      return alreadyOpen
          ? List.of()
          : List.of(
              new ChangeRequestOpened(
                  c.student(), c.field(), current, proposed, c.actor(), c.at()));
    }
    return List.of(
        new FieldCorrected(c.student(), c.field(), current, proposed, c.actor(), c.at()));
  }

  /** The state after an event: outcomes updated, a direct correction applied to the record. */
  public static SignOffState evolve(SignOffState state, SignOffEvent event) {
    Map<io.gradcap.core.record.StudentNumber, StudentOutcome> outcomes =
        new LinkedHashMap<>(state.outcomes());
    outcomes.put(event.student(), state.outcome(event.student()).with(event));
    Map<io.gradcap.core.record.StudentNumber, StudentRecord> records = state.records();
    if (event instanceof FieldCorrected e) {
      records = new LinkedHashMap<>(records);
      records.put(e.student(), state.record(e.student()).with(e.field(), e.newValue()));
    }
    return new SignOffState(state.sheet(), state.fieldClasses(), records, outcomes);
  }

  /** Decides and folds in one step: the state after the command. */
  public static SignOffState apply(SignOffState state, SignOffCommand command) {
    SignOffState next = state;
    for (SignOffEvent e : decide(command, state).events()) {
      next = evolve(next, e);
    }
    return next;
  }

  /**
   * The sheet as the actor may see it: the whole sheet for staff whose scope covers the class, the
   * student's own row only for a student.
   *
   * @throws GradcapException {@link ErrorCode#OUT_OF_SCOPE} when the actor may see nothing of it
   */
  public static SignOffSheet visibleTo(Actor actor, SignOffSheet sheet) {
    if (actor.role() == Role.CAPTURE_CENTRE) {
      throw new GradcapException(ErrorCode.NOT_A_SIGN_OFF_ROLE, actor);
    }
    if (actor.role() != Role.STUDENT && actor.coversClass(sheet.college(), sheet.classGroup())) {
      return sheet;
    }
    List<SignOffRow> own =
        sheet.rows().stream()
            .filter(
                r -> actor.covers(new Subject(sheet.college(), sheet.classGroup(), r.student())))
            .toList();
    if (own.isEmpty()) {
      throw new GradcapException(
          ErrorCode.OUT_OF_SCOPE, actor, sheet.college() + "/" + sheet.classGroup());
    }
    return new SignOffSheet(
        sheet.college(),
        sheet.classGroup(),
        sheet.cohort(),
        sheet.deadline(),
        sheet.columns(),
        own);
  }

  private static Optional<Finding> mayAct(Actor actor, SignOffSheet sheet, SignOffCommand command) {
    String student = command.student().value();
    if (actor.role() == Role.CAPTURE_CENTRE) {
      return Optional.of(ErrorCode.NOT_A_SIGN_OFF_ROLE.refusal(student, actor));
    }
    Subject subject = new Subject(sheet.college(), sheet.classGroup(), command.student());
    if (!actor.covers(subject)
        || (command instanceof MarkNotReturned && actor.role() == Role.STUDENT)) {
      return Optional.of(ErrorCode.OUT_OF_SCOPE.refusal(student, actor, subject));
    }
    return Optional.empty();
  }
}
