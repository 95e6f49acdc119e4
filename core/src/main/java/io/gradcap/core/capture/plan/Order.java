package io.gradcap.core.capture.plan;

/** Whether the groups' order is requested or left to the optimiser. */
public enum Order {
  /** The groups go in the order given; first-fit then places them without waste beyond a class. */
  FIXED,
  /** The optimiser chooses windows and order: fewest days, balanced days, fewest clashes. */
  FREE
}
