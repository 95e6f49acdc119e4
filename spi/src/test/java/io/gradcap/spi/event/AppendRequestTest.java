package io.gradcap.spi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendRequestTest {

  private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");
  private static final NewEvent E = NewEvent.of("t", "{}", "a", T);

  @Test
  void the_fingerprint_tells_a_retry_from_a_different_request() {
    AppendRequest request = AppendRequest.of("s", 0, "k", E);
    assertThat(AppendRequest.of("s", 0, "k", E).fingerprint()).isEqualTo(request.fingerprint());
    assertThat(AppendRequest.of("s2", 0, "k", E).fingerprint()).isNotEqualTo(request.fingerprint());
    assertThat(AppendRequest.of("s", 1, "k", E).fingerprint()).isNotEqualTo(request.fingerprint());
    assertThat(AppendRequest.of("s", 0, "k", NewEvent.of("t", "[]", "a", T)).fingerprint())
        .isNotEqualTo(request.fingerprint());
    assertThat(AppendRequest.of("s", 0, "k", E, E).fingerprint())
        .isNotEqualTo(request.fingerprint());
  }

  @Test
  void the_result_numbers_the_events_after_the_expected_version() {
    assertThat(AppendRequest.of("s", 4, "k", E, E, E).result())
        .isEqualTo(new AppendResult("s", 5, 7, "k"));
  }

  @Test
  void bad_requests_are_refused() {
    assertThatThrownBy(() -> new AppendRequest("s", 0, "k", List.of()))
        .hasMessageContaining("1 to");
    assertThatThrownBy(() -> new AppendRequest("s", 0, "k", Collections.nCopies(10_001, E)))
        .hasMessageContaining("10001");
    assertThatThrownBy(() -> AppendRequest.of("s", -1, "k", E))
        .hasMessageContaining("expected version");
    assertThatThrownBy(() -> AppendRequest.of("", 0, "k", E)).hasMessageContaining("stream id");
    assertThatThrownBy(() -> AppendRequest.of("s".repeat(201), 0, "k", E))
        .hasMessageContaining("stream id");
    assertThatThrownBy(() -> AppendRequest.of(" s", 0, "k", E)).hasMessageContaining("stream id");
    assertThatThrownBy(() -> AppendRequest.of("s", 0, "k\u0000", E))
        .hasMessageContaining("idempotency key");
  }
}
