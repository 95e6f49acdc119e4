package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import org.junit.jupiter.api.Test;

class CaptureWindowTest {

  @Test
  void reads_the_notices_forms() {
    CaptureWindow w = CaptureWindow.parse("2023-04-24 8:30~9:10");
    assertThat(w).hasToString("2023-04-24 08:30–09:10");
    assertThat(w.minutes()).isEqualTo(40);
    assertThatThrownBy(() -> CaptureWindow.parse("2023-04-24 09:10–08:30"))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> CaptureWindow.parse("24 April")).isInstanceOf(GradcapException.class);
  }

  @Test
  void breaks_are_cut_out_of_sessions() {
    CaptureWindow session = CaptureWindow.parse("2023-04-24 08:10–11:50");
    assertThat(
            Windows.effective(
                java.util.List.of(session),
                java.util.List.of(CaptureWindow.parse("2023-04-24 10:00–10:20"))))
        .containsExactly(
            CaptureWindow.parse("2023-04-24 08:10–10:00"),
            CaptureWindow.parse("2023-04-24 10:20–11:50"));
  }

  @Test
  void equality_is_by_day_and_times() {
    new EqualsTester()
        .addEqualityGroup(
            CaptureWindow.parse("2023-04-24 08:10–11:50"),
            CaptureWindow.parse("2023-04-24 08:10-11:50"))
        .addEqualityGroup(CaptureWindow.parse("2023-04-25 08:10–11:50"))
        .testEquals();
  }

  @Test
  void sessions_of_a_problem_never_overlap() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CaptureProblem.of(
                    java.util.List.of(),
                    java.util.List.of(
                        CaptureWindow.parse("2023-04-24 08:10–11:50"),
                        CaptureWindow.parse("2023-04-24 11:00–12:00")),
                    java.util.List.of(Fixtures.oneAMinute("s")),
                    Order.FREE));
  }
}
