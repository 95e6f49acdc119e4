package io.gradcap.core.capture.plan;

import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A timetable held in memory, as a host's test double and as the contract kit's reference. */
final class InMemoryTeachingTimetable implements TeachingTimetable {

  private final Map<String, List<Lesson>> byClass;

  InMemoryTeachingTimetable(List<Lesson> lessons) {
    this.byClass =
        lessons.stream()
            .sorted(Comparator.comparing(Lesson::date).thenComparing(Lesson::startInclusive))
            .collect(Collectors.groupingBy(Lesson::classGroup, Collectors.toList()));
  }

  @Override
  public List<Lesson> lessons(String classGroup, LocalDate fromInclusive, LocalDate toExclusive) {
    return byClass.getOrDefault(classGroup, List.of()).stream()
        .filter(l -> !l.date().isBefore(fromInclusive) && l.date().isBefore(toExclusive))
        .toList();
  }
}
