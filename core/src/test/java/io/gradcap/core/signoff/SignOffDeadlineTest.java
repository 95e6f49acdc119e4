package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.COUNSELLOR;
import static io.gradcap.core.signoff.Fixtures.DEADLINE;
import static io.gradcap.core.signoff.Fixtures.ZONE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignOffDeadlineTest {

  private static final Instant CUTOFF = Instant.parse("2023-04-17T16:00:00Z");

  @Test
  void the_cutoff_is_midnight_after_the_deadline_day_in_the_colleges_zone() {
    assertThat(DEADLINE.cutoff(ZONE)).isEqualTo(CUTOFF);
  }

  @Test
  void a_class_with_rows_missing_is_overdue_from_the_cutoff_instant_on() {
    SignOffState s = Fixtures.state();

    assertThat(SignOffProgress.ofClass(s, CUTOFF.minusNanos(1), ZONE).overdue()).isFalse();
    assertThat(SignOffProgress.ofClass(s, CUTOFF, ZONE).overdue()).isTrue();
  }

  @Test
  void a_complete_class_is_never_overdue() {
    SignOffState s = Fixtures.state();
    for (String number : List.of("202101019", "2021010102", "2021010110")) {
      s =
          SignOff.apply(
              s, new SignOffCommand.Sign(n(number), COUNSELLOR, CUTOFF.minusSeconds(3600)));
    }

    ClassProgress progress = SignOffProgress.ofClass(s, CUTOFF.plusSeconds(86_400), ZONE);
    assertThat(progress.overdue()).isFalse();
    assertThat(progress.returned()).isEqualTo(3);
    assertThat(progress.signed()).isEqualTo(3);
  }

  @Test
  void a_row_returned_in_the_last_instant_of_the_deadline_day_counts_at_the_cutoff() {
    SignOffState s = Fixtures.state();
    s = SignOff.apply(s, new SignOffCommand.Sign(n("202101019"), COUNSELLOR, CUTOFF.minusNanos(1)));
    s = SignOff.apply(s, new SignOffCommand.Sign(n("2021010102"), COUNSELLOR, CUTOFF));

    ClassProgress atCutoff = SignOffProgress.atCutoff(s, ZONE);
    assertThat(atCutoff.signed()).isEqualTo(1);
    assertThat(atCutoff.notReturned()).containsExactly(n("2021010102"), n("2021010110"));
    assertThat(atCutoff.returned()).isEqualTo(1);
    assertThat(atCutoff.overdue())
        .as("the deadline day is not over yet at its last instant")
        .isFalse();
  }

  @Test
  void teaching_weeks_count_from_one() {
    assertThatThrownBy(() -> ReturnDeadline.of(LocalDate.of(2023, 2, 26), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ReturnDeadline.of(LocalDate.of(2023, 2, 26), 1).teachingWeek()).isEqualTo(1);
  }

  @Test
  void the_week_label_names_the_weekday_in_chinese_or_english() {
    ReturnDeadline sunday = new ReturnDeadline(LocalDate.of(2023, 4, 23), 10, DayOfWeek.SUNDAY);
    assertThat(sunday.weekLabel(Locale.CHINA)).isEqualTo("第10周星期日");
    assertThat(sunday.weekLabel(Locale.ENGLISH)).isEqualTo("Sunday of teaching week 10");
    assertThat(DEADLINE.weekLabel(Locale.UK)).isEqualTo("Monday of teaching week 10");
  }
}
