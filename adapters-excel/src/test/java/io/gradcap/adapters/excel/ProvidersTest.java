package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.table.TableAnnotatorProvider;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.table.UnsupportedTableFormatException;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  /** The names of the providers listed under the typed service that support the location. */
  private static List<String> names(Class<? extends PortProvider<?>> service, String uri) {
    return ServiceLoader.load(service).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.supports(Location.of(uri)))
        .map(PortProvider::name)
        .toList();
  }

  @Test
  void a_provider_asked_for_a_format_it_does_not_handle_says_so() {
    assertThatThrownBy(() -> new CsvTableReaderProvider().open(Location.of("名单.xlsx")))
        .isInstanceOf(UnsupportedTableFormatException.class)
        .hasMessageStartingWith("名单.xlsx: ");
  }

  @Test
  void each_format_has_exactly_one_discovered_provider_per_port() {
    assertThat(names(TableReaderProvider.class, "名单.xlsx")).containsExactly("xlsx");
    assertThat(names(TableReaderProvider.class, "名单.xlsm")).containsExactly("xlsx");
    assertThat(names(TableReaderProvider.class, "名单.xls")).containsExactly("xls");
    assertThat(names(TableReaderProvider.class, "名单.csv")).containsExactly("csv");
    assertThat(names(TableWriterProvider.class, "签名表.xlsx")).containsExactly("xlsx");
    assertThat(names(TableWriterProvider.class, "导出.csv")).containsExactly("csv");
    assertThat(names(TableWriterProvider.class, "导出.xls")).isEmpty();
    assertThat(names(TableAnnotatorProvider.class, "名单.xls")).containsExactly("excel-annotator");
    assertThat(names(TableReaderProvider.class, "名单.pdf")).isEmpty();
  }
}
