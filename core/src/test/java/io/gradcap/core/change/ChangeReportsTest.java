package io.gradcap.core.change;

import static io.gradcap.core.change.ChangeCommand.move;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.SOFTWARE;
import static io.gradcap.core.change.Fixtures.SOFTWARE_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.WANG;
import static io.gradcap.core.change.Fixtures.WANG_STUDENT;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.ZHAO;
import static io.gradcap.core.change.Fixtures.at;
import static io.gradcap.core.change.Fixtures.file;
import static io.gradcap.core.change.Fixtures.name;
import static io.gradcap.core.change.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.RecordField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeReportsTest {

  private final EvidenceCatalogue catalogue = EvidenceCatalogue.defaults();
  private final Instant now = at(10);
  private ChangeBook book;

  @BeforeEach
  void fourRequests() {
    Journal journal = new Journal(Fixtures.decider());
    Actor zhaosCounsellor = Actor.counsellor("t-04", "孙老师", Set.of("21软件2班"));
    journal.accept(open("r-1", ZHANG_STUDENT, ZHANG, name("张三", "张叁")));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.APPLICATION_FORM, 1)));
    journal.accept(
        new ChangeCommand.AttachEvidence(
            "r-1", ZHANG_STUDENT, at(1), file(EvidenceKind.ID_CARD, 2)));
    journal.accept(move("r-1", ZHANG_STUDENT, at(1), Transition.SUBMIT));
    journal.accept(move("r-1", SOFTWARE_RESPONSIBLE, at(2), Transition.COLLECT));
    journal.accept(open("r-2", COUNSELLOR, LI, FieldChange.of(RecordField.GENDER, "男", "女")));
    journal.accept(move("r-2", COUNSELLOR, at(1), Transition.SUBMIT));
    journal.accept(move("r-2", SOFTWARE_RESPONSIBLE, at(2), Transition.COLLECT));
    journal.accept(move("r-2", RECEIVER, at(3), Transition.RECEIVE));
    journal.accept(open("r-3", WANG_STUDENT, WANG, name("王五", "王伍")));
    journal.accept(
        open(
            "r-4",
            zhaosCounsellor,
            ZHAO,
            FieldChange.of(RecordField.BIRTH_DATE, "2003-05-12", "2003-05-21")));
    journal.accept(move("r-4", zhaosCounsellor, at(4), Transition.SUBMIT));
    journal.accept(move("r-4", SOFTWARE_RESPONSIBLE, at(5), Transition.COLLECT));
    journal.accept(open("r-5", ZHANG_STUDENT, ZHANG, FieldChange.of(RecordField.GENDER, "男", "女")));
    journal.accept(move("r-5", ZHANG_STUDENT, at(5), Transition.WITHDRAW, "填错了"));
    book = journal.book;
  }

  @Test
  void open_requests_by_college_class_and_student_with_age_and_what_each_waits_for() {
    List<OpenRequestLine> open = ChangeReports.open(book, catalogue, now);
    assertThat(open)
        .extracting(OpenRequestLine::requestId)
        .containsExactly("r-3", "r-1", "r-2", "r-4");
    OpenRequestLine zhang = open.get(1);
    assertThat(zhang.waitingFor()).isEqualTo(WaitingFor.RECEIPT);
    assertThat(zhang.age()).isEqualTo(Duration.ofHours(10));
    assertThat(zhang.inStatus()).isEqualTo(Duration.ofHours(8));
    assertThat(zhang.missingEvidence()).containsExactly(EvidenceKind.HOUSEHOLD_REGISTER);
    assertThat(zhang.uncheckedEvidence()).containsExactly(EvidenceKind.ID_CARD);
    assertThat(open.get(0).waitingFor().from()).hasValue(io.gradcap.core.access.Role.STUDENT);
  }

  @Test
  void per_college_and_per_office_staff_member() {
    assertThat(ChangeReports.openByCollege(book, catalogue, now))
        .containsOnlyKeys("动画学院", SOFTWARE)
        .hasEntrySatisfying(SOFTWARE, lines -> assertThat(lines).hasSize(3));
    assertThat(ChangeReports.openByOfficeStaff(book, catalogue, now))
        .containsOnlyKeys("o-01")
        .hasEntrySatisfying(
            "o-01",
            lines ->
                assertThat(lines).extracting(OpenRequestLine::requestId).containsExactly("r-2"));
  }

  @Test
  void overdue_against_the_deadline_of_each_step() {
    List<OverdueRequest> overdue =
        ChangeReports.overdue(
            book, catalogue, Map.of(WaitingFor.RECEIPT, at(4), WaitingFor.REVIEW, at(8)), now);
    assertThat(overdue).extracting(o -> o.line().requestId()).containsExactly("r-1", "r-4", "r-2");
    assertThat(overdue.get(0).overdueBy()).isEqualTo(Duration.ofHours(6));
    assertThat(ChangeReports.overdue(book, catalogue, now, now))
        .as("not past the deadline yet")
        .isEmpty();
    assertThat(ChangeReports.overdue(book, catalogue, at(9), now)).hasSize(4);
  }

  @Test
  void the_handover_list_of_a_college() {
    HandoverList list = ChangeReports.handover(book, catalogue, SOFTWARE);
    assertThat(list.requests()).isEqualTo(2);
    assertThat(list.lines()).extracting(HandoverList.Line::requestId).containsExactly("r-1", "r-4");
    assertThat(list.lines().get(0).classGroup()).isEqualTo("21软件1班");
    assertThat(list.requestsByField())
        .isEqualTo(Map.of(RecordField.NAME, 1, RecordField.BIRTH_DATE, 1));
    assertThat(list.files()).isEqualTo(2);
    assertThat(list.pages())
        .isEqualTo(
            file(EvidenceKind.APPLICATION_FORM, 1).pages() + file(EvidenceKind.ID_CARD, 2).pages());
    assertThat(list.lines().get(1).missingEvidence())
        .contains(EvidenceKind.MEDICAL_BIRTH_CERTIFICATE);
    assertThat(ChangeReports.handover(book, catalogue, "动画学院").requests()).isZero();
  }
}
