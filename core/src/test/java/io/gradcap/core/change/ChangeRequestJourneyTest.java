package io.gradcap.core.change;

import static io.gradcap.core.change.ChangeCommand.move;
import static io.gradcap.core.change.Fixtures.ANIMATION_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.LI_STUDENT;
import static io.gradcap.core.change.Fixtures.NEW_ID;
import static io.gradcap.core.change.Fixtures.OLD_ID;
import static io.gradcap.core.change.Fixtures.OTHER_STAFF;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.SOFTWARE;
import static io.gradcap.core.change.Fixtures.SOFTWARE_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.at;
import static io.gradcap.core.change.Fixtures.facts;
import static io.gradcap.core.change.Fixtures.file;
import static io.gradcap.core.change.Fixtures.sha;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From a verification finding or a sign-off correction to the record: a request is opened, evidence
 * attached, collected, received, reviewed and applied or rejected, and every refusal on the way
 * says why, in Chinese and in English.
 */
class ChangeRequestJourneyTest {

  private final Map<String, StudentNumber> idNumbers =
      new HashMap<>(Map.of(OLD_ID, ZHANG.student()));
  private final Journal journal =
      new Journal(
          new ChangeDecider(
              EvidenceCatalogue.defaults(),
              Fixtures.policy(),
              id -> IdNumberLookup.of(idNumbers).holderOf(id)));

