package io.gradcap.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.record.StudentNumber;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  private static final Subject ZHANG =
      new Subject("软件工程学院", "21软件1班", StudentNumber.of("2021010101"));
  private static final Subject WANG = new Subject("动画学院", "21动画2班", StudentNumber.of("2021020201"));

  @Test
  void a_student_covers_their_own_record_only() {
    Actor student = Actor.student(StudentNumber.of("2021010101"), "张三");
    assertThat(student.covers(ZHANG)).isTrue();
    assertThat(student.covers(WANG)).isFalse();
  }

  @Test
  void a_counsellor_covers_their_classes() {
    Actor counsellor = Actor.counsellor("t-01", "王老师", Set.of("21软件1班"));
    assertThat(counsellor.covers(ZHANG)).isTrue();
    assertThat(counsellor.covers(WANG)).isFalse();
  }

  @Test
  void a_responsible_person_covers_their_college() {
    Actor responsible = Actor.collegeResponsible("t-02", "周庆标", Set.of("软件工程学院"));
    assertThat(responsible.covers(ZHANG)).isTrue();
    assertThat(responsible.covers(WANG)).isFalse();
    assertThat(responsible.coversClass("软件工程学院", "21软件2班")).isTrue();
  }

  @Test
  void office_staff_cover_everything() {
    assertThat(Actor.officeStaff("o-1", "教务处").covers(WANG)).isTrue();
  }

  @Test
  void out_of_scope_is_refused_with_its_code_in_both_languages() {
    Actor student = Actor.student(StudentNumber.of("2021010101"), "张三");
    assertThatThrownBy(() -> student.requireCovers(WANG))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_SCOPE);
              assertThat(e.getMessage()).startsWith("GC-1001").contains("权限范围");
              assertThat(e.getMessage(Locale.ENGLISH)).contains("does not cover");
            });
  }

  @Test
  void roles_carry_only_their_own_kind_of_scope() {
    assertThatThrownBy(() -> new Actor("x", "x", Role.STUDENT, Set.of(), Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor("x", "x", Role.OFFICE_STAFF, Set.of("动画学院"), Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
