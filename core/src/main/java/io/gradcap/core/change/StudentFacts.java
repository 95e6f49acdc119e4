package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.access.Subject;
import java.time.LocalDate;

/**
 * What the date rules need to know about the student, taken from the record by the caller.
 *
 * @param subject who, in which class and college
 * @param entryDate the day the student enrolled (入学日期)
 * @param birthDate the birth date the record holds
 */
public record StudentFacts(Subject subject, LocalDate entryDate, LocalDate birthDate) {

  public StudentFacts {
    Preconditions.checkArgument(birthDate.isBefore(entryDate), "born after enrolling");
  }
}
