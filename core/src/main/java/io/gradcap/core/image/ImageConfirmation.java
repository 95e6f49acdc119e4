package io.gradcap.core.image;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.image.ImageCommand.Confirm;
import io.gradcap.core.image.ImageCommand.CorrectByOffice;
import io.gradcap.core.image.ImageCommand.Dispute;
import io.gradcap.core.image.ImageCommand.MarkCaptured;
import io.gradcap.core.image.ImageCommand.RegisterDispute;
import io.gradcap.core.image.ImageCommand.ResolveDispute;
import io.gradcap.core.image.ImageCommand.Upload;
import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Decides image commands and folds image events: the lifecycle not captured → captured → uploaded →
 * confirmed (final), or disputed → registered with the counsellor → resolved by the office →
 * captured or uploaded again. Both functions are pure; the terms (designated centre, lock date) are
 * the campaign's.
 */
public final class ImageConfirmation {

  static final String BUNDLE = "io.gradcap.core.image.messages";

  private final ConfirmationTerms terms;

  public ImageConfirmation(ConfirmationTerms terms) {
    this.terms = terms;
  }

  public ConfirmationTerms terms() {
    return terms;
  }

  /** Accepts the command with the events it causes, or refuses it with the rule that stops it. */
  public Decision<ImageEvent> decide(ImageCommand command, ImageState state) {
    Actor actor = command.actor();
    Subject subject = state.subject();
    StudentNumber student = subject.student();
    Preconditions.checkArgument(
        command.student().equals(student),
        "a command about %s decided on the image of %s",
        command.student(),
        student);
    Role required = requiredRole(command);
    if (actor.role() != required) {
      return refuse(
          "image.role",
          student,
          "refused.role." + required.name().toLowerCase(java.util.Locale.ROOT),
          actor);
    }
    if (!actor.covers(subject)) {
      return refuse("image.scope", student, "refused.scope", actor, student);
    }
    if (state.isConfirmed()) {
      return confirmedIsFinal(state);
    }
    boolean locked = terms.isLocked(command.at());
    if (command instanceof CorrectByOffice c) {
      return locked
          ? correctByOffice(c, state)
          : refuse(
              "R17.image.correction-before-lock",
              student,
              "refused.not-locked",
              student,
              terms.lockDate(),
              terms.daysLeft(command.at().atZone(terms.zone()).toLocalDate()));
    }
    if (locked) {
      return refuse("R17.image.locked", student, "refused.locked", student, terms.lockDate());
    }
    if (command instanceof MarkCaptured c) {
      return markCaptured(c, state);
    } else if (command instanceof Upload c) {
      return upload(c, state);
    } else if (command instanceof Confirm c) {
      return confirm(c, state);
    } else if (command instanceof Dispute c) {
      return dispute(c, state);
    } else if (command instanceof RegisterDispute c) {
      return registerDispute(c, state);
    } else {
      return resolveDispute((ResolveDispute) command, state);
    }
  }

  /**
   * Who may issue each command: the centre captures and uploads, the student confirms and disputes.
   */
  private static Role requiredRole(ImageCommand command) {
    if (command instanceof MarkCaptured || command instanceof Upload) {
      return Role.CAPTURE_CENTRE;
    } else if (command instanceof Confirm || command instanceof Dispute) {
      return Role.STUDENT;
    } else if (command instanceof RegisterDispute) {
      return Role.COUNSELLOR;
    }
    return Role.OFFICE_STAFF;
  }

  /** R17: a confirmed image is final; every later command is refused, by whoever and whenever. */
  private static Decision<ImageEvent> confirmedIsFinal(ImageState state) {
    return refuse(
        "R17.image.confirmed-is-final",
        state.subject().student(),
        "refused.confirmed",
        state.subject().student(),
        Objects.requireNonNull(state.confirmedAt()));
  }

  /** R16: only the designated centre photographs, after no photo or after a resolved dispute. */
  private Decision<ImageEvent> markCaptured(MarkCaptured c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (!terms.designatedCentre().equals(c.centre())) {
      return refuse(
          "R16.image.designated-centre",
          student,
          "refused.centre",
          student,
          terms.designatedCentre(),
          c.centre());
    }
    if (state.status() != ImageStatus.NOT_CAPTURED && state.status() != ImageStatus.RESOLVED) {
      return wrongStatus(state, "captured");
    }
    return accept(new ImageEvent.Captured(student, c.actor(), c.at(), c.centre()));
  }

