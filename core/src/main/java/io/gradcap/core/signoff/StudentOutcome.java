package io.gradcap.core.signoff;

import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import io.gradcap.core.signoff.SignOffEvent.FieldCorrected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded about one student's row.
 *
 * @param student the student
 * @param signedAt when the student signed, if they did
 * @param corrections the direct corrections, in order
 * @param changeRequests the change requests opened, in order
 * @param notReturnedAt when the row was marked not returned, if it was
 * @param returnedAt when the row first came back with anything on it, if it did
 */
public record StudentOutcome(
    StudentNumber student,
    @Nullable Instant signedAt,
    List<FieldCorrected> corrections,
    List<ChangeRequestOpened> changeRequests,
    @Nullable Instant notReturnedAt,
    @Nullable Instant returnedAt) {

  public StudentOutcome {
    corrections = List.copyOf(corrections);
    changeRequests = List.copyOf(changeRequests);
  }

  /** Nothing recorded yet. */
  public static StudentOutcome pending(StudentNumber student) {
    return new StudentOutcome(student, null, List.of(), List.of(), null, null);
  }

  /** The outcome after one more event about this student. */
  StudentOutcome with(SignOffEvent event) {
    Instant returned = returnedAt;
    if (!(event instanceof SignOffEvent.NotReturned)
        && (returned == null || event.at().isBefore(returned))) {
      returned = event.at();
    }
    if (event instanceof SignOffEvent.SignedAsCorrect e) {
      return new StudentOutcome(
          student,
          signedAt == null ? e.at() : signedAt,
          corrections,
          changeRequests,
          notReturnedAt,
          returned);
    }
    if (event instanceof FieldCorrected e) {
      List<FieldCorrected> more = new ArrayList<>(corrections);
      more.add(e);
      return new StudentOutcome(student, signedAt, more, changeRequests, notReturnedAt, returned);
    }
    if (event instanceof ChangeRequestOpened e) {
      List<ChangeRequestOpened> more = new ArrayList<>(changeRequests);
      more.add(e);
      return new StudentOutcome(student, signedAt, corrections, more, notReturnedAt, returned);
    }
    return new StudentOutcome(student, signedAt, corrections, changeRequests, event.at(), returned);
  }

  /** How the row counts in progress reports as of an instant. */
  public OutcomeKind kindAsOf(Instant asOf) {
    if (returnedAt == null || returnedAt.isAfter(asOf)) {
      return OutcomeKind.MISSING;
    }
    if (changeRequests.stream().anyMatch(e -> !e.at().isAfter(asOf))) {
      return OutcomeKind.CHANGE_REQUESTED;
    }
    if (corrections.stream().anyMatch(e -> !e.at().isAfter(asOf))) {
      return OutcomeKind.CORRECTED;
    }
    return OutcomeKind.SIGNED;
  }

  public Optional<Instant> returned() {
    return Optional.ofNullable(returnedAt);
  }
}
