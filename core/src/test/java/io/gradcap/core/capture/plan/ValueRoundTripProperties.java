package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ValueRoundTripProperties {

  @Test
  void throughput_round_trips() {
    qt().forAll(integers().between(1, 100_000), integers().between(1, 100_000))
        .checkAssert(
            (s, m) ->
                assertThat(Throughput.parse(Throughput.of(s, m).toString()))
                    .isEqualTo(Throughput.of(s, m)));
  }

  @Test
  void capture_window_round_trips() {
    qt().forAll(integers().between(0, 3650), integers().between(0, 718), integers().between(1, 720))
        .checkAssert(
            (d, start, length) -> {
              CaptureWindow w =
                  CaptureWindow.of(
                      LocalDate.of(2023, 1, 1).plusDays(d),
                      LocalTime.ofSecondOfDay(start * 60L),
                      LocalTime.ofSecondOfDay((start + length) * 60L));
              assertThat(CaptureWindow.parse(w.toString())).isEqualTo(w);
            });
  }
}
