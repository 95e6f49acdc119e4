package io.gradcap.core.recordcard;

import io.gradcap.core.finding.Finding;
import java.util.List;

/** The answer to a record-card command: the events it causes, or a refusal with its reason. */
public sealed interface RecordCardDecision {

  List<RecordCardEvent> events();

  boolean isAccepted();

  /** The command is accepted and causes these events. */
  record Accepted(List<RecordCardEvent> events) implements RecordCardDecision {
    public Accepted {
      events = List.copyOf(events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /** The command is refused; {@code reason} names the rule and what to tell a person. */
  record Refused(Finding reason) implements RecordCardDecision {
    @Override
    public List<RecordCardEvent> events() {
      return List.of();
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
