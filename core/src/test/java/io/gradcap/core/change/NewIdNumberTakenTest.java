package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.CHANGED_ON;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.LI_STUDENT;
import static io.gradcap.core.change.Fixtures.OLD_ID;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.T0;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.draft;
import static io.gradcap.core.change.Fixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Which other requests make a new ID number taken: another student's, approved or applied, for that
 * number.
 */
class NewIdNumberTakenTest {

  private final ChangePolicy policy = ChangePolicy.defaults();
  private final ChangeRequest zhangsRequest = draft(ZHANG, CHANGED_ON, idNumber());

  private static List<ChangeEvent> requestAt(
      String id, Actor actor, Subject subject, ChangeStatus status, FieldChange change) {
    List<ChangeEvent> events = new ArrayList<>();
    events.add(
        new ChangeEvent.RequestOpened(
            id, actor, T0, "", Fixtures.facts(subject), List.of(change), CHANGED_ON, "sign-off"));
    if (status != ChangeStatus.DRAFT) {
      events.add(
          new ChangeEvent.StatusChanged(
              id, RECEIVER, T0, "", Transition.APPROVE, ChangeStatus.DRAFT, status));
    }
    return events;
  }

  private List<Finding> taken(List<ChangeEvent> events) {
    return ChangeRules.newIdNumberUnused(
        policy, zhangsRequest, IdNumberLookup.none(), ChangeBook.replay(events));
  }

  @Test
  void a_number_already_applied_to_another_students_record_is_taken() {
    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.APPLIED, idNumber())))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message(Locale.ENGLISH)).endsWith("belongs to student 2021010102"));
  }

  @Test
  void a_number_typed_differently_in_another_approved_request_is_still_the_same_number() {
    FieldChange typed = FieldChange.of(RecordField.ID_NUMBER, OLD_ID, "４６０１００ ２００３０５１２００３ｘ");

    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.APPROVED, typed))).hasSize(1);
  }

  @Test
  void a_request_of_another_student_not_yet_approved_does_not_take_the_number() {
    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.SUBMITTED, idNumber())))
        .isEmpty();
    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.DRAFT, idNumber()))).isEmpty();
  }

  @Test
  void another_students_approved_request_for_a_different_number_or_field_does_not_take_it() {
    FieldChange otherNumber = FieldChange.of(RecordField.ID_NUMBER, OLD_ID, "460100200305120023");
    FieldChange name = FieldChange.of(RecordField.NAME, "李四", "李泗");

    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.APPROVED, otherNumber)))
        .isEmpty();
    assertThat(taken(requestAt("r-9", LI_STUDENT, LI, ChangeStatus.APPROVED, name))).isEmpty();
  }

  @Test
  void the_students_own_approved_requests_never_take_the_number_from_them() {
    assertThat(taken(requestAt("r-2", ZHANG_STUDENT, ZHANG, ChangeStatus.APPROVED, idNumber())))
        .isEmpty();
  }
}
