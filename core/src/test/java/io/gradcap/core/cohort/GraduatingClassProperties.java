package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class GraduatingClassProperties {

  @Test
  void graduating_class_label_round_trips() {
    qt().forAll(integers().between(1900, 9999))
        .checkAssert(
            year ->
                assertThat(GraduatingClass.parse(GraduatingClass.of(year).toString()))
                    .isEqualTo(GraduatingClass.of(year)));
  }
}
