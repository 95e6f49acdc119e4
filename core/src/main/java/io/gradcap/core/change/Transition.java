package io.gradcap.core.change;

import static io.gradcap.core.access.Role.COLLEGE_RESPONSIBLE;
import static io.gradcap.core.access.Role.COUNSELLOR;
import static io.gradcap.core.access.Role.OFFICE_STAFF;
import static io.gradcap.core.access.Role.STUDENT;
import static io.gradcap.core.change.ChangeStatus.APPLIED;
import static io.gradcap.core.change.ChangeStatus.APPROVED;
import static io.gradcap.core.change.ChangeStatus.COLLECTED;
import static io.gradcap.core.change.ChangeStatus.DRAFT;
import static io.gradcap.core.change.ChangeStatus.NEEDS_EVIDENCE;
import static io.gradcap.core.change.ChangeStatus.RECEIVED;
import static io.gradcap.core.change.ChangeStatus.REJECTED;
import static io.gradcap.core.change.ChangeStatus.SUBMITTED;
import static io.gradcap.core.change.ChangeStatus.UNDER_REVIEW;
import static io.gradcap.core.change.ChangeStatus.WITHDRAWN;

import io.gradcap.core.access.Role;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of a change request's lifecycle: who may make each, from which statuses, to which
 * status, and whether a reason is required. The table is the lifecycle: draft → submitted →
 * collected → received → under review → needs more evidence / approved / rejected → applied;
 * withdrawn from any open status.
 */
public enum Transition {
  /** The student, or a counsellor on the student's behalf, submits the draft. */
  SUBMIT("提交", "submit", EnumSet.of(STUDENT, COUNSELLOR), EnumSet.of(DRAFT), SUBMITTED, false),
  /** The college's responsible person collects the submitted form and evidence. */
  COLLECT(
      "收取", "collect", EnumSet.of(COLLEGE_RESPONSIBLE), EnumSet.of(SUBMITTED), COLLECTED, false),
  /** The named office staff member receives what the college hands over. */
  RECEIVE("接收", "receive", EnumSet.of(OFFICE_STAFF), EnumSet.of(COLLECTED), RECEIVED, false),
  /** The office starts (or, after more evidence came in, resumes) its review. */
  START_REVIEW(
      "开始审核",
      "start the review",
      EnumSet.of(OFFICE_STAFF),
      EnumSet.of(RECEIVED, NEEDS_EVIDENCE),
      UNDER_REVIEW,
      false),
  /** The office asks for more evidence, saying what. */
  REQUEST_EVIDENCE(
      "要求补充材料",
      "ask for more evidence",
      EnumSet.of(OFFICE_STAFF),
      EnumSet.of(UNDER_REVIEW),
      NEEDS_EVIDENCE,
      true),
  /** The office approves: every required piece of evidence is there and checked. */
  APPROVE("批准", "approve", EnumSet.of(OFFICE_STAFF), EnumSet.of(UNDER_REVIEW), APPROVED, false),
  /** The office rejects, saying why. */
  REJECT(
      "驳回",
      "reject",
      EnumSet.of(OFFICE_STAFF),
      EnumSet.of(UNDER_REVIEW, NEEDS_EVIDENCE),
      REJECTED,
      true),
  /** The office changes the record; this happens exactly once per request. */
  APPLY(
      "变更学籍",
      "apply to the record",
      EnumSet.of(OFFICE_STAFF),
      EnumSet.of(APPROVED),
      APPLIED,
      false),
  /** The student, their counsellor or the office withdraws an open request, saying why. */
  WITHDRAW(
      "撤回",
      "withdraw",
      EnumSet.of(STUDENT, COUNSELLOR, OFFICE_STAFF),
      EnumSet.of(DRAFT, SUBMITTED, COLLECTED, RECEIVED, UNDER_REVIEW, NEEDS_EVIDENCE, APPROVED),
      WITHDRAWN,
      true);

  private final String chineseLabel;
  private final String englishLabel;
  private final Set<Role> roles;
  private final Set<ChangeStatus> from;
  private final ChangeStatus to;
  private final boolean reasonRequired;

  Transition(
      String chineseLabel,
      String englishLabel,
      Set<Role> roles,
      Set<ChangeStatus> from,
      ChangeStatus to,
      boolean reasonRequired) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.roles = Set.copyOf(roles);
    this.from = Set.copyOf(from);
    this.to = to;
    this.reasonRequired = reasonRequired;
  }

  /** The roles that may make this move (within their scope). */
  public Set<Role> roles() {
    return roles;
  }

  /** The statuses this move starts from. */
  public Set<ChangeStatus> from() {
    return from;
  }

  /** The status this move leads to. */
  public ChangeStatus to() {
    return to;
  }

  /** Whether the move must say why (rejecting, asking for evidence, withdrawing). */
  public boolean reasonRequired() {
    return reasonRequired;
  }

  /** The label in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
  }
}
