package io.gradcap.core.recordcard;

import static io.gradcap.core.recordcard.RecordCardFixtures.ANIMATION_2;
import static io.gradcap.core.recordcard.RecordCardFixtures.SOFTWARE_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A class is named college/class, so neither name may be blank or hold a slash, wherever it stands.
 */
class ClassRefNamingTest {

  @Test
  void a_blank_college_or_class_cannot_name_a_class() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of(" ", "21软件1班"))
        .withMessageContaining("college");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of("软件工程学院", ""))
        .withMessageContaining("class");
  }

  @Test
  void a_slash_anywhere_in_the_college_or_class_cannot_name_a_class() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of("/软件工程学院", "21软件1班"))
        .withMessage("college '/软件工程学院'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of("软件/工程学院", "21软件1班"))
        .withMessage("college '软件/工程学院'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of("软件工程学院", "/21软件1班"))
        .withMessage("class '/21软件1班'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClassRef.of("软件工程学院", "21软件1/2班"))
        .withMessage("class '21软件1/2班'");
  }

  @Test
  void one_character_names_are_enough() {
    assertThat(ClassRef.of("A", "1")).hasToString("A/1");
  }

  @Test
  void text_without_a_college_before_the_slash_is_unparseable() {
    assertThatThrownBy(() -> ClassRef.parse("/21动画2班"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE));
    assertThatThrownBy(() -> ClassRef.parse("  /21动画2班"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE));
  }

  @Test
  void text_without_a_class_after_the_slash_or_with_a_second_slash_is_unparseable() {
    for (String text : new String[] {"动画学院/", "动画学院/  ", "动画学院/21动画/2班"}) {
      assertThatThrownBy(() -> ClassRef.parse(text))
          .as(text)
          .isInstanceOfSatisfying(
              GradcapException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE));
    }
  }

  @Test
  void a_one_character_college_is_read_back() {
    assertThat(ClassRef.parse("A/1")).isEqualTo(ClassRef.of("A", "1"));
  }

  @Test
  void classes_of_one_college_sort_by_class_and_colleges_sort_first() {
    ClassRef software2 = ClassRef.of("软件工程学院", "21软件2班");
    assertThat(SOFTWARE_1.compareTo(software2)).isNegative();
    assertThat(software2.compareTo(SOFTWARE_1)).isPositive();
    assertThat(SOFTWARE_1.compareTo(ClassRef.of("软件工程学院", "21软件1班"))).isZero();
    assertThat(ClassRef.of("动画学院", "99").compareTo(ClassRef.of("软件工程学院", "00"))).isNegative();
    assertThat(SOFTWARE_1.compareTo(ANIMATION_2)).isPositive();
  }

  @Test
  void a_blank_class_is_a_finding_about_the_class() {
    Finding finding = ClassRef.problem("2021010101", "软件工程学院", " ").orElseThrow();
    assertThat(finding.rule()).isEqualTo("R8.roster.class");
    assertThat(finding.isBlocking()).isTrue();
    assertThat(finding.field()).isEqualTo("classGroup");
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo("Student 2021010101 has no class: fill in the class on the roster");
  }

  @Test
  void a_slash_in_the_college_is_a_finding_about_the_college_naming_it() {
    Finding finding = ClassRef.problem("2021010101", "软件/工程学院", "21软件1班").orElseThrow();
    assertThat(finding.field()).isEqualTo("college");
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo(
            "Student 2021010101: the college \"软件/工程学院\" contains \"/\", which a college name cannot hold; correct the roster");
  }

  @Test
  void a_leading_slash_is_a_finding_too() {
    assertThat(ClassRef.problem("2021010101", "/软件工程学院", "21软件1班"))
        .hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("college"));
    assertThat(ClassRef.problem("2021010101", "软件工程学院", "/21软件1班"))
        .hasValueSatisfying(f -> assertThat(f.field()).isEqualTo("classGroup"));
  }

  @Test
  void when_both_names_are_wrong_the_college_is_reported_first() {
    Finding finding = ClassRef.problem("2021010101", "", "21软件1/2班").orElseThrow();
    assertThat(finding.field()).isEqualTo("college");
    assertThat(finding.message(Locale.ENGLISH)).contains("has no college");
  }

  @Test
  void whatever_problem_finds_nothing_in_makes_a_reference() {
    for (String[] names : new String[][] {{"A", "1"}, {"软件工程学院", "21软件1班"}, {"动画学院", " 21动画2班 "}}) {
      assertThat(ClassRef.problem("2021010101", names[0], names[1])).isEmpty();
      assertThat(ClassRef.of(names[0], names[1]).college()).isEqualTo(names[0]);
    }
  }
}
