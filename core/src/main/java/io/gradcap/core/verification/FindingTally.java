package io.gradcap.core.verification;

import io.gradcap.core.finding.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Findings kept within a bound: the first {@code limit} in full, in the order they came, and a
 * count of all of them per rule, so a roster with a mistake on every one of a million rows is
 * reported in bounded memory. Not thread-safe.
 */
public final class FindingTally implements Consumer<Finding> {

  private final int limit;
  private final List<Finding> kept = new ArrayList<>();
  private final Map<String, Long> byRule = new TreeMap<>();
  private long total;
  private long blocking;

  private FindingTally(int limit) {
    this.limit = limit;
  }

  /** A tally that keeps the first {@code limit} findings in full (0 keeps none). */
  public static FindingTally keepingFirst(int limit) {
    com.google.common.base.Preconditions.checkArgument(limit >= 0, "limit %s", limit);
    return new FindingTally(limit);
  }

  @Override
  public void accept(Finding finding) {
    total++;
    if (finding.isBlocking()) {
      blocking++;
    }
    byRule.merge(finding.rule(), 1L, Long::sum);
    if (kept.size() < limit) {
      kept.add(finding);
    }
  }

  /** The first findings, at most the limit, in the order they came. */
  public List<Finding> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** How many findings came, kept or not. */
  public long total() {
    return total;
  }

  /** How many findings were left out of {@link #kept()}. */
  public long omitted() {
    return total - kept.size();
  }

  /** How many blocking findings came, kept or not. */
  public long blocking() {
    return blocking;
  }

  /** How many findings each rule reported, by rule id. */
  public Map<String, Long> countByRule() {
    return Collections.unmodifiableMap(byRule);
  }
}
