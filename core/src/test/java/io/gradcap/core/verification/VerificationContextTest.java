package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.cohort.CohortId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a host can read back from the context it built: the campaign's year and where each class
 * belongs.
 */
class VerificationContextTest {

  @Test
  void the_graduating_year_is_absent_until_set() {
    VerificationContext context = VerificationContext.of(VerificationPolicy.defaults(), TODAY);
    assertThat(context.graduatingYear()).isEmpty();
    assertThat(context.withGraduatingYear(2024).graduatingYear()).hasValue(2024);
    assertThat(context.withGraduatingYear(2024).today()).isEqualTo(TODAY);
  }

  @Test
  void a_class_placement_is_given_for_a_known_class_only() {
    ClassPlacement software = new ClassPlacement("软件工程学院", CohortId.of(2021, 3));
    VerificationContext context =
        VerificationContext.of(VerificationPolicy.defaults(), TODAY)
            .withClasses(Map.of("21软件1班", software));
    assertThat(context.placement("21软件1班")).contains(software);
    assertThat(context.placement("99某班")).isEmpty();
    assertThat(context.withGraduatingYear(2024).placement("21软件1班"))
        .as("kept by withGraduatingYear")
        .contains(software);
  }
}
