package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentNumberTest {

  @Test
  void parse_trims_and_folds_full_width_digits() {
    assertThat(StudentNumber.parse("\u3000２０２１０１０１ ")).isEqualTo(StudentNumber.of("20210101"));
  }

  @Test
  void to_string_round_trips() {
    StudentNumber number = StudentNumber.of("2021-A017");
    assertThat(StudentNumber.parse(number.toString())).isEqualTo(number);
  }

  @Test
  void refuses_what_no_institution_uses() {
    assertThatThrownBy(() -> StudentNumber.parse("2021 001"))
        .isInstanceOf(GradcapException.class)
        .hasMessageContaining("GC-0003");
    assertThatThrownBy(() -> StudentNumber.parse("")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> StudentNumber.of("学号1")).isInstanceOf(GradcapException.class);
  }

  @Test
  void numeric_numbers_sort_numerically_others_as_text() {
    List<StudentNumber> sorted =
        java.util.stream.Stream.of("100", "99", "0098", "A2", "A10")
            .map(StudentNumber::of)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(StudentNumber::value)
        .containsExactly("0098", "99", "100", "A10", "A2");
  }

  @Test
  void equality_is_by_value() {
    new EqualsTester()
        .addEqualityGroup(StudentNumber.of("2021001"), StudentNumber.parse(" 2021001"))
        .addEqualityGroup(StudentNumber.of("02021001"))
        .testEquals();
  }
}
