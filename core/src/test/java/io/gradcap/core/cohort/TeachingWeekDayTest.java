package io.gradcap.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeachingWeekDayTest {

  @ParameterizedTest
  @CsvSource({
    "第10周星期一, 10, MONDAY",
    "第10周周一, 10, MONDAY",
    "第十周星期一, 10, MONDAY",
    "第10周星期日, 10, SUNDAY",
    "第10周星期天, 10, SUNDAY",
    "第１１周 周三, 11, WEDNESDAY",
    "10周礼拜五, 10, FRIDAY",
    "第二十三周星期六, 23, SATURDAY",
    "第1周星期7, 1, SUNDAY",
  })
  void reads_the_forms_notices_use(String text, int week, DayOfWeek day) {
    assertThat(TeachingWeekDay.parse(text)).isEqualTo(TeachingWeekDay.of(week, day));
  }

  @Test
  void writes_the_canonical_form() {
    assertThat(TeachingWeekDay.of(10, DayOfWeek.MONDAY)).hasToString("第10周星期一");
    assertThat(TeachingWeekDay.of(3, DayOfWeek.SUNDAY)).hasToString("第3周星期日");
    assertThat(TeachingWeekDay.parse("第10周星期天").toString()).isEqualTo("第10周星期日");
  }

  @Test
  void speaks_english_on_request() {
    assertThat(TeachingWeekDay.of(10, DayOfWeek.MONDAY).format(Locale.ENGLISH))
        .isEqualTo("Monday of teaching week 10");
    assertThat(TeachingWeekDay.of(10, DayOfWeek.MONDAY).format(Locale.CHINESE))
        .isEqualTo("第10周星期一");
  }

  @Test
  void refuses_what_is_no_teaching_day() {
    for (String bad : new String[] {"第0周星期一", "第100周星期一", "第10周星期八", "4月17日", "第十十周星期一", ""}) {
      assertThatThrownBy(() -> TeachingWeekDay.parse(bad))
          .as(bad)
          .isInstanceOf(GradcapException.class)
          .hasMessageContaining("GC-0003");
    }
    assertThatThrownBy(() -> TeachingWeekDay.of(0, DayOfWeek.MONDAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void orders_by_week_then_weekday() {
    assertThat(TeachingWeekDay.parse("第9周星期日")).isLessThan(TeachingWeekDay.parse("第10周星期一"));
    assertThat(TeachingWeekDay.parse("第10周星期二")).isGreaterThan(TeachingWeekDay.parse("第10周星期一"));
  }

  @Test
  void equality_is_by_week_and_weekday() {
    new EqualsTester()
        .addEqualityGroup(TeachingWeekDay.of(10, DayOfWeek.MONDAY), TeachingWeekDay.parse("第十周周一"))
        .addEqualityGroup(TeachingWeekDay.of(10, DayOfWeek.TUESDAY))
        .addEqualityGroup(TeachingWeekDay.of(11, DayOfWeek.MONDAY))
        .testEquals();
  }
}
