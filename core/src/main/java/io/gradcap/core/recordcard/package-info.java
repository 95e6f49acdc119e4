/**
 * Record cards (R8): which students' cards each class has received, the register sorted by student
 * number, completeness against the roster, the missing list, the handover list for the office's
 * 教务与学籍科 and what is overdue against the deadline. Tier: API.
 */
@NullMarked
package io.gradcap.core.recordcard;

import org.jspecify.annotations.NullMarked;
