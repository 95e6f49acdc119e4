package io.gradcap.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.PortException;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.event.EventStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersExampleTest {

  @Test
  void explicit_registration_and_discovery_choose_the_same_provider_for_each_location() {
    for (String uri : List.of("名单.xlsx", "名单.xls", "名单.csv")) {
      Location location = Location.of(uri);
      assertThat(ProvidersExample.choose(ProvidersExample.discoveredTableReaders(), location).getClass())
          .isEqualTo(ProvidersExample.choose(ProvidersExample.explicitTableReaders(), location).getClass());
    }
    Location db = Location.of("jdbc:h2:mem:providers");
    assertThat(ProvidersExample.choose(ProvidersExample.discoveredEventStores(), db).getClass())
        .isEqualTo(ProvidersExample.choose(ProvidersExample.explicitEventStores(), db).getClass());
  }

  @Test
  void the_chosen_event_store_opens_and_works() {
    try (EventStore store = ProvidersExample.choose(ProvidersExample.discoveredEventStores(),
        Location.of("jdbc:h2:mem:providers-open;DB_CLOSE_DELAY=-1")).open(Location.of("jdbc:h2:mem:providers-open;DB_CLOSE_DELAY=-1"))) {
      assertThat(store.headPosition()).isZero();
    }
  }

  @Test
  void a_location_no_provider_supports_is_refused_by_name() {
    List<PortProvider<io.gradcap.spi.table.TableReader>> readers = ProvidersExample.explicitTableReaders();
    assertThatThrownBy(() -> ProvidersExample.choose(readers, Location.of("名单.pdf")))
        .isInstanceOf(PortException.class).hasMessageContaining("名单.pdf");
  }

  @Test
  void main_runs() {
    ProvidersExample.main(new String[0]);
  }
}
