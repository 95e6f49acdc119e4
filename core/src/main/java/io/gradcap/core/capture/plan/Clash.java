package io.gradcap.core.capture.plan;

import io.gradcap.spi.host.Lesson;

/**
 * A remaining clash (R10): a class's slot, from its arrival to its end, overlaps one of its
 * lessons, so the teacher must reschedule.
 *
 * @param classGroup the class
 * @param slot the class's slot
 * @param lesson the lesson it clashes with, naming course and teacher
 */
public record Clash(String classGroup, ClassSlot slot, Lesson lesson) {

  @Override
  public String toString() {
    return classGroup + " × " + lesson;
  }
}
