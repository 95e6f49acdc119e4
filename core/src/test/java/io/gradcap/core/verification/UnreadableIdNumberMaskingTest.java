package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An ID number that cannot even be read is still shown masked in its finding: up to 10 characters
 * entirely, longer ones keeping only the first 6 and the last 4, as the masked form of a readable
 * one.
 */
class UnreadableIdNumberMaskingTest {

  private static Finding finding(String idText) {
    List<Finding> findings = new ArrayList<>();
    BuiltInRules.ID_NUMBER.check(
        valid().set(RecordField.ID_NUMBER, idText, "roster.xlsx!Sheet1!F3").build(),
        context(),
        findings::add);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void ten_unreadable_characters_are_hidden_entirely() {
    Finding f = finding("4601-00200");
    assertThat(f.rule()).isEqualTo("R6.id.format");
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!F3");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("ID number ********** is malformed: expected 17 digits and a digit or X");
  }

  @Test
  void eleven_unreadable_characters_show_the_first_six_and_the_last_four() {
    assertThat(finding("4601-002003").message(Locale.ENGLISH))
        .isEqualTo("ID number 4601-0*2003 is malformed: expected 17 digits and a digit or X");
  }

  @Test
  void surrounding_spaces_are_not_counted_as_characters_to_hide() {
    assertThat(finding("  4601-00200  ").message(Locale.ENGLISH))
        .startsWith("ID number ********** is");
    assertThat(finding(" 4601-002003\t").message(Locale.ENGLISH))
        .startsWith("ID number 4601-0*2003 is");
  }

  @Test
  void a_long_unreadable_number_hides_everything_between_the_first_six_and_the_last_four() {
    assertThat(finding("110105-1949-1231-002X").message(Locale.ENGLISH))
        .startsWith("ID number 110105***********002X is");
  }
}
