package io.gradcap.core.capture.plan;

import io.gradcap.core.finding.Message;

/**
 * A class the plan could not place, with the reason.
 *
 * @param groupId its group
 * @param classGroup the class
 * @param headcount its students
 * @param reason why, in Chinese or English
 */
public record Unplaced(String groupId, String classGroup, int headcount, Message reason) {

  @Override
  public String toString() {
    return classGroup + "(" + headcount + ") unplaced: " + reason.format(java.util.Locale.ENGLISH);
  }
}
