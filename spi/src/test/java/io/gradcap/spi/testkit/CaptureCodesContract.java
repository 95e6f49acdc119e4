package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaptureCodes} keeps. An implementation's test extends this class and
 * says how to build one that knows the given statuses.
 */
public abstract class CaptureCodesContract {

  /** Capture codes of the implementation under test knowing exactly these statuses. */
  protected abstract CaptureCodes codesWith(List<CaptureCodeStatus> statuses);

  private static final Instant APRIL_18 = Instant.parse("2023-04-18T02:00:00Z");

  private CaptureCodes codes() {
    return codesWith(
        List.of(
            CaptureCodeStatus.held("2021010101", APRIL_18),
            CaptureCodeStatus.missing("2021010102")));
  }

  @Test
  void a_held_code_comes_with_the_instant_it_was_obtained() {
    CaptureCodeStatus status = codes().status("2021010101");
    assertThat(status.held()).isTrue();
    assertThat(status.since()).contains(APRIL_18);
    assertThat(status.studentNumber()).isEqualTo("2021010101");
  }

  @Test
  void a_missing_code_is_reported_as_not_held() {
    assertThat(codes().status("2021010102").held()).isFalse();
  }

  @Test
  void an_unknown_student_holds_no_code() {
    CaptureCodeStatus status = codes().status("2099999999");
    assertThat(status.held()).isFalse();
    assertThat(status.studentNumber()).isEqualTo("2099999999");
  }

  @Test
  void many_statuses_come_in_the_order_asked() {
    assertThat(codes().statuses(List.of("2021010102", "2099999999", "2021010101")).keySet())
        .containsExactly("2021010102", "2099999999", "2021010101");
  }
}
