package io.gradcap.core.campaign;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dated step of the campaign: a deadline, a capture day, the confirmation lock.
 *
 * @param kind what happens
 * @param date the day it is due or happens
 * @param place where, if the notice says (room {@code 教103}, {@code 教务与学籍科})
 * @param note anything else the notice says about it
 */
public record Milestone(
    MilestoneKind kind, LocalDate date, @Nullable String place, @Nullable String note) {

  /** By date, then by kind. */
  public static final Comparator<Milestone> CHRONOLOGICAL =
      Comparator.comparing(Milestone::date).thenComparing(Milestone::kind);

  public Milestone {
    Preconditions.checkNotNull(kind, "kind");
    Preconditions.checkNotNull(date, "date");
    place = blankToNull(place);
    note = blankToNull(note);
  }

  public static Milestone of(MilestoneKind kind, LocalDate date) {
    return new Milestone(kind, date, null, null);
  }

  public Optional<String> placeIfAny() {
    return Optional.ofNullable(place);
  }

  public Optional<String> noteIfAny() {
    return Optional.ofNullable(note);
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
