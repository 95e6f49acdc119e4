package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import org.junit.jupiter.api.Test;

class CohortIdTest {

  @Test
  void the_seed_cohorts_all_graduate_in_2024() {
    assertThat(CohortId.of(2019, 5).graduatingYear()).isEqualTo(2024);
    assertThat(CohortId.of(2021, 3).graduatingYear()).isEqualTo(2024);
    assertThat(CohortId.jointUndergraduate(2022).graduatingYear()).isEqualTo(2024);
  }

  @Test
  void labels_round_trip() {
    for (CohortId id :
        new CohortId[] {
          CohortId.of(2019, 5), CohortId.of(2021, 3), CohortId.jointUndergraduate(2022)
        }) {
      assertThat(CohortId.parse(id.toString())).isEqualTo(id);
    }
    assertThat(CohortId.jointUndergraduate(2022)).hasToString("2022级2年制联办本科");
  }

  @Test
  void kind_and_length_must_agree() {
    assertThatThrownBy(() -> new CohortId(2021, 3, ProgramKind.FIVE_YEAR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CohortId(2019, 5, ProgramKind.REGULAR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CohortId.parse("2021级3年制联办本科")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> CohortId.of(2021, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_is_by_all_three_parts() {
    new EqualsTester()
        .addEqualityGroup(CohortId.of(2022, 2), CohortId.parse("2022级2年制"))
        .addEqualityGroup(CohortId.jointUndergraduate(2022))
        .addEqualityGroup(CohortId.of(2021, 2))
        .testEquals();
  }
}
