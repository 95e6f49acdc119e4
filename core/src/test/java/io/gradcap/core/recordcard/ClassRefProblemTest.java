package io.gradcap.core.recordcard;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A roster row whose college or class cannot name a class is a finding about that student, not a
 * crash.
 */
class ClassRefProblemTest {

  @Test
  void names_that_make_a_reference_have_no_problem() {
    assertThat(ClassRef.problem("2021010101", "软件工程学院", "21软件1班")).isEmpty();
  }

  @Test
  void a_blank_college_is_a_blocking_finding_about_the_college() {
    Finding finding = ClassRef.problem("2021010101", " ", "21软件1班").orElseThrow();
    assertThat(finding.isBlocking()).isTrue();
    assertThat(finding.subject()).isEqualTo("2021010101");
    assertThat(finding.field()).isEqualTo("college");
    assertThat(finding.message(Locale.ENGLISH)).contains("2021010101").contains("no college");
  }

  @Test
  void a_slash_in_a_class_name_is_a_blocking_finding_about_the_class() {
    Finding finding = ClassRef.problem("2021010101", "软件工程学院", "21软件1/2班").orElseThrow();
    assertThat(finding.field()).isEqualTo("classGroup");
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).contains("21软件1/2班").contains("不能含“/”");
  }
}
