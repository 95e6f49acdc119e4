package io.gradcap.core.verification;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a verification found.
 *
 * @param records how many records were checked
 * @param findings every finding, in the order the rules reported them
 */
public record VerificationReport(int records, List<Finding> findings) {

  public VerificationReport {
    findings = List.copyOf(findings);
  }

  /** The findings that block printing the sign-off sheets. */
  public List<Finding> blocking() {
    return findings.stream().filter(Finding::isBlocking).toList();
  }

  /** The findings of the given severity. */
  public List<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** Whether nothing blocks: the sheets can be printed. */
  public boolean isClear() {
    return findings.stream().noneMatch(Finding::isBlocking);
  }

  /** The findings about one student. */
  public List<Finding> about(String studentNumber) {
    return findings.stream().filter(f -> studentNumber.equals(f.subject())).toList();
  }

  /** How many findings each rule id reported, by id. */
  public Map<String, Long> countByRule() {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
  }
}
