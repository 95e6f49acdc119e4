package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.gradcap.core.record.StudentNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureClassTest {

  @Test
  void a_class_known_by_its_headcount_numbers_its_students_from_the_first() {
    CaptureClass c = CaptureClass.consecutive("21软件1班", StudentNumber.of("2021010198"), 3);

    assertThat(c.headcount()).isEqualTo(3);
    assertThat(c.students())
        .extracting(StudentNumber::value)
        .containsExactly("2021010198", "2021010199", "2021010200");
    assertThat(c.queue()).isEqualTo(c.students());
  }

  @Test
  void a_numbered_class_equals_the_same_class_listed_student_by_student() {
    CaptureClass numbered = CaptureClass.consecutive("21软件1班", StudentNumber.of("0001"), 2);
    CaptureClass listed =
        new CaptureClass("21软件1班", List.of(StudentNumber.of("0002"), StudentNumber.of("0001")));

    assertThat(numbered.queue()).isEqualTo(listed.queue());
    assertThat(numbered.students()).containsExactlyInAnyOrderElementsOf(listed.students());
  }

  @Test
  void numbers_keep_their_width_and_leading_zeros_even_beyond_a_long() {
    CaptureClass c = CaptureClass.consecutive("班", StudentNumber.of("0012345678901234567890"), 2);

    assertThat(c.students())
        .extracting(StudentNumber::value)
        .containsExactly("0012345678901234567890", "0012345678901234567891");
  }

  @Test
  void a_headcount_that_would_widen_the_numbers_or_is_empty_or_not_digits_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureClass.consecutive("班", StudentNumber.of("998"), 3))
        .withMessageContaining("width");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureClass.consecutive("班", StudentNumber.of("001"), 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaptureClass.consecutive("班", StudentNumber.of("A-001"), 2));
  }

  @Test
  void the_numbered_students_cannot_be_changed() {
    List<StudentNumber> students =
        CaptureClass.consecutive("班", StudentNumber.of("001"), 2).students();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> students.set(0, StudentNumber.of("009")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
