package io.gradcap.core.recordcard;

/**
 * One line of a class's record-card register (造册).
 *
 * @param position the line number, from 1, in student-number order
 * @param receipt the card and who received it when
 */
public record RegisterLine(int position, CardReceipt receipt) {}
