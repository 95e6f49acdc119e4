package io.gradcap.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * The bound of a tally: zero keeps no finding but still counts them all; a negative bound is
 * refused.
 */
class FindingTallyLimitTest {

  private static Finding finding(String rule, Severity severity) {
    return Finding.of(
        rule, severity, "2021010101", "idNumber", Message.of(BuiltInRules.MESSAGES, rule));
  }

  @Test
  void a_tally_keeping_none_still_counts_every_finding() {
    FindingTally tally = FindingTally.keepingFirst(0);
    tally.accept(finding("R6.id.format", Severity.BLOCKING));
    tally.accept(finding("R6.name.normalised", Severity.WARNING));
    assertThat(tally.kept()).isEmpty();
    assertThat(tally.total()).isEqualTo(2);
    assertThat(tally.omitted()).isEqualTo(2);
    assertThat(tally.blocking()).isEqualTo(1);
    assertThat(tally.countByRule()).containsOnlyKeys("R6.id.format", "R6.name.normalised");
  }

  @Test
  void a_tally_keeping_exactly_as_many_as_came_omits_none() {
    FindingTally tally = FindingTally.keepingFirst(1);
    Finding only = finding("R6.id.format", Severity.BLOCKING);
    tally.accept(only);
    assertThat(tally.kept()).containsExactly(only);
    assertThat(tally.omitted()).isZero();
  }

  @Test
  void a_negative_limit_is_refused() {
    assertThatThrownBy(() -> FindingTally.keepingFirst(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit -1");
  }
}