  private void refused(ChangeCommand command, String chinese, String english) {
    Refusal refusal = journal.refuse(command);
    assertThat(refusal.describe(Locale.CHINESE)).isEqualTo(chinese);
    assertThat(refusal.describe(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void an_id_number_found_wrong_by_verification_is_corrected_and_applied() {
    Finding finding =
        Finding.of(
            "R6.id.birth-date",
            Severity.BLOCKING,
            ZHANG.student().value(),
            "idNumber",
            Message.of(Message.ERRORS, "GC-0003", "460100********0015", "出生日期与身份证号不一致"));
    ChangeCommand.Open open =
        ChangeCommand.fromFinding(
            "r-1",
            COUNSELLOR,
            at(0),
            facts(ZHANG),
            finding,
            FieldChange.of(RecordField.ID_NUMBER, OLD_ID, NEW_ID),
            Fixtures.CHANGED_ON);
    assertThat(open.source()).isEqualTo("R6.id.birth-date");
    journal.accept(open);

    // The student uploads the paperwork; copies are not originals.
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.APPLICATION_FORM, 1)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.HOUSEHOLD_REGISTER, 2)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.ID_CARD, 3)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.ID_NUMBER_CHANGE_CERTIFICATE, 4)));
    refused(
        new ChangeCommand.CheckOriginal("r-1", ZHANG_STUDENT, at(1), sha(3)),
        "学生不能核对原件（只有辅导员、二级学院负责人、教务处工作人员可以）",
        "Role \"student\" cannot check an original (only: counsellor, college responsible person, office staff)");

    // The counsellor submits on the student's behalf; the college collects and checks its
    // originals.
    journal.accept(move("r-1", COUNSELLOR, at(2), Transition.SUBMIT));
    refused(
        move("r-1", ANIMATION_RESPONSIBLE, at(3), Transition.COLLECT),
        "叶宏代的权限范围不包括学生2021010101",
        "The scope of 叶宏代 does not cover student 2021010101");
    journal.accept(new ChangeCommand.CheckOriginal("r-1", SOFTWARE_RESPONSIBLE, at(3), sha(2)));
    journal.accept(new ChangeCommand.CheckOriginal("r-1", SOFTWARE_RESPONSIBLE, at(3), sha(3)));
    journal.accept(move("r-1", SOFTWARE_RESPONSIBLE, at(3), Transition.COLLECT));
    HandoverList handover =
        ChangeReports.handover(journal.book, journal.decider.catalogue(), SOFTWARE);
    assertThat(handover.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.fields()).containsExactly(RecordField.ID_NUMBER);
              assertThat(line.files()).isEqualTo(4);
            });

    // The named office staff member receives it and reviews.
    refused(
        move("r-1", OTHER_STAFF, at(4), Transition.RECEIVE),
        "变更申请只能由指定的教务处经办人o-01接收",
        "Only the named office staff member o-01 receives change requests");
    journal.accept(move("r-1", RECEIVER, at(4), Transition.RECEIVE));
    journal.accept(move("r-1", RECEIVER, at(5), Transition.START_REVIEW));
    refused(
        move("r-1", RECEIVER, at(5), Transition.APPROVE),
        "有1条规则不允许此操作：\n- 公民身份号码变更证明复印件尚未由教务处工作人员核对原件",
        "One rule does not allow this:\n- The copy of the certificate of ID-number change has not been checked"
            + " against the original by the office staff");
    journal.accept(new ChangeCommand.CheckOriginal("r-1", RECEIVER, at(5), sha(4)));

    // Meanwhile another student's record turned out to hold the new number: de-duplication stops
    // approval.
    idNumbers.put(NEW_ID, LI.student());
    refused(
        move("r-1", RECEIVER, at(6), Transition.APPROVE),
        "有1条规则不允许此操作：\n- 新身份证号460100********003X已属于学生2021010102",
        "One rule does not allow this:\n- The new ID number 460100********003X already belongs to student 2021010102");
    idNumbers.remove(NEW_ID);
    journal.accept(move("r-1", RECEIVER, at(7), Transition.APPROVE, "材料齐全，原件已核"));

    // Applying changes the record through an event that keeps the old value.
    List<ChangeEvent> applied = journal.accept(move("r-1", RECEIVER, at(8), Transition.APPLY));
    assertThat(applied.get(1))
        .isEqualTo(
            new ChangeEvent.RecordFieldChanged(
                "r-1",
                RECEIVER,
                at(8),
                "",
                ZHANG.student(),
                RecordField.ID_NUMBER,
                OLD_ID,
                NEW_ID));
    assertThat(applied.get(1).toString()).doesNotContain(OLD_ID, NEW_ID);
    refused(
        move("r-1", RECEIVER, at(9), Transition.APPLY),
        "变更申请r-1当前为“已变更”，不能变更学籍（须为：已批准）",
        "Change request r-1 is at \"applied to the record\"; it cannot apply to the record (it must be at: approved)");
    assertThat(ChangeReports.open(journal.book, journal.decider.catalogue(), at(9))).isEmpty();
    assertThat(journal.book.history()).hasSize(1);
  }

  @Test
  void a_name_corrected_on_the_sign_off_sheet_is_rejected_when_evidence_never_comes() {
    refused(
        ChangeCommand.fromSignOff(
            "r-2",
            LI_STUDENT,
            at(0),
            facts(LI),
            List.of(
                FieldChange.of(RecordField.NAME, "李四", "李肆"),
                FieldChange.of(RecordField.ID_NUMBER, "x", NEW_ID)),
            Fixtures.CHANGED_ON,
            "姓名有误"),
        "有1条规则不允许此操作：\n- 姓名和身份证号不能在同一份申请中变更（须报省级主管部门），请分别申请",
        "One rule does not allow this:\n- Name and ID number are never changed in one request (that needs the"
            + " province): file them separately");
    journal.accept(
        ChangeCommand.fromSignOff(
            "r-2",
            LI_STUDENT,
            at(0),
            facts(LI),
            List.of(FieldChange.of(RecordField.NAME, "李四", "李肆")),
            Fixtures.CHANGED_ON,
            "姓名有误"));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-2", LI_STUDENT, at(1), file(EvidenceKind.APPLICATION_FORM, 5)));
    journal.accept(move("r-2", LI_STUDENT, at(1), Transition.SUBMIT));
    journal.accept(move("r-2", SOFTWARE_RESPONSIBLE, at(2), Transition.COLLECT));
    journal.accept(move("r-2", RECEIVER, at(3), Transition.RECEIVE));
    journal.accept(move("r-2", RECEIVER, at(4), Transition.START_REVIEW));
    refused(
        move("r-2", RECEIVER, at(5), Transition.REQUEST_EVIDENCE),
        "要求补充材料须说明理由",
        "To ask for more evidence, give a reason");
    journal.accept(move("r-2", RECEIVER, at(5), Transition.REQUEST_EVIDENCE, "请补交户口簿曾用名页和身份证"));
    assertThat(ChangeReports.open(journal.book, journal.decider.catalogue(), at(6)))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.waitingFor()).isEqualTo(WaitingFor.MORE_EVIDENCE);
              assertThat(line.missingEvidence())
                  .containsExactly(EvidenceKind.HOUSEHOLD_REGISTER, EvidenceKind.ID_CARD);
            });
    refused(
        move("r-2", RECEIVER, at(6), Transition.APPROVE),
        "变更申请r-2当前为“待补充材料”，不能批准（须为：审核中）",
        "Change request r-2 is at \"needs more evidence\"; it cannot approve (it must be at: under review)");
    journal.accept(move("r-2", RECEIVER, at(48), Transition.REJECT, "逾期未补交材料"));
    ChangeEvent rejected = journal.events.get(journal.events.size() - 1);
    assertThat(rejected.reason()).isEqualTo("逾期未补交材料");
    assertThat(rejected.actor()).isEqualTo(RECEIVER);
    assertThat(journal.book.history()).isEmpty();
    refused(
        new ChangeCommand.AttachEvidence("r-2", LI_STUDENT, at(49), file(EvidenceKind.ID_CARD, 6)),
        "变更申请r-2当前为“已驳回”，不能再附加或核对材料",
        "Change request r-2 is at \"rejected\"; evidence can no longer be attached or checked");
  }
}
