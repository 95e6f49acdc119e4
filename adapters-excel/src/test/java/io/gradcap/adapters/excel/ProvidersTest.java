package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableWriter;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  @SuppressWarnings("rawtypes")
  private final List<PortProvider> discovered =
      ServiceLoader.load(PortProvider.class).stream().map(ServiceLoader.Provider::get).toList();

  @SuppressWarnings("rawtypes")
  private List<String> names(Class<?> port, String uri) {
    return discovered.stream().filter(p -> p.portType() == port && p.supports(Location.of(uri))).map(PortProvider::name).toList();
  }

  @Test
  void a_provider_asked_for_a_format_it_does_not_handle_says_so() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CsvTableReaderProvider().open(Location.of("名单.xlsx")))
        .isInstanceOf(io.gradcap.spi.table.UnsupportedTableFormatException.class)
        .hasMessageStartingWith("名单.xlsx: ");
  }

  @Test
  void each_format_has_exactly_one_discovered_provider_per_port() {
    assertThat(names(TableReader.class, "名单.xlsx")).containsExactly("xlsx");
    assertThat(names(TableReader.class, "名单.xlsm")).containsExactly("xlsx");
    assertThat(names(TableReader.class, "名单.xls")).containsExactly("xls");
    assertThat(names(TableReader.class, "名单.csv")).containsExactly("csv");
    assertThat(names(TableWriter.class, "签名表.xlsx")).containsExactly("xlsx");
    assertThat(names(TableWriter.class, "导出.csv")).containsExactly("csv");
    assertThat(names(TableWriter.class, "导出.xls")).isEmpty();
    assertThat(names(TableAnnotator.class, "名单.xls")).containsExactly("excel-annotator");
    assertThat(names(TableReader.class, "名单.pdf")).isEmpty();
  }
}
