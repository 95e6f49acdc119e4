package io.gradcap.core.progress;

import io.gradcap.core.finding.Message;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The progress of one class, one college or the institution: one line per measure, overdue first.
 *
 * @param scope what the view covers
 * @param college the college, for a class or college view
 * @param classGroup the class, for a class view
 * @param lines one line per measure, in {@link ProgressLine#URGENCY} order
 */
public record ProgressView(
    Scope scope, @Nullable String college, @Nullable String classGroup, List<ProgressLine> lines) {

  /** Views with the most overdue line first, then by college and class. */
  public static final Comparator<ProgressView> URGENCY =
      Comparator.comparingLong((ProgressView v) -> v.mostOverdueDays())
          .reversed()
          .thenComparing(v -> v.college == null ? "" : v.college)
          .thenComparing(v -> v.classGroup == null ? "" : v.classGroup);

  public ProgressView {
    lines = lines.stream().sorted(ProgressLine.URGENCY).toList();
  }

  /** The line of a measure. */
  public ProgressLine line(Measure measure) {
    return lines.stream().filter(l -> l.measure() == measure).findFirst().orElseThrow();
  }

  public List<ProgressLine> overdue() {
    return lines.stream().filter(ProgressLine::isOverdue).toList();
  }

  /** How many days the most overdue line is past its milestone; 0 if none is overdue. */
  public long mostOverdueDays() {
    return overdue().stream().mapToLong(l -> -l.daysLeft().orElse(0)).max().orElse(0);
  }

  public Optional<String> collegeIfAny() {
    return Optional.ofNullable(college);
  }

  public Optional<String> classGroupIfAny() {
    return Optional.ofNullable(classGroup);
  }

  /** {@code 软件工程学院 21软件1班}, {@code 软件工程学院}, or {@code 全校}. */
  public String title(Locale locale) {
    return switch (scope) {
      case CLASS -> college + " " + classGroup;
      case COLLEGE -> String.valueOf(college);
      case INSTITUTION -> Message.of(Measure.BUNDLE, "scope.institution").format(locale);
    };
  }
}
