package io.gradcap.core.change;

import static io.gradcap.core.change.ChangeCommand.move;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.SOFTWARE;
import static io.gradcap.core.change.Fixtures.SOFTWARE_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.at;
import static io.gradcap.core.change.Fixtures.name;
import static io.gradcap.core.change.Fixtures.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.record.StudentNumber;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeReportsOrderTest {

  private final EvidenceCatalogue catalogue = EvidenceCatalogue.defaults();

  @Test
  void open_requests_are_listed_by_college_first_then_class_then_student() {
    Journal journal = new Journal(Fixtures.decider());
    openFor(journal, "r-1", "B学院", "1班", "2021000001");
    openFor(journal, "r-2", "A学院", "9班", "2021000003");
    openFor(journal, "r-3", "A学院", "2班", "2021000009");
    openFor(journal, "r-4", "A学院", "8班", "2021000005");

    assertThat(ChangeReports.open(journal.book, catalogue, at(1)))
        .extracting(OpenRequestLine::requestId)
        .containsExactly("r-3", "r-4", "r-2", "r-1");
  }

  @Test
  void the_handover_list_goes_by_class_then_student_number_whatever_the_request_ids() {
    Journal journal = new Journal(Fixtures.decider());
    journal.accept(open("r-1", COUNSELLOR, LI, name("李四", "李泗")));
    journal.accept(open("r-2", COUNSELLOR, ZHANG, name("张三", "张叁")));
    Subject repeater = new Subject(SOFTWARE, "21软件0班", StudentNumber.of("2021019999"));
    journal.accept(open("r-3", RECEIVER, repeater, name("王五", "王伍")));
    journal.accept(move("r-3", Actor.student(repeater.student(), "王五"), at(1), Transition.SUBMIT));
    for (String id : new String[] {"r-1", "r-2"}) {
      journal.accept(move(id, COUNSELLOR, at(1), Transition.SUBMIT));
    }
    for (String id : new String[] {"r-1", "r-2", "r-3"}) {
      journal.accept(move(id, SOFTWARE_RESPONSIBLE, at(2), Transition.COLLECT));
    }

    assertThat(ChangeReports.handover(journal.book, catalogue, SOFTWARE).lines())
        .extracting(HandoverList.Line::requestId)
        .containsExactly("r-3", "r-2", "r-1");
  }

  @Test
  void each_step_says_in_both_languages_what_it_waits_for() {
    assertThat(WaitingFor.RECEIPT.label(Locale.ENGLISH))
        .isEqualTo("receipt by the office staff member");
    assertThat(WaitingFor.RECEIPT.label(Locale.CHINESE)).isEqualTo("教务处经办人接收");
    assertThat(ChangeStatus.SUBMITTED.waitingFor().label(Locale.UK))
        .isEqualTo("collection by the college's responsible person");
  }

  /** The office opens a name change for a student of the class. */
  private static void openFor(
      Journal journal, String id, String college, String classGroup, String number) {
    journal.accept(
        open(
            id,
            RECEIVER,
            new Subject(college, classGroup, StudentNumber.of(number)),
            name("甲", "乙")));
  }
}
