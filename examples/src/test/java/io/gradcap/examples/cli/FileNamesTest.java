package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void separators_nul_and_control_characters_become_one_underscore() {
    assertThat(FileNames.safe("软件\u0000工程/学院\\a\u202Eb\n c")).isEqualTo("软件_工程_学院_a_b_c");
  }

  @Test
  void characters_windows_forbids_are_replaced() {
    assertThat(FileNames.safe("a:b*c?d\"e<f>g|h")).isEqualTo("a_b_c_d_e_f_g_h");
  }

  @Test
  void dot_names_and_blank_names_cannot_escape_the_directory_or_vanish() {
    assertThat(FileNames.safe("..")).isEqualTo("_");
    assertThat(FileNames.safe("")).isEqualTo("_");
    assertThat(FileNames.safe("../../etc")).isEqualTo("etc");
    assertThat(
            Path.of("out").resolve(FileNames.safe("../x")).normalize().startsWith(Path.of("out")))
        .isTrue();
  }

  @Test
  void reserved_device_names_get_a_leading_underscore() {
    assertThat(FileNames.safe("NUL")).isEqualTo("_NUL");
    assertThat(FileNames.safe("com1.xlsx")).isEqualTo("_com1.xlsx");
    assertThat(FileNames.safe("CONTROL")).isEqualTo("CONTROL");
  }

  @Test
  void a_long_name_is_cut_to_the_byte_limit_on_a_character_boundary() {
    String safe = FileNames.safe("学".repeat(200));
    assertThat(safe.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(safe).matches("学+");
  }
}
