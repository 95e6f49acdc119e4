package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ThroughputTest {

  @Test
  void reads_and_prints_the_forms_people_use() {
    assertThat(Throughput.parse("2.45/min")).hasToString("2.45/min");
    assertThat(Throughput.parse("49/20min")).isEqualTo(Throughput.perMinute("2.45"));
    assertThat(Throughput.parse("0.5min/student")).isEqualTo(Throughput.perMinute("2"));
    assertThat(Throughput.of(3110, 1270)).hasToString("311/127min");
    assertThat(Throughput.parse(Throughput.of(3110, 1270).toString()))
        .isEqualTo(Throughput.of(3110, 1270));
  }

  @Test
  void unreadable_text_is_a_gradcap_error() {
    assertThatThrownBy(() -> Throughput.parse("fast")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> Throughput.parse("0/min")).isInstanceOf(GradcapException.class);
  }

  @Test
  void seconds_round_up_and_cameras_share_the_work() {
    Throughput t = Throughput.perMinute("2.45");
    assertThat(t.seconds(558, 1)).isEqualTo(13666); // 558 / 2.45 min = 13,665.3 s
    assertThat(t.seconds(558, 2)).isEqualTo(6833);
    assertThat(t.perMinute()).isEqualByComparingTo(new BigDecimal("2.45"));
  }

  @Test
  void equal_rates_are_equal_however_written() {
    new EqualsTester()
        .addEqualityGroup(
            Throughput.of(49, 20), Throughput.of(245, 100), Throughput.perMinute("2.450"))
        .addEqualityGroup(Throughput.of(1, 2), Throughput.minutesPerStudent(new BigDecimal("2")))
        .testEquals();
    assertThat(Throughput.perMinute("2.5")).isGreaterThan(Throughput.perMinute("2.45"));
  }
}
