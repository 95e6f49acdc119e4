package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GraduatingClassTest {

  private final GraduatingClass class2024 = GraduatingClass.parse("2024届");

  @Test
  void r1_the_seed_cohorts_belong_to_the_class_of_2024() {
    assertThat(
            class2024.checkCohorts(
                List.of(
                    CohortId.of(2019, 5),
                    CohortId.of(2021, 3),
                    CohortId.of(2022, 2),
                    CohortId.jointUndergraduate(2022))))
        .isEmpty();
  }

  @Test
  void r1_a_cohort_graduating_in_another_year_is_a_blocking_finding() {
    List<Finding> findings =
        class2024.checkCohorts(List.of(CohortId.of(2021, 3), CohortId.of(2020, 3)));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(GraduatingClass.R1_RULE);
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.subject()).isEqualTo("2020级3年制");
              assertThat(f.message(Locale.CHINESE))
                  .isEqualTo("2020级3年制：入学年份 2020 + 学制 3 年 = 2023 年毕业，不属于2024届");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "2020级3年制: entry year 2020 + 3 years = graduates in 2023, not in the class of 2024");
            });
  }

  @Test
  void label_round_trips_and_refuses_garbage() {
    assertThat(class2024).hasToString("2024届").isEqualTo(GraduatingClass.of(2024));
    assertThat(GraduatingClass.parse("２０２４届")).isEqualTo(class2024);
    assertThatThrownBy(() -> GraduatingClass.parse("24届")).isInstanceOf(GradcapException.class);
  }

  @Test
  void equality_is_by_year() {
    new EqualsTester()
        .addEqualityGroup(class2024, GraduatingClass.of(2024), GraduatingClass.parse("2024"))
        .addEqualityGroup(GraduatingClass.of(2023))
        .testEquals();
  }
}
