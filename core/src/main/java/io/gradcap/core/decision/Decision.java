package io.gradcap.core.decision;

import com.google.common.base.Preconditions;
import io.gradcap.core.finding.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a decider made of a command: the events it causes and the stream they go to, or a refusal
 * whose reason is a bilingual finding. Every feature's decider returns this type.
 *
 * @param <E> the feature's events
 */
public sealed interface Decision<E extends CampaignEvent>
    permits Decision.Accepted, Decision.Refused {

  /**
   * The events to store: an accepted command's, or the facts a refusal records (see {@link
   * Refused}); often none.
   */
  List<E> events();

  /** The stream {@link #events()} are recorded on, when there are events to store. */
  Optional<StreamId> recordsOn();

  /** Why the command was refused, if it was. */
  Optional<Finding> refusal();

  default boolean isAccepted() {
    return refusal().isEmpty();
  }

  /** An accepted command causing these events, in order; none when it changes nothing. */
  static <E extends CampaignEvent> Decision<E> accept(StreamId stream, List<E> events) {
    return new Accepted<>(stream, events);
  }

  /** An accepted command causing one event. */
  static <E extends CampaignEvent> Decision<E> accept(StreamId stream, E event) {
    return new Accepted<>(stream, List.of(event));
  }

  /** A refused command; nothing is stored. */
  static <E extends CampaignEvent> Decision<E> refuse(Finding reason) {
    return new Refused<>(reason, List.of(), Optional.empty());
  }

  /** A command refused by the rules that block it; {@code reason} sums them up. */
  static <E extends CampaignEvent> Decision<E> refuse(Finding reason, List<Finding> blocking) {
    return new Refused<>(reason, blocking, Optional.empty());
  }

  /** A refused command whose refusal is itself a fact to keep, recorded by these events. */
  static <E extends CampaignEvent> Decision<E> refuseAndRecord(
      Finding reason, StreamId stream, List<E> facts) {
    Preconditions.checkArgument(!facts.isEmpty(), "a recorded refusal records at least one fact");
    return new Refused<>(reason, List.of(), Optional.of(new Accepted<>(stream, facts)));
  }

  /**
   * The command is accepted.
   *
   * @param stream the stream the events go to
   * @param events what it causes, in order; none when it changes nothing (a repeated signature)
   */
  record Accepted<E extends CampaignEvent>(StreamId stream, List<E> events) implements Decision<E> {
    public Accepted {
      events = List.copyOf(events);
    }

    @Override
    public Optional<StreamId> recordsOn() {
      return Optional.of(stream);
    }

    @Override
    public Optional<Finding> refusal() {
      return Optional.empty();
    }
  }

  /**
   * The command is refused.
   *
   * @param reason what to tell the person who asked, and the rule or check that refused
   * @param blocking the findings of the rules that block the command, when rules did
   * @param recorded the facts kept about the refusal, on their stream; empty except for a capture
   *     refused at the camera
   */
  record Refused<E extends CampaignEvent>(
      Finding reason, List<Finding> blocking, Optional<Accepted<E>> recorded)
      implements Decision<E> {
    public Refused {
      blocking = List.copyOf(blocking);
    }

    /** The reason's message and, one per line, each blocking finding's message. */
    public String describe(Locale locale) {
      StringBuilder text = new StringBuilder(reason.message(locale));
      for (Finding finding : blocking) {
        text.append('\n').append("- ").append(finding.message(locale));
      }
      return text.toString();
    }

    @Override
    public List<E> events() {
      return recorded.map(Accepted::events).orElse(List.of());
    }

    @Override
    public Optional<StreamId> recordsOn() {
      return recorded.map(Accepted::stream);
    }

    @Override
    public Optional<Finding> refusal() {
      return Optional.of(reason);
    }
  }
}
