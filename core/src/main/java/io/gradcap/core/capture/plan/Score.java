package io.gradcap.core.capture.plan;

/**
 * The plan's soft costs, as the free-order optimiser weighs them.
 *
 * @param daysUsed capture days with at least one class
 * @param squaredMinutes the sum over used days of (day's load − mean load)², in minutes²
 * @param spreadMinutes the busiest day's load minus the quietest day's, in minutes
 * @param clashes remaining class–lesson clashes
 * @param cost the weighted sum
 */
public record Score(int daysUsed, long squaredMinutes, long spreadMinutes, int clashes, long cost) {

  @Override
  public String toString() {
    return "days="
        + daysUsed
        + " spread="
        + spreadMinutes
        + "min clashes="
        + clashes
        + " cost="
        + cost;
  }
}
