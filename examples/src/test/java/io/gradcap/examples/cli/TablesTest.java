package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.table.UnsupportedTableFormatException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TablesTest {

  @Test
  void a_file_no_registered_reader_supports_is_an_unsupported_format_naming_the_file() {
    assertThatThrownBy(() -> Tables.open(Path.of("名单.pdf")))
        .isInstanceOf(UnsupportedTableFormatException.class)
        .hasMessageStartingWith("名单.pdf")
        .hasMessageContaining("not a .xlsx, .xls or .csv file");
  }
}