  /**
   * R16: only the designated centre uploads, once photographed, and may replace an image not yet
   * confirmed.
   */
  private Decision<ImageEvent> upload(Upload c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (!terms.designatedCentre().equals(c.centre())) {
      return refuse(
          "R16.image.designated-centre",
          student,
          "refused.centre",
          student,
          terms.designatedCentre(),
          c.centre());
    }
    ImageStatus s = state.status();
    if (s != ImageStatus.CAPTURED && s != ImageStatus.UPLOADED && s != ImageStatus.RESOLVED) {
      return wrongStatus(state, "uploaded");
    }
    return accept(new ImageEvent.Uploaded(student, c.actor(), c.at(), c.centre(), c.image()));
  }

  /** R17: the student confirms the very image last uploaded, and only that one. */
  private static Decision<ImageEvent> confirm(Confirm c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (state.status() != ImageStatus.UPLOADED) {
      return wrongStatus(state, "confirmed");
    }
    if (!c.image().equals(state.image())) {
      return refuse("R17.image.confirm-what-was-shown", student, "refused.image-mismatch", student);
    }
    return accept(new ImageEvent.Confirmed(student, c.actor(), c.at(), c.image()));
  }

  /** R18: a student reports an uploaded image wrong online, with a reason. */
  private static Decision<ImageEvent> dispute(Dispute c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (state.status() != ImageStatus.UPLOADED) {
      return wrongStatus(state, "disputed");
    }
    if (c.reason().isBlank()) {
      return refuse("image.reason-required", student, "refused.reason-required", student);
    }
    return accept(new ImageEvent.Disputed(student, c.actor(), c.at(), c.reason()));
  }

  /** R18: the counsellor of the student's class registers a dispute the student reported. */
  private static Decision<ImageEvent> registerDispute(RegisterDispute c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (state.status() != ImageStatus.DISPUTED) {
      return wrongStatus(state, "registered");
    }
    return accept(new ImageEvent.DisputeRegistered(student, c.actor(), c.at(), c.note()));
  }

  /** R18: the office resolves a registered dispute, citing an ID copy among its evidence. */
  private static Decision<ImageEvent> resolveDispute(ResolveDispute c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (state.status() != ImageStatus.DISPUTE_REGISTERED) {
      return wrongStatus(state, "resolved");
    }
    if (c.resolution().isBlank()) {
      return refuse("image.reason-required", student, "refused.reason-required", student);
    }
    if (c.evidence().stream().noneMatch(e -> e.kind() == DisputeEvidenceKind.ID_COPY)) {
      return refuse("R18.image.evidence-id-copy", student, "refused.evidence-id-copy", student);
    }
    return accept(
        new ImageEvent.DisputeResolved(student, c.actor(), c.at(), c.resolution(), c.evidence()));
  }

  /**
   * R17: after the lock date the office's correction path is the only one, with reason and
   * evidence.
   */
  private static Decision<ImageEvent> correctByOffice(CorrectByOffice c, ImageState state) {
    StudentNumber student = state.subject().student();
    if (c.reason().isBlank()) {
      return refuse("image.reason-required", student, "refused.reason-required", student);
    }
    if (c.evidence().isEmpty()) {
      return refuse(
          "R17.image.correction-evidence", student, "refused.correction-evidence", student);
    }
    return accept(
        new ImageEvent.CorrectedByOffice(student, c.actor(), c.at(), c.reason(), c.evidence()));
  }

  private static Decision<ImageEvent> wrongStatus(ImageState state, String action) {
    return refuse(
        "image.transition",
        state.subject().student(),
        "refused.status." + action,
        state.subject().student(),
        state.status().ordinal());
  }

  private static Decision<ImageEvent> accept(ImageEvent event) {
    return Decision.accept(StreamId.student(event.student()), event);
  }

