package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordValuesTest {

  @Test
  void dates_in_the_forms_spreadsheets_carry() {
    LocalDate may1 = LocalDate.of(2003, 5, 1);
    for (String typed :
        new String[] {
          "20030501",
          "2003-05-01",
          "2003/5/1",
          "2003.05.01",
          "2003年5月1日",
          "2003-05-01 00:00:00",
          "２００３－０５－０１"
        }) {
      assertThat(RecordValues.date(typed)).as(typed).isEqualTo(may1);
    }
    assertThat(RecordValues.date("202109")).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(RecordValues.date("2021年9月")).isEqualTo(LocalDate.of(2021, 9, 1));
    assertThat(RecordValues.date("2003-02-30")).isNull();
    assertThat(RecordValues.date("May 1")).isNull();
    assertThat(RecordValues.date("")).isNull();
  }

  @Test
  void programme_lengths() {
    assertThat(RecordValues.years("3")).isEqualTo(3);
    assertThat(RecordValues.years("3年制")).isEqualTo(3);
    assertThat(RecordValues.years("5.0")).isEqualTo(5);
    assertThat(RecordValues.years("2.5")).isZero();
    assertThat(RecordValues.years("三")).isZero();
  }
}
