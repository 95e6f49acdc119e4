package io.gradcap.core.capture.plan;

import io.gradcap.core.finding.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a capture centre's sizing question: the smallest throughput or the fewest cameras
 * that fit, the plan with it, and the plan one step smaller with the reason it fails.
 *
 * @param value the throughput ({@code 2.6/min}) or the number of cameras found
 * @param plan the complete plan with that value
 * @param nextSmaller the plan one step smaller, which leaves classes out; {@code null} at the
 *     smallest step
 * @param verdict what was found, then each reason one step less fails, in Chinese or English
 */
public record Sizing(
    String value, CapturePlan plan, @Nullable CapturePlan nextSmaller, List<Finding> verdict) {

  public Sizing {
    verdict = List.copyOf(verdict);
  }

  @Override
  public String toString() {
    return "Sizing[" + value + ", " + verdict + "]";
  }
}
