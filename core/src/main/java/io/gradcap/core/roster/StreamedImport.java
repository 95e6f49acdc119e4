package io.gradcap.core.roster;

import io.gradcap.core.finding.Finding;
import java.util.List;

/**
 * The outcome of a streamed import ({@link RosterImporter#stream}): how many rows went to the
 * caller, and the findings that reject the import, the first ones in full.
 *
 * @param rows how many rows went to the caller (none after the first finding)
 * @param findings the first findings, in sheet order, at most as many as asked to keep
 * @param findingCount how many findings there were in all
 */
public record StreamedImport(int rows, List<Finding> findings, long findingCount) {

  public StreamedImport {
    findings = List.copyOf(findings);
  }

  /** Whether every row was read: there is no finding. */
  public boolean isAccepted() {
    return findingCount == 0;
  }

  /** How many findings were left out of {@link #findings()}. */
  public long omitted() {
    return findingCount - findings.size();
  }
}
