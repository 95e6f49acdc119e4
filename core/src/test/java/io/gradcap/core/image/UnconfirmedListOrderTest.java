package io.gradcap.core.image;

import static io.gradcap.core.image.ImageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Subject;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The unconfirmed list runs by college, then class, then student number, whatever order the states
 * come in.
 */
class UnconfirmedListOrderTest {

  private static ImageState waiting(String college, String classGroup, String number) {
    return ImageState.notCaptured(new Subject(college, classGroup, StudentNumber.of(number)));
  }

  @Test
  void classes_sort_by_college_before_class() {
    List<UnconfirmedClass> list =
        IMAGES.unconfirmed(
            List.of(waiting("动画学院", "B班", "2021020201"), waiting("软件工程学院", "A班", "2021010101")),
            LocalDate.of(2024, 6, 1));
    assertThat(list).extracting(UnconfirmedClass::college).containsExactly("动画学院", "软件工程学院");
    assertThat(list).extracting(UnconfirmedClass::classGroup).containsExactly("B班", "A班");
  }

  @Test
  void two_classes_of_one_college_are_listed_apart() {
    List<UnconfirmedClass> list =
        IMAGES.unconfirmed(
            List.of(
                waiting("软件工程学院", "21软件2班", "2021010201"),
                waiting("软件工程学院", "21软件1班", "2021010101")),
            LocalDate.of(2024, 6, 1));
    assertThat(list).extracting(UnconfirmedClass::classGroup).containsExactly("21软件1班", "21软件2班");
    assertThat(list).allSatisfy(c -> assertThat(c.students()).hasSize(1));
  }

  @Test
  void students_of_a_class_sort_by_student_number() {
    List<UnconfirmedClass> list =
        IMAGES.unconfirmed(
            List.of(
                waiting("软件工程学院", "21软件1班", "2021010110"),
                waiting("软件工程学院", "21软件1班", "2021010102"),
                waiting("软件工程学院", "21软件1班", "2021010105")),
            LocalDate.of(2024, 6, 1));
    assertThat(list)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.students())
                    .extracting(s -> s.student().value())
                    .containsExactly("2021010102", "2021010105", "2021010110"));
  }

  @Test
  void only_a_confirmed_image_is_final() {
    for (ImageStatus status : ImageStatus.values()) {
      assertThat(status.isFinal()).as("%s", status).isEqualTo(status == ImageStatus.CONFIRMED);
    }
  }

  @Test
  void terms_without_a_designated_centre_are_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConfirmationTerms.of(" ", LOCK))
        .withMessage("designated centre is blank");
    assertThat(ConfirmationTerms.of("x", LOCK).designatedCentre()).isEqualTo("x");
  }

  @Test
  void an_evidence_reference_with_nothing_before_the_colon_names_an_unknown_kind() {
    String hash = Sha256.of(new byte[0]).hex();
    assertThatThrownBy(() -> EvidenceRef.parse(":" + hash))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE);
              assertThat(e.getMessage(Locale.ENGLISH)).contains("unknown evidence kind");
            });
  }
}
