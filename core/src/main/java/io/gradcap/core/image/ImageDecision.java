package io.gradcap.core.image;

import io.gradcap.core.finding.Finding;
import java.util.List;

/** The answer to an image command: the events it causes, or a refusal with its reason. */
public sealed interface ImageDecision {

  /** The events to append; empty for a refusal. */
  List<ImageEvent> events();

  boolean isAccepted();

  /** The command is accepted and causes these events. */
  record Accepted(List<ImageEvent> events) implements ImageDecision {
    public Accepted {
      events = List.copyOf(events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /** The command is refused; {@code reason} names the rule, the student and what to tell them. */
  record Refused(Finding reason) implements ImageDecision {
    @Override
    public List<ImageEvent> events() {
      return List.of();
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}
