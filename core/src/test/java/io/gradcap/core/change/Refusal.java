package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import java.util.List;
import java.util.Locale;

/**
 * A change refusal as the tests read it: the kind of refusal ({@code out-of-scope}, the rule after
 * {@code change.}), its message and the findings of the rules that blocked it.
 */
record Refusal(
    String reason, Message message, List<Finding> findings, Decision.Refused<ChangeEvent> refused) {

  static Refusal of(Decision.Refused<ChangeEvent> refused) {
    String rule = refused.reason().rule();
    Preconditions.checkArgument(rule.startsWith("change."), "not a change refusal: %s", rule);
    return new Refusal(
        rule.substring("change.".length()),
        refused.reason().message(),
        refused.blocking(),
        refused);
  }

  String describe(Locale locale) {
    return refused.describe(locale);
  }
}
