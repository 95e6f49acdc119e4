package io.gradcap.core.roster;

import io.gradcap.core.finding.Finding;
import java.util.List;

/** The outcome of a roster import, all or nothing: every row, or every finding and no row. */
public sealed interface RosterImport {

  /** Every row was read; there are no findings. */
  record Accepted(List<RosterRow> rows) implements RosterImport {
    public Accepted {
      rows = List.copyOf(rows);
    }

    @Override
    public List<Finding> findings() {
      return List.of();
    }
  }

  /** Something could not be read; nothing is imported. */
  record Rejected(List<Finding> findings) implements RosterImport {
    public Rejected {
      findings = List.copyOf(findings);
      if (findings.isEmpty()) {
        throw new IllegalArgumentException("a rejected import names at least one finding");
      }
    }

    @Override
    public List<RosterRow> rows() {
      return List.of();
    }
  }

  /** The rows, empty when rejected. */
  List<RosterRow> rows();

  /** The findings, all located where a cell or row is concerned; empty when accepted. */
  List<Finding> findings();

  default boolean isAccepted() {
    return this instanceof Accepted;
  }
}
