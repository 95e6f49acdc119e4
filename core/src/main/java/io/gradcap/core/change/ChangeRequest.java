package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A change request (学籍信息变更申请) as its events have made it.
 *
 * @param id the request's id, unique in its book
 * @param student the facts about the student the date rules need
 * @param changes the fields it changes, with their current and proposed values
 * @param changedOn the day the change happened, as the evidence dates it
 * @param source where the request came from: a verification finding's rule id or {@code sign-off}
 * @param status where it stands
 * @param evidence the files attached so far, in the order attached
 * @param openedBy who opened it
 * @param openedAt when
 * @param statusSince when it entered its current status
 * @param receivedBy the office staff member who received it, once someone has
 */
public record ChangeRequest(
    String id,
    StudentFacts student,
    List<FieldChange> changes,
    LocalDate changedOn,
    String source,
    ChangeStatus status,
    List<EvidenceFile> evidence,
    Actor openedBy,
    Instant openedAt,
    Instant statusSince,
    @Nullable Actor receivedBy) {

  public ChangeRequest {
    changes = List.copyOf(changes);
    evidence = List.copyOf(evidence);
  }

  /** A new draft. */
  static ChangeRequest draft(
      String id,
      StudentFacts student,
      List<FieldChange> changes,
      LocalDate changedOn,
      String source,
      Actor openedBy,
      Instant at) {
    return new ChangeRequest(
        id,
        student,
        changes,
        changedOn,
        source,
        ChangeStatus.DRAFT,
        List.of(),
        openedBy,
        at,
        at,
        null);
  }

  public Subject subject() {
    return student.subject();
  }

  /** The fields this request changes. */
  public Set<RecordField> fields() {
    return changes.stream().map(FieldChange::field).collect(Collectors.toUnmodifiableSet());
  }

  /** The change of one field, if this request changes it. */
  public Optional<FieldChange> change(RecordField field) {
    return changes.stream().filter(c -> c.field() == field).findFirst();
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  /** The attached file with this hash, if any. */
  public Optional<EvidenceFile> evidence(Sha256 sha256) {
    return evidence.stream().filter(e -> e.sha256().equals(sha256)).findFirst();
  }

  ChangeRequest moved(ChangeStatus to, Actor by, Instant at) {
    Actor receiver = to == ChangeStatus.RECEIVED ? by : receivedBy;
    return new ChangeRequest(
        id, student, changes, changedOn, source, to, evidence, openedBy, openedAt, at, receiver);
  }

  ChangeRequest withEvidence(EvidenceFile file) {
    List<EvidenceFile> files = new ArrayList<>(evidence);
    files.add(file);
    return new ChangeRequest(
        id,
        student,
        changes,
        changedOn,
        source,
        status,
        files,
        openedBy,
        openedAt,
        statusSince,
        receivedBy);
  }

  ChangeRequest withCheck(Sha256 sha256, OriginalCheck check) {
    List<EvidenceFile> files =
        evidence.stream().map(e -> e.sha256().equals(sha256) ? e.checked(check) : e).toList();
    return new ChangeRequest(
        id,
        student,
        changes,
        changedOn,
        source,
        status,
        files,
        openedBy,
        openedAt,
        statusSince,
        receivedBy);
  }
}
