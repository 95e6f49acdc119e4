package io.gradcap.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ResponsiblePersonProperties {

  /** Names of 1–6 CJK ideographs, as the notice prints people and colleges. */
  private static Gen<String> names() {
    return strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(1, 6);
  }

  @Test
  void responsible_person_round_trips_with_and_without_college() {
    qt().forAll(names(), names(), integers().between(0, 1))
        .checkAssert(
            (name, college, withCollege) -> {
              ResponsiblePerson person =
                  withCollege == 1
                      ? ResponsiblePerson.of(name, college)
                      : ResponsiblePerson.of(name);
              assertThat(ResponsiblePerson.parse(person.toString())).isEqualTo(person);
            });
  }
}
