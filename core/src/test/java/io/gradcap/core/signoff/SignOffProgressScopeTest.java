package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.DEADLINE;
import static io.gradcap.core.signoff.Fixtures.MONDAY_NOON;
import static io.gradcap.core.signoff.Fixtures.OFFICE;
import static io.gradcap.core.signoff.Fixtures.ZONE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignOffProgressScopeTest {

  private static SignOffState classOf(String college, String classGroup, String number) {
    List<StudentRecord> records =
        List.of(
            Fixtures.record(number, "王五", 7)
                .with(RecordField.COLLEGE, college)
                .with(RecordField.CLASS_GROUP, classGroup));
    return SignOffState.open(
        SignOffSheet.forClass(college, classGroup, records, DEADLINE),
        records,
        FieldClasses.defaults());
  }

  private static List<SignOffState> states() {
    List<SignOffState> states = new ArrayList<>();
    states.add(classOf("软件工程学院", "21软件2班", "2021010201"));
    states.add(classOf("动画学院", "21动画1班", "2021030101"));
    states.add(
        SignOff.apply(
            Fixtures.state(), new SignOffCommand.Sign(n("202101019"), COUNSELLOR, MONDAY_NOON)));
    return states;
  }

  @Test
  void office_sees_every_college_in_order_with_classes_in_order_and_totals() {
    List<CollegeProgress> colleges = SignOffProgress.byCollege(states(), MONDAY_NOON, ZONE, OFFICE);

    assertThat(colleges).extracting(CollegeProgress::college).containsExactly("动画学院", "软件工程学院");
    CollegeProgress software = colleges.get(1);
    assertThat(software.classes())
        .extracting(ClassProgress::classGroup)
        .containsExactly("21软件1班", "21软件2班");
    assertThat(software.students()).isEqualTo(4);
    assertThat(software.signed()).isEqualTo(1);
    assertThat(software.missing()).isEqualTo(3);
    assertThat(software.corrected()).isZero();
    assertThat(software.changeRequested()).isZero();
  }

  @Test
  void a_counsellor_sees_only_their_own_classes() {
    assertThat(SignOffProgress.byCollege(states(), MONDAY_NOON, ZONE, COUNSELLOR))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.classes())
                    .extracting(ClassProgress::classGroup)
                    .containsExactly("21软件1班"));
  }

  @Test
  void students_and_the_capture_centre_see_no_progress() {
    Actor centre = Actor.captureCentre("c-1", "新华社海南图像采集中心");

    assertThat(SignOffProgress.byCollege(states(), MONDAY_NOON, ZONE, centre)).isEmpty();
    assertThat(
            SignOffProgress.byCollege(states(), MONDAY_NOON, ZONE, Fixtures.student("202101019")))
        .isEmpty();
  }
}
