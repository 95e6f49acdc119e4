package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import java.util.List;
import java.util.Locale;

/**
 * Why a command was refused, in Chinese and English, with the findings of the rules that blocked it
 * when rules did.
 *
 * @param reason a stable key for the kind of refusal, such as {@code out-of-scope}
 * @param message what to tell the person who asked
 * @param findings the broken rules, if the refusal comes from rules
 */
public record Refusal(String reason, Message message, List<Finding> findings) {

  public Refusal {
    Preconditions.checkArgument(!reason.isBlank(), "reason is blank");
    findings = List.copyOf(findings);
  }

  static Refusal of(String reason, Object... args) {
    return new Refusal(reason, Labels.message("refused." + reason, args), List.of());
  }

  static Refusal blocked(List<Finding> findings) {
    return new Refusal(
        "blocked-by-rules", Labels.message("refused.blocked-by-rules", findings.size()), findings);
  }

  /** The message and, one per line, each blocking finding's message. */
  public String describe(Locale locale) {
    StringBuilder text = new StringBuilder(message.format(locale));
    for (Finding finding : findings) {
      text.append('\n').append("- ").append(finding.message(locale));
    }
    return text.toString();
  }
}
