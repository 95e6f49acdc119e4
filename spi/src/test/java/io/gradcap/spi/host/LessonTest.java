package io.gradcap.spi.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class LessonTest {

  private final LocalDate day = LocalDate.of(2023, 4, 24);
  private final Lesson lesson =
      new Lesson("21软件1班", day, LocalTime.of(8, 0), LocalTime.of(9, 40), "Java", "王老师");

  @Test
  void overlap_is_half_open_on_the_same_day() {
    assertThat(lesson.overlaps(day, LocalTime.of(9, 39), LocalTime.of(10, 0))).isTrue();
    assertThat(lesson.overlaps(day, LocalTime.of(9, 40), LocalTime.of(10, 0))).isFalse();
    assertThat(lesson.overlaps(day, LocalTime.of(7, 0), LocalTime.of(8, 0))).isFalse();
    assertThat(lesson.overlaps(day.plusDays(1), LocalTime.of(8, 0), LocalTime.of(9, 0))).isFalse();
  }

  @Test
  void a_lesson_must_end_after_it_starts() {
    assertThatThrownBy(() -> new Lesson("x", day, LocalTime.of(9, 0), LocalTime.of(9, 0), "c", "t"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_code_held_since_an_instant_is_held_from_then_on() {
    Instant since = Instant.parse("2023-04-20T00:00:00Z");
    CaptureCodeStatus status = CaptureCodeStatus.held("2021001", since);
    assertThat(status.heldAt(since)).isTrue();
    assertThat(status.heldAt(since.minusSeconds(1))).isFalse();
    assertThat(CaptureCodeStatus.missing("2021001").heldAt(since)).isFalse();
  }
}
