package io.gradcap.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.ports.Ports;
import io.gradcap.spi.Location;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.EventStoreProvider;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.TableWriterProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidersExampleTest {

  @TempDir Path dir;

  @Test
  void registered_and_discovered_adapters_are_picked_alike_for_each_location() {
    assertThat(ProvidersExample.choices())
        .containsExactly(
            "名单.xlsx: xlsx / xlsx",
            "名单.xls: xls / xls",
            "名单.csv: csv / csv",
            "jdbc:h2:mem:campaign: jdbc / jdbc");
  }

  @Test
  void main_prints_which_adapter_each_way_picks_for_each_location() {
    assertThat(Console.printedBy(() -> ProvidersExample.main(new String[0])).lines())
        .containsExactly(
            "location: registered / discovered",
            "名单.xlsx: xlsx / xlsx",
            "名单.xls: xls / xls",
            "名单.csv: csv / csv",
            "jdbc:h2:mem:campaign: jdbc / jdbc");
  }

  @Test
  void the_registry_picks_the_excel_writer_and_reader_by_extension_and_they_round_trip() {
    Ports ports = ProvidersExample.registered();
    for (String name : List.of("名单.xlsx", "名单.csv")) {
      Location file = Location.of(dir.resolve(name).toString());
      try (TableWriter writer = ports.open(TableWriterProvider.class, file)) {
        writer.writeSheet(
            SheetLayout.of("名单", List.of(Column.of("学号"), Column.of("姓名"))),
            Stream.of(SheetRow.values("2021010101", "张三")));
      }
      try (TableReader reader = ports.open(TableReaderProvider.class, file);
          Stream<Row> rows = reader.rows()) {
        assertThat(rows.map(Row::texts).toList())
            .as(name)
            .containsExactly(List.of("学号", "姓名"), List.of("2021010101", "张三"));
      }
    }
  }

  @Test
  void the_picked_event_store_opens_and_works() {
    Location db = Location.of("jdbc:h2:mem:providers-open;DB_CLOSE_DELAY=-1");
    try (EventStore store = ProvidersExample.discovered().open(EventStoreProvider.class, db)) {
      assertThat(store.headPosition()).isZero();
    }
  }

  @Test
  void a_file_no_reader_supports_is_refused_naming_the_readers_and_the_services_file() {
    Ports ports = ProvidersExample.registered();
    assertThatThrownBy(() -> ports.open(TableReaderProvider.class, Location.of("名单.pdf")))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NO_PROVIDER_FOR_LOCATION);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains(
                      "(csv, xls, xlsx)",
                      "名单.pdf",
                      "META-INF/services/io.gradcap.spi.table.TableReaderProvider");
            });
  }
}
