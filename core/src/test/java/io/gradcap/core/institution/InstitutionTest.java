package io.gradcap.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstitutionTest {

  private static final List<ResponsiblePerson> JOINT_CLASS_PERSONS =
      List.of(
          ResponsiblePerson.of("周庆标", "软件工程学院"), ResponsiblePerson.of("陈雪利"),
          ResponsiblePerson.of("张卫国"), ResponsiblePerson.of("刘小玉", "经济管理学院"));

  private static StudentNumber sn(String value) {
    return StudentNumber.of(value);
  }

  private final ClassGroup software1 =
      ClassGroup.of("21软件1班", CohortId.of(2021, 3), List.of(sn("2021010102"), sn("2021010101")));
  private final College software =
      College.of("软件工程学院")
          .withClassGroup(software1)
          .withResponsible(Task.IMAGE_CAPTURE, List.of(ResponsiblePerson.of("周庆标")));
  private final College joint =
      new College(
          "联办本科班",
          "Joint undergraduate classes",
          List.of(ClassGroup.of("22联本1班", CohortId.jointUndergraduate(2022))),
          Map.of(Task.IMAGE_CAPTURE, JOINT_CLASS_PERSONS));
  private final Institution institution =
      new Institution(
          "海南软件职业技术学院",
          null,
          List.of(software, joint),
          Map.of(Task.CHANGE_REQUESTS, List.of(ResponsiblePerson.of("史君萍"))));

  @Test
  void students_are_held_in_student_number_order() {
    assertThat(software1.students()).containsExactly(sn("2021010101"), sn("2021010102"));
    assertThat(software1.contains(sn("2021010102"))).isTrue();
    assertThat(software1.contains(sn("2021010103"))).isFalse();
  }

  @Test
  void the_joint_classes_name_four_persons_from_several_colleges() {
    assertThat(institution.responsible("联办本科班", Task.IMAGE_CAPTURE))
        .extracting(ResponsiblePerson::name)
        .containsExactly("周庆标", "陈雪利", "张卫国", "刘小玉");
    assertThat(institution.responsible("联办本科班", Task.IMAGE_CAPTURE))
        .flatExtracting(p -> p.collegeIfAny().stream().toList())
        .containsExactly("软件工程学院", "经济管理学院");
    assertThat(institution.responsible("软件工程学院", Task.SIGN_OFF_SHEETS)).isEmpty();
    assertThat(institution.officeContact(Task.CHANGE_REQUESTS))
        .containsExactly(ResponsiblePerson.of("史君萍"));
  }

  @Test
  void finds_classes_colleges_and_students() {
    assertThat(institution.classOf(sn("2021010102"))).contains(software1);
    assertThat(institution.collegeOf("22联本1班")).contains(joint);
    assertThat(institution.classGroup("21软件1班")).contains(software1);
    assertThat(institution.college("动画学院")).isEmpty();
    assertThat(institution.studentCount()).isEqualTo(2);
    assertThat(joint.name(Locale.ENGLISH)).isEqualTo("Joint undergraduate classes");
    assertThat(software.name(Locale.ENGLISH)).isEqualTo("软件工程学院");
    assertThat(joint.cohorts()).containsExactly(CohortId.jointUndergraduate(2022));
  }

  @Test
  void names_and_student_numbers_are_unique_across_the_institution() {
    College other =
        College.of("动画学院").withClassGroup(ClassGroup.of("21软件1班", CohortId.of(2021, 3)));
    assertThatThrownBy(() -> Institution.of("x", List.of(software, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21软件1班");
    College sameStudent =
        College.of("动画学院")
            .withClassGroup(
                ClassGroup.of("21动画1班", CohortId.of(2021, 3), List.of(sn("2021010101"))));
    assertThatThrownBy(() -> Institution.of("x", List.of(software, sameStudent)))
        .hasMessageContaining("2021010101");
    assertThatThrownBy(() -> Institution.of("x", List.of(software, College.of("软件工程学院"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClassGroup.of("c", CohortId.of(2021, 3), List.of(sn("1"), sn("1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                software.withResponsible(
                    Task.IMAGE_CAPTURE,
                    List.of(ResponsiblePerson.of("a"), ResponsiblePerson.of("a"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void responsible_persons_round_trip_with_their_college() {
    for (ResponsiblePerson p : JOINT_CLASS_PERSONS) {
      assertThat(ResponsiblePerson.parse(p.toString())).isEqualTo(p);
    }
    assertThat(ResponsiblePerson.parse(" 周庆标 (软件工程学院) "))
        .isEqualTo(ResponsiblePerson.of("周庆标", "软件工程学院"));
    assertThatThrownBy(() -> ResponsiblePerson.parse("周庆标、陈雪利"))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> ResponsiblePerson.parse("（软件工程学院）"))
        .isInstanceOf(GradcapException.class);
  }

  @Test
  void tasks_have_stable_keys_and_labels_in_both_languages() {
    for (Task task : Task.values()) {
      assertThat(Task.ofKey(task.key())).isEqualTo(task);
      assertThat(task.label(Locale.CHINESE)).doesNotStartWith("!");
      assertThat(task.label(Locale.ENGLISH))
          .doesNotStartWith("!")
          .isNotEqualTo(task.label(Locale.CHINESE));
    }
    assertThat(Task.IMAGE_CAPTURE.key()).isEqualTo("image-capture");
    assertThatThrownBy(() -> Task.ofKey("photos")).isInstanceOf(GradcapException.class);
  }

  @Test
  void equality_of_the_structure_types() {
    new EqualsTester()
        .addEqualityGroup(ResponsiblePerson.of("周庆标"), ResponsiblePerson.parse("周庆标"))
        .addEqualityGroup(ResponsiblePerson.of("周庆标", "软件工程学院"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            software1,
            ClassGroup.of(
                "21软件1班", CohortId.of(2021, 3), List.of(sn("2021010101"), sn("2021010102"))))
        .addEqualityGroup(ClassGroup.of("21软件1班", CohortId.of(2021, 3)))
        .addEqualityGroup(ClassGroup.of("21软件1班", CohortId.of(2021, 2), software1.students()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            software,
            College.of("软件工程学院")
                .withResponsible(Task.IMAGE_CAPTURE, List.of(ResponsiblePerson.of("周庆标")))
                .withClassGroup(software1))
        .addEqualityGroup(
            College.of("软件工程学院"),
            College.of("软件工程学院").withResponsible(Task.CERTIFICATES, List.of()))
        .addEqualityGroup(College.of("软件工程学院").withClassGroup(software1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            institution,
            new Institution(
                "海南软件职业技术学院",
                null,
                List.of(software, joint),
                Map.of(Task.CHANGE_REQUESTS, List.of(ResponsiblePerson.of("史君萍")))))
        .addEqualityGroup(Institution.of("海南软件职业技术学院", List.of(software, joint)))
        .addEqualityGroup(Institution.of("海南软件职业技术学院", List.of(joint, software)))
        .testEquals();
  }
}
