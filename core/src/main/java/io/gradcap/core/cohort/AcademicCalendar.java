package io.gradcap.core.cohort;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms a campaign runs through, each with its own Monday of week 1. A date is a teaching day
 * of the term that contains it; between terms (holidays) it is none.
 *
 * @param terms the terms in date order, none overlapping another, names unique
 */
public record AcademicCalendar(List<TermCalendar> terms) {

  public AcademicCalendar {
    terms = terms.stream().sorted(Comparator.comparing(TermCalendar::firstMonday)).toList();
    Preconditions.checkArgument(!terms.isEmpty(), "a calendar has at least one term");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      Preconditions.checkArgument(
          names.add(terms.get(i).term()), "term %s appears twice", terms.get(i).term());
      if (i > 0) {
        Preconditions.checkArgument(
            !terms.get(i).startInclusive().isBefore(terms.get(i - 1).endExclusive()),
            "terms %s and %s overlap",
            terms.get(i - 1).term(),
            terms.get(i).term());
      }
    }
  }

  public static AcademicCalendar of(TermCalendar... terms) {
    return new AcademicCalendar(List.of(terms));
  }

  /** The earliest term. */
  public TermCalendar first() {
    return terms.get(0);
  }

  /** The term whose teaching weeks contain the date. */
  public Optional<TermCalendar> termOf(LocalDate date) {
    return terms.stream().filter(t -> t.contains(date)).findFirst();
  }

  public boolean contains(LocalDate date) {
    return termOf(date).isPresent();
  }

  /** The date as teaching week and weekday of its term, or empty between terms. */
  public Optional<TeachingWeekDay> teachingDay(LocalDate date) {
    return termOf(date).flatMap(t -> t.teachingDay(date));
  }

  /** {@code 2022-2023学年第二学期 2023-02-13–2023-07-02}, one term after another. */
  public String describe() {
    return terms.stream()
        .map(t -> t.term() + " " + t.startInclusive() + "–" + t.endExclusive().minusDays(1))
        .collect(Collectors.joining("; "));
  }
}
