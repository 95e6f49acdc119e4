/**
 * Image capture on the day and after (R11–R15): the capture-code gate, check-in with one collective
 * session per student, make-ups booked from the absentees, fees per photograph and their
 * reconciliation, and the instructions each class receives; all as decisions and events. Tier: API.
 */
@NullMarked
package io.gradcap.core.capture;

import org.jspecify.annotations.NullMarked;
