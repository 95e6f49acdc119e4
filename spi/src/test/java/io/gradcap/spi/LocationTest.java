package io.gradcap.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void scheme_is_the_text_before_the_colon_or_the_file_extension() {
    assertThat(Location.of("jdbc:h2:./campaign").scheme()).isEqualTo("jdbc");
    assertThat(Location.of("名单.XLSX").scheme()).isEqualTo("xlsx");
    assertThat(Location.of("C:\\data\\roster.csv").scheme()).isEqualTo("csv");
    assertThat(Location.of("roster").scheme()).isEmpty();
  }

  @Test
  void an_attachment_is_found_by_its_type() {
    Location location = Location.of("host:pool", CharSequence.class, "the pool");
    assertThat(location.attachment(CharSequence.class)).contains("the pool");
    assertThat(location.attachment(Integer.class)).isEmpty();
  }

  @Test
  void a_blank_location_is_refused() {
    assertThatThrownBy(() -> Location.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_attachment_must_be_of_its_declared_type() {
    java.util.Map<Class<?>, Object> wrong = java.util.Map.of(Integer.class, "not a number");
    assertThatThrownBy(() -> new Location("x:y", wrong))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
