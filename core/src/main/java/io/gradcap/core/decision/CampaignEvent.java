package io.gradcap.core.decision;

import io.gradcap.core.access.Actor;
import java.time.Instant;

/**
 * A fact the journal stores: what an accepted command caused. Each feature's events are a sealed
 * interface below this one, and each feature's {@code evolve} folds its own events only.
 */
public interface CampaignEvent {

  /** Who caused it: the actor of the command it was decided on. */
  Actor actor();

  /** When the command it was decided on was given. */
  Instant at();

  /** The feature whose state this event changes. */
  Feature feature();
}
