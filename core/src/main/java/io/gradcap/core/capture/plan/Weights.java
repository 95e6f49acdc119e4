package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;

/**
 * How much the free-order optimiser cares about each soft cost. Defaults put fewest days first,
 * then balanced days, then fewest teaching clashes.
 *
 * @param perDay cost of each capture day used
 * @param perSquaredMinute cost per squared minute of a day's load away from the mean day
 * @param perClash cost of each remaining clash between a class's slot and one of its lessons
 */
public record Weights(long perDay, long perSquaredMinute, long perClash) {

  public static final Weights DEFAULT = new Weights(1_000_000_000L, 1, 100);

  public Weights {
    Preconditions.checkArgument(
        perDay >= 0 && perSquaredMinute >= 0 && perClash >= 0, "weights are not negative");
  }
}
