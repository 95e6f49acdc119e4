package io.gradcap.core.change;

import java.util.List;
import java.util.Optional;

/** The outcome of deciding a command: the events it causes, or why it was refused. */
public sealed interface Decision {

  /** The events to append; none when refused. */
  List<ChangeEvent> events();

  /** Why the command was refused, if it was. */
  Optional<Refusal> refusal();

  default boolean isAccepted() {
    return refusal().isEmpty();
  }

  /** The command is accepted and causes these events, in order. */
  record Accepted(List<ChangeEvent> events) implements Decision {
    public Accepted {
      events = List.copyOf(events);
    }

    @Override
    public Optional<Refusal> refusal() {
      return Optional.empty();
    }
  }

  /** The command is refused and causes nothing. */
  record Refused(Refusal why) implements Decision {
    @Override
    public List<ChangeEvent> events() {
      return List.of();
    }

    @Override
    public Optional<Refusal> refusal() {
      return Optional.of(why);
    }
  }
}
