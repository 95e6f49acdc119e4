package io.gradcap.core.decision;

import io.gradcap.core.access.Actor;
import java.time.Instant;

/**
 * What someone asks of the campaign. Every command names its actor, whose scope the decider checks,
 * and when it was given. Each feature's commands are a sealed interface below this one.
 *
 * @param <E> the events of the command's feature: what deciding it may cause
 */
public interface CampaignCommand<E extends CampaignEvent> {

  /** Who gives the command; the decider refuses what the actor's scope does not cover. */
  Actor actor();

  /** When the command was given. */
  Instant at();

  /** The feature whose decider decides this command. */
  Feature feature();
}
