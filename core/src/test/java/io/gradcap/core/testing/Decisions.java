package io.gradcap.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;

/** Assertions on decisions shared by the features' tests. */
public final class Decisions {

  private Decisions() {}

  /**
   * The decision is a refusal with this error code as its rule, a blocking finding, that stores
   * nothing.
   */
  public static Finding assertRefused(Decision<?> decision, ErrorCode code) {
    assertThat(decision.isAccepted()).as("accepted: %s", decision).isFalse();
    assertThat(decision.events()).isEmpty();
    Finding reason = decision.refusal().orElseThrow();
    assertThat(reason.rule()).isEqualTo(code.code());
    assertThat(reason.severity()).isEqualTo(Severity.BLOCKING);
    return reason;
  }
}