  private static Decision<ImageEvent> refuse(
      String rule, StudentNumber student, String key, Object... args) {
    return Decision.refuse(
        Finding.of(
            rule, Severity.BLOCKING, student.value(), "image", Message.of(BUNDLE, key, args)));
  }

  /**
   * Applies an event. Events are facts {@link #decide} produced, so they are trusted, with one
   * exception: an event that would change a confirmed image is never applied.
   *
   * @throws GradcapException {@link ErrorCode#CONFIRMED_IMAGE_IS_FINAL} for an event after
   *     confirmation
   * @throws IllegalArgumentException for an event about another student
   */
  public static ImageState evolve(ImageState state, ImageEvent event) {
    com.google.common.base.Preconditions.checkArgument(
        event.student().equals(state.subject().student()),
        "event about %s applied to %s",
        event.student(),
        state.subject().student());
    if (state.isConfirmed()) {
      throw new GradcapException(
          ErrorCode.CONFIRMED_IMAGE_IS_FINAL,
          event.student(),
          Objects.requireNonNull(state.confirmedAt()));
    }
    Subject subject = state.subject();
    if (event instanceof ImageEvent.Captured e) {
      return new ImageState(
          subject,
          ImageStatus.CAPTURED,
          e.centre(),
          state.image(),
          null,
          state.evidence(),
          state.disputes());
    } else if (event instanceof ImageEvent.Uploaded e) {
      return new ImageState(
          subject,
          ImageStatus.UPLOADED,
          e.centre(),
          e.image(),
          null,
          state.evidence(),
          state.disputes());
    } else if (event instanceof ImageEvent.Confirmed e) {
      return new ImageState(
          subject,
          ImageStatus.CONFIRMED,
          state.centre(),
          e.image(),
          e.at(),
          state.evidence(),
          state.disputes());
    } else if (event instanceof ImageEvent.Disputed) {
      return new ImageState(
          subject,
          ImageStatus.DISPUTED,
          state.centre(),
          state.image(),
          null,
          state.evidence(),
          state.disputes() + 1);
    } else if (event instanceof ImageEvent.DisputeRegistered) {
      return state.with(ImageStatus.DISPUTE_REGISTERED);
    } else if (event instanceof ImageEvent.DisputeResolved e) {
      return new ImageState(
          subject,
          ImageStatus.RESOLVED,
          state.centre(),
          state.image(),
          null,
          concat(state.evidence(), e.evidence()),
          state.disputes());
    } else {
      ImageEvent.CorrectedByOffice e = (ImageEvent.CorrectedByOffice) event;
      return new ImageState(
          subject,
          ImageStatus.OFFICE_CORRECTION,
          state.centre(),
          state.image(),
          null,
          concat(state.evidence(), e.evidence()),
          state.disputes());
    }
  }

  /** Folds a student's events, in order, onto their state before capture. */
  public static ImageState replay(Subject subject, List<? extends ImageEvent> events) {
    ImageState state = ImageState.notCaptured(subject);
    for (ImageEvent event : events) {
      state = evolve(state, event);
    }
    return state;
  }

  private static List<EvidenceRef> concat(List<EvidenceRef> a, List<EvidenceRef> b) {
    List<EvidenceRef> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Per class, the students whose image is not confirmed, sorted by class and student number, with
   * the days left before the lock date; once locked, the list says only the office's correction
   * path remains. Classes whose students have all confirmed are left out.
   */
  public List<UnconfirmedClass> unconfirmed(Collection<ImageState> states, LocalDate today) {
    Map<List<String>, List<UnconfirmedClass.Student>> byClass =
        new TreeMap<>(
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
    for (ImageState state : states) {
      if (!state.isConfirmed()) {
        Subject s = state.subject();
        byClass
            .computeIfAbsent(List.of(s.college(), s.classGroup()), k -> new ArrayList<>())
            .add(new UnconfirmedClass.Student(s.student(), state.status()));
      }
    }
    List<UnconfirmedClass> result = new ArrayList<>();
    byClass.forEach(
        (key, students) -> {
          students.sort(Comparator.comparing(UnconfirmedClass.Student::student));
          result.add(
              new UnconfirmedClass(
                  key.get(0), key.get(1), students, terms.daysLeft(today), terms.isLocked(today)));
        });
    return result;
  }
}
