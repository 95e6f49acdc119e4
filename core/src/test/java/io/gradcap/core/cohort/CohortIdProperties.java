package io.gradcap.core.cohort;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CohortIdProperties {

  private static Gen<CohortId> cohorts() {
    return integers()
        .between(1950, 2100)
        .zip(
            integers().between(0, 3),
            (year, pick) ->
                switch (pick) {
                  case 0 -> CohortId.of(year, 2);
                  case 1 -> CohortId.of(year, 3);
                  case 2 -> CohortId.of(year, 5);
                  default -> CohortId.jointUndergraduate(year);
                });
  }

  @Test
  void label_round_trips() {
    qt().forAll(cohorts())
        .checkAssert(
            id ->
                org.assertj.core.api.Assertions.assertThat(CohortId.parse(id.toString()))
                    .isEqualTo(id));
  }

  @Test
  void graduating_year_is_entry_plus_length() {
    qt().forAll(cohorts()).check(id -> id.graduatingYear() - id.entryYear() == id.programYears());
  }
}
