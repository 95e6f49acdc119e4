package io.gradcap.core.capture;

/**
 * One line of the fee reconciliation (R13): what a class was expected to pay, handed over, and owes
 * for the photographs actually taken (re-shoots again).
 *
 * @param college the college
 * @param classGroup the class, or empty for a college's total
 * @param headcount students in the class
 * @param expectedFen headcount × fee
 * @param collectedFen money handed over
 * @param owedFen photographs × fee
 * @param photographs photographs taken, re-shoots included
 */
public record ClassFees(
    String college,
    String classGroup,
    int headcount,
    long expectedFen,
    long collectedFen,
    long owedFen,
    int photographs) {

  /** Collected minus owed: positive is a refund due to the class, negative is still to pay. */
  public long balanceFen() {
    return collectedFen - owedFen;
  }

  ClassFees plus(ClassFees o) {
    return new ClassFees(
        college,
        "",
        headcount + o.headcount,
        expectedFen + o.expectedFen,
        collectedFen + o.collectedFen,
        owedFen + o.owedFen,
        photographs + o.photographs);
  }
}
