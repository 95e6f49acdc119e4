package io.gradcap.core.recordcard;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;

/**
 * One line of the handover list for the office's 教务与学籍科: one class's bound register.
 *
 * @param classRef the class
 * @param count how many cards the register holds
 * @param first the lowest student number in it
 * @param last the highest student number in it
 * @param missing how many students of the class had no card in it
 * @param receivedBy the office staff member who received it
 * @param date the day it was handed over
 */
public record HandoverLine(
    ClassRef classRef,
    int count,
    StudentNumber first,
    StudentNumber last,
    int missing,
    Actor receivedBy,
    LocalDate date) {}
