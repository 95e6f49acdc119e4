package io.gradcap.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.StoreRefusedException.Reason;
import org.junit.jupiter.api.Test;

class StoreRefusedExceptionTest {

  @Test
  void a_reasons_key_is_its_name_in_kebab_case_for_machine_readable_output() {
    assertThat(Reason.UNSAFE_SETTING.key()).isEqualTo("unsafe-setting");
    assertThat(Reason.NOT_A_STORE.key()).isEqualTo("not-a-store");
  }

  @Test
  void the_refusal_is_a_port_error_located_with_its_reason_and_subject() {
    PortException e =
        new StoreRefusedException("jdbc:h2", Reason.UNSAFE_SETTING, "INIT", "refused");
    assertThat(e.location()).isEqualTo("jdbc:h2");
    assertThat(e.getMessage()).isEqualTo("jdbc:h2: refused");
    assertThat(((StoreRefusedException) e).subject()).isEqualTo("INIT");
  }
}
