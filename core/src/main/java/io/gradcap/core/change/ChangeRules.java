package io.gradcap.core.change;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The policy rules a change request must pass, each one method returning its findings (empty when
 * the rule holds or the policy switches it off). Every finding here blocks.
 */
public final class ChangeRules {

  private ChangeRules() {}

  /**
   * R4: only critical fields change through a request; every other field is corrected on the
   * sign-off sheet.
   */
  public static List<Finding> fieldsAreCritical(ChangePolicy policy, ChangeRequest request) {
    List<Finding> findings = new ArrayList<>();
    for (FieldChange change : request.changes()) {
      if (!policy.criticalFields().contains(change.field())) {
        findings.add(
            finding(
                "R4.change.field-not-critical",
                request,
                change.field(),
                "rule.field-not-critical",
                Labels.zh(change.field()),
                Labels.en(change.field())));
      }
    }
    return findings;
  }

  /** Name and ID number are never changed in one request: together they need the province. */
  public static List<Finding> nameAndIdNumberApart(ChangePolicy policy, ChangeRequest request) {
    if (!policy.nameAndIdNumberApart()
        || !request.fields().contains(RecordField.NAME)
        || !request.fields().contains(RecordField.ID_NUMBER)) {
      return List.of();
    }
    return List.of(
        finding(
            "R3.change.name-with-id-number",
            request,
            RecordField.ID_NUMBER,
            "rule.name-with-id-number"));
  }

  /** No change is accepted on or after the cutoff, the first day of the graduation semester. */
  public static List<Finding> beforeCutoff(
      ChangePolicy policy, ChangeRequest request, LocalDate today) {
    LocalDate cutoff = policy.cutoff();
    if (cutoff == null || today.isBefore(cutoff)) {
      return List.of();
    }
    return List.of(
        finding("R3.change.after-cutoff", request, null, "rule.after-cutoff", cutoff.toString()));
  }

  /** R17: a record the student confirmed is locked and never changes. */
  public static List<Finding> recordNotLocked(
      ChangePolicy policy, ChangeRequest request, boolean locked) {
    if (!policy.lockedRecordsFinal() || !locked) {
      return List.of();
    }
    return List.of(finding("R17.change.record-locked", request, null, "rule.record-locked"));
  }

  /**
   * Only changes that happened while the student was enrolled count: from entry until the cutoff
   * (or today).
   */
  public static List<Finding> changedWhileEnrolled(
      ChangePolicy policy, ChangeRequest request, LocalDate today) {
    if (!policy.onlyChangesWhileEnrolled()) {
      return List.of();
    }
    LocalDate changed = request.changedOn();
    LocalDate entry = request.student().entryDate();
    LocalDate cutoff = policy.cutoff();
    LocalDate end = cutoff != null && cutoff.isBefore(today) ? cutoff : today;
    boolean afterEnd = cutoff != null && !changed.isBefore(cutoff) || changed.isAfter(today);
    if (!changed.isBefore(entry) && !afterEnd) {
      return List.of();
    }
    return List.of(
        finding(
            "R3.change.not-while-enrolled",
            request,
            null,
            "rule.not-while-enrolled",
            changed.toString(),
            entry.toString(),
            end.toString()));
  }

  /** Ethnicity changes only for people under the age limit (20) on the day of the change. */
  public static List<Finding> ethnicityUnderAgeLimit(ChangePolicy policy, ChangeRequest request) {
    if (policy.ethnicityAgeLimit() == 0 || !request.fields().contains(RecordField.ETHNICITY)) {
      return List.of();
    }
    int age = Period.between(request.student().birthDate(), request.changedOn()).getYears();
    if (age < policy.ethnicityAgeLimit()) {
      return List.of();
    }
    return List.of(
        finding(
            "R3.change.ethnicity-age",
            request,
            RecordField.ETHNICITY,
            "rule.ethnicity-age",
            policy.ethnicityAgeLimit(),
            request.changedOn().toString(),
            age));
  }

  /**
   * A new ID number must not belong to another student: not in the host's records, not through
   * another request already approved or applied.
   */
  public static List<Finding> newIdNumberUnused(
      ChangePolicy policy, ChangeRequest request, IdNumberLookup lookup, ChangeBook book) {
    Optional<FieldChange> change = request.change(RecordField.ID_NUMBER);
    if (!policy.uniqueIdNumbers() || change.isEmpty()) {
      return List.of();
    }
    String proposed = Labels.normalisedIdNumber(change.get().proposedValue());
    StudentNumber self = request.subject().student();
    Optional<StudentNumber> holder = lookup.holderOf(proposed).filter(h -> !h.equals(self));
    if (holder.isEmpty()) {
      holder =
          book.requests().values().stream()
              .filter(r -> !r.id().equals(request.id()) && !r.subject().student().equals(self))
              .filter(
                  r -> r.status() == ChangeStatus.APPROVED || r.status() == ChangeStatus.APPLIED)
              .filter(
                  r ->
                      r.change(RecordField.ID_NUMBER)
                          .map(c -> Labels.normalisedIdNumber(c.proposedValue()).equals(proposed))
                          .orElse(false))
              .map(r -> r.subject().student())
              .findFirst();
    }
    return holder
        .map(
            h ->
                List.of(
                    finding(
                        "R3.change.id-number-taken",
                        request,
                        RecordField.ID_NUMBER,
                        "rule.id-number-taken",
                        Labels.mask(proposed),
                        h.value())))
        .orElse(List.of());
  }

  /** Every rule above, in order, for the request as it stands on the given day. */
  public static List<Finding> check(
      ChangePolicy policy,
      ChangeRequest request,
      LocalDate today,
      ChangeBook book,
      IdNumberLookup lookup) {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(fieldsAreCritical(policy, request));
    findings.addAll(nameAndIdNumberApart(policy, request));
    findings.addAll(beforeCutoff(policy, request, today));
    findings.addAll(recordNotLocked(policy, request, book.isLocked(request.subject().student())));
    findings.addAll(changedWhileEnrolled(policy, request, today));
    findings.addAll(ethnicityUnderAgeLimit(policy, request));
    findings.addAll(newIdNumberUnused(policy, request, lookup, book));
    return findings;
  }

  private static Finding finding(
      String rule, ChangeRequest request, @Nullable RecordField field, String key, Object... args) {
    return Finding.of(
            rule,
            Severity.BLOCKING,
            request.subject().student().value(),
            field == null ? null : field.key(),
            Labels.message(key, args))
        .at(request.id());
  }
}
