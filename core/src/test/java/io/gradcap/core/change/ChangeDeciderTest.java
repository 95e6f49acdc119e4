package io.gradcap.core.change;

import static io.gradcap.core.change.ChangeCommand.move;
import static io.gradcap.core.change.Fixtures.ANIMATION_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.LI_STUDENT;
import static io.gradcap.core.change.Fixtures.OTHER_STAFF;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.SOFTWARE_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.WANG;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.at;
import static io.gradcap.core.change.Fixtures.file;
import static io.gradcap.core.change.Fixtures.name;
import static io.gradcap.core.change.Fixtures.open;
import static io.gradcap.core.change.Fixtures.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per transition and per kind of refusal. */
class ChangeDeciderTest {

  private Journal journal;

  @BeforeEach
  void openAName() {
    journal = new Journal(Fixtures.decider());
    journal.accept(open("r-1", ZHANG_STUDENT, ZHANG, name("张三", "张叁")));
  }

  /** Everything a name change needs, attached and checked. */
  private void completeEvidence() {
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.APPLICATION_FORM, 1)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.HOUSEHOLD_REGISTER, 2)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.ID_CARD, 3)));
    journal.accept(new ChangeCommand.CheckOriginal("r-1", SOFTWARE_RESPONSIBLE, at(2), sha(2)));
    journal.accept(new ChangeCommand.CheckOriginal("r-1", SOFTWARE_RESPONSIBLE, at(2), sha(3)));
  }

  private void toReview() {
    journal.accept(move("r-1", ZHANG_STUDENT, at(3), Transition.SUBMIT));
    journal.accept(move("r-1", SOFTWARE_RESPONSIBLE, at(4), Transition.COLLECT));
    journal.accept(move("r-1", RECEIVER, at(5), Transition.RECEIVE));
    journal.accept(move("r-1", OTHER_STAFF, at(6), Transition.START_REVIEW));
  }

  @Test
  void opening_makes_a_draft_with_its_actor_time_and_reason() {
    ChangeEvent opened = journal.events.get(0);
    assertThat(opened).isInstanceOf(ChangeEvent.RequestOpened.class);
    assertThat(opened.actor()).isEqualTo(ZHANG_STUDENT);
    assertThat(opened.at()).isEqualTo(Fixtures.T0);
    assertThat(opened.reason()).isEqualTo("核对签名表更正");
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.DRAFT);
  }

  @Test
  void a_student_submits_their_own_request_and_a_counsellor_on_their_behalf() {
    journal.accept(move("r-1", ZHANG_STUDENT, at(1), Transition.SUBMIT));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.SUBMITTED);
    journal.accept(
        open("r-2", COUNSELLOR, Fixtures.LI, FieldChange.of(RecordField.GENDER, "男", "女")));
    journal.accept(move("r-2", COUNSELLOR, at(1), Transition.SUBMIT));
    assertThat(journal.status("r-2")).isEqualTo(ChangeStatus.SUBMITTED);
  }

  @Test
  void the_college_collects_and_the_named_staff_member_receives() {
    journal.accept(move("r-1", ZHANG_STUDENT, at(1), Transition.SUBMIT));
    journal.accept(move("r-1", SOFTWARE_RESPONSIBLE, at(2), Transition.COLLECT));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.COLLECTED);
    Refusal notNamed = journal.refuse(move("r-1", OTHER_STAFF, at(3), Transition.RECEIVE));
    assertThat(notNamed.message().format(Locale.ENGLISH))
        .isEqualTo("Only the named office staff member o-01 receives change requests");
    journal.accept(move("r-1", RECEIVER, at(3), Transition.RECEIVE));
    assertThat(journal.book.request("r-1").orElseThrow().receivedBy()).isEqualTo(RECEIVER);
  }

  @Test
  void under_review_the_office_asks_for_more_evidence_and_resumes() {
    toReview();
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.UNDER_REVIEW);
    Refusal noReason = journal.refuse(move("r-1", RECEIVER, at(7), Transition.REQUEST_EVIDENCE));
    assertThat(noReason.reason()).isEqualTo("reason-required");
    journal.accept(move("r-1", RECEIVER, at(7), Transition.REQUEST_EVIDENCE, "请补交户口簿曾用名页"));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.NEEDS_EVIDENCE);
    completeEvidence();
    journal.accept(move("r-1", RECEIVER, at(8), Transition.START_REVIEW));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.UNDER_REVIEW);
  }

  @Test
  void approval_waits_for_every_required_piece_of_evidence_checked() {
    toReview();
    Refusal missing = journal.refuse(move("r-1", RECEIVER, at(7), Transition.APPROVE));
    assertThat(missing.findings())
        .extracting(Finding::rule)
        .containsExactly("R3.evidence.missing", "R3.evidence.missing", "R3.evidence.missing");
    assertThat(missing.describe(Locale.CHINESE)).contains("缺少：学籍信息变更申请表", "缺少：居民身份证");
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(7), file(EvidenceKind.APPLICATION_FORM, 1)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(7), file(EvidenceKind.HOUSEHOLD_REGISTER, 2)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(7), file(EvidenceKind.ID_CARD, 3)));
    Refusal unchecked = journal.refuse(move("r-1", RECEIVER, at(8), Transition.APPROVE));
    assertThat(unchecked.findings())
        .extracting(Finding::rule)
        .containsOnly("R3.evidence.unchecked");
    journal.accept(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(8), sha(2)));
    journal.accept(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(8), sha(3)));
    journal.accept(move("r-1", RECEIVER, at(9), Transition.APPROVE, "材料齐全"));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.APPROVED);
  }

  @Test
  void applying_changes_the_record_once_keeping_the_old_value() {
    completeEvidence();
    toReview();
    journal.accept(move("r-1", RECEIVER, at(7), Transition.APPROVE));
    List<ChangeEvent> applied = journal.accept(move("r-1", RECEIVER, at(8), Transition.APPLY));
    assertThat(applied).hasSize(2);
    assertThat(applied.get(1))
        .isEqualTo(
            new ChangeEvent.RecordFieldChanged(
                "r-1", RECEIVER, at(8), "", ZHANG.student(), RecordField.NAME, "张三", "张叁"));
    assertThat(journal.book.appliedValue(ZHANG.student(), RecordField.NAME)).hasValue("张叁");
    assertThat(journal.refuse(move("r-1", RECEIVER, at(9), Transition.APPLY)).reason())
        .isEqualTo("wrong-status");
    assertThat(journal.book.history()).hasSize(1);
  }

  @Test
  void a_later_request_on_the_same_field_keeps_the_history_chained() {
    completeEvidence();
    toReview();
    journal.accept(move("r-1", RECEIVER, at(7), Transition.APPROVE));
    journal.accept(move("r-1", RECEIVER, at(8), Transition.APPLY));
    journal.accept(open("r-2", ZHANG_STUDENT, ZHANG, name("张三", "张叄")));
    // Skip the second paper trail: fold in the approval as the office would have recorded it.
    journal.book =
        ChangeDecider.evolve(
            journal.book,
            new ChangeEvent.StatusChanged(
                "r-2",
                RECEIVER,
                at(9),
                "",
                Transition.APPROVE,
                ChangeStatus.DRAFT,
                ChangeStatus.APPROVED));
    List<ChangeEvent> applied = journal.accept(move("r-2", RECEIVER, at(10), Transition.APPLY));
    assertThat(((ChangeEvent.RecordFieldChanged) applied.get(1)).oldValue())
        .as("the old value is what the last change left, not what the request said")
        .isEqualTo("张叁");
    assertThat(journal.book.history())
        .extracting(ChangeEvent.RecordFieldChanged::newValue)
        .containsExactly("张叁", "张叄");
  }

  @Test
  void rejecting_and_withdrawing_need_a_reason_and_close_the_request() {
    toReview();
    journal.accept(move("r-1", RECEIVER, at(7), Transition.REJECT, "材料不实"));
    assertThat(journal.status("r-1")).isEqualTo(ChangeStatus.REJECTED);
    assertThat(journal.book.openRequests()).isEmpty();
    journal.accept(open("r-2", ZHANG_STUDENT, ZHANG, name("张三", "张叁")));
    assertThat(journal.refuse(move("r-2", ZHANG_STUDENT, at(8), Transition.WITHDRAW)).reason())
        .isEqualTo("reason-required");
    journal.accept(move("r-2", ZHANG_STUDENT, at(8), Transition.WITHDRAW, "不再变更"));
    assertThat(journal.status("r-2")).isEqualTo(ChangeStatus.WITHDRAWN);
    assertThat(
            journal
                .refuse(move("r-2", ZHANG_STUDENT, at(9), Transition.SUBMIT))
                .message()
                .format(Locale.ENGLISH))
        .isEqualTo(
            "Change request r-2 is at \"withdrawn\"; it cannot submit (it must be at: draft)");
  }

  @Test
  void a_role_that_may_not_make_a_move_is_refused_in_both_languages() {
    Refusal refusal = journal.refuse(move("r-1", SOFTWARE_RESPONSIBLE, at(1), Transition.SUBMIT));
    assertThat(refusal.reason()).isEqualTo("role");
    assertThat(refusal.message().format(Locale.CHINESE)).isEqualTo("二级学院负责人不能提交（只有学生、辅导员可以）");
    assertThat(refusal.message().format(Locale.ENGLISH))
        .isEqualTo("Role \"college responsible person\" cannot submit (only: student, counsellor)");
    assertThat(journal.refuse(move("r-1", ZHANG_STUDENT, at(1), Transition.APPROVE)).reason())
        .isEqualTo("role");
  }

  @Test
  void an_actor_outside_the_scope_is_refused() {
    assertThat(
            journal
                .refuse(move("r-1", LI_STUDENT, at(1), Transition.SUBMIT))
                .message()
                .format(Locale.ENGLISH))
        .isEqualTo("The scope of 李四 does not cover student 2021010101");
    journal.accept(move("r-1", ZHANG_STUDENT, at(1), Transition.SUBMIT));
    assertThat(
            journal.refuse(move("r-1", ANIMATION_RESPONSIBLE, at(2), Transition.COLLECT)).reason())
        .isEqualTo("out-of-scope");
    Actor otherCounsellor = Actor.counsellor("t-09", "赵老师", java.util.Set.of("21动画2班"));
    assertThat(
            journal
                .refuse(
                    open(
                        "r-2",
                        otherCounsellor,
                        ZHANG,
                        FieldChange.of(RecordField.GENDER, "男", "女")))
                .reason())
        .isEqualTo("out-of-scope");
    journal.accept(
        open("r-2", otherCounsellor, WANG, FieldChange.of(RecordField.GENDER, "男", "女")));
  }

  @Test
  void one_open_request_per_student_and_field() {
    Refusal refusal = journal.refuse(open("r-2", COUNSELLOR, ZHANG, name("张三", "章三")));
    assertThat(refusal.message().format(Locale.ENGLISH))
        .isEqualTo("Student 2021010101 already has an open request r-1 for the name");
    journal.accept(open("r-2", COUNSELLOR, ZHANG, FieldChange.of(RecordField.GENDER, "男", "女")));
    assertThat(journal.refuse(open("r-2", COUNSELLOR, Fixtures.LI, name("李四", "李肆"))).reason())
        .isEqualTo("duplicate-request");
  }

  @Test
  void opening_runs_the_policy_rules() {
    Refusal refusal =
        journal.refuse(open("r-2", COUNSELLOR, Fixtures.LI, name("李四", "李肆"), Fixtures.idNumber()));
    assertThat(refusal.reason()).isEqualTo("blocked-by-rules");
    assertThat(refusal.describe(Locale.ENGLISH))
        .startsWith("One rule does not allow this:\n- Name and ID number");
    assertThat(
            journal
                .refuse(
                    open(
                        "r-2",
                        COUNSELLOR,
                        Fixtures.LI,
                        FieldChange.of(RecordField.MAJOR, "a", "b")))
                .findings())
        .extracting(Finding::rule)
        .containsExactly("R4.change.field-not-critical");
  }

  @Test
  void evidence_is_attached_once_and_checked_by_the_role_the_catalogue_names() {
    completeEvidence();
    assertThat(
            journal
                .refuse(
                    new ChangeCommand.AttachEvidence(
                        "r-1", ZHANG_STUDENT, at(3), file(EvidenceKind.ID_CARD, 3)))
                .reason())
        .isEqualTo("duplicate-evidence");
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(3), file(EvidenceKind.POLICE_CERTIFICATE, 4)));
    Refusal wrongChecker =
        journal.refuse(new ChangeCommand.CheckOriginal("r-1", SOFTWARE_RESPONSIBLE, at(3), sha(4)));
    assertThat(wrongChecker.message().format(Locale.ENGLISH))
        .isEqualTo("The original of the police certificate is checked by the office staff");
    assertThat(
            journal
                .refuse(new ChangeCommand.CheckOriginal("r-1", ZHANG_STUDENT, at(3), sha(4)))
                .reason())
        .isEqualTo("role");
    assertThat(
            journal
                .refuse(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(3), sha(2)))
                .reason())
        .isEqualTo("already-checked");
    assertThat(
            journal
                .refuse(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(3), sha(99)))
                .reason())
        .isEqualTo("unknown-evidence");
    List<ChangeEvent> checked =
        journal.accept(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(3), sha(4)));
    assertThat(checked.get(0).actor()).isEqualTo(RECEIVER);
    assertThat(journal.book.request("r-1").orElseThrow().evidence(sha(4)).orElseThrow().check())
        .isEqualTo(new OriginalCheck(RECEIVER, at(3)));
  }

  @Test
  void a_locked_record_takes_no_change() {
    completeEvidence();
    toReview();
    journal.accept(move("r-1", RECEIVER, at(7), Transition.APPROVE));
    journal.accept(new ChangeCommand.LockRecord(ZHANG, ZHANG_STUDENT, at(8), "学生已在学信网确认"));
    Refusal refusal = journal.refuse(move("r-1", RECEIVER, at(9), Transition.APPLY));
    assertThat(refusal.findings())
        .extracting(Finding::rule)
        .containsExactly("R17.change.record-locked");
    assertThat(
            journal
                .refuse(
                    open("r-2", ZHANG_STUDENT, ZHANG, FieldChange.of(RecordField.GENDER, "男", "女")))
                .findings())
        .extracting(Finding::rule)
        .containsExactly("R17.change.record-locked");
    assertThat(journal.refuse(new ChangeCommand.LockRecord(ZHANG, RECEIVER, at(9), "")).reason())
        .isEqualTo("already-locked");
    journal.accept(move("r-1", RECEIVER, at(9), Transition.WITHDRAW, "学籍已锁定"));
    assertThat(journal.book.history()).isEmpty();
  }

  @Test
  void unknown_requests_are_refused() {
    assertThat(
            journal
                .refuse(move("r-404", RECEIVER, at(1), Transition.APPROVE))
                .message()
                .format(Locale.CHINESE))
        .isEqualTo("没有编号为r-404的变更申请");
  }

  @Test
  void replaying_the_events_gives_the_same_book() {
    completeEvidence();
    toReview();
    assertThat(ChangeBook.replay(journal.events)).isEqualTo(journal.book);
  }
}
