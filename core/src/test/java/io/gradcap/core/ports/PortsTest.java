package io.gradcap.core.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.event.EventStoreProvider;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one rule that picks a provider for a location, and what happens when there is none. */
class PortsTest {

  private static final Location NOTE = Location.of("会议.note");

  private static String chosen(Ports ports, Location location) {
    return ports.select(NoteProvider.class, location).name();
  }

  @Test
  void a_provider_that_does_not_support_the_location_is_never_chosen() {
    Ports ports =
        Ports.builder()
            .register(NoteProvider.of("memo", 50, ".memo"), NoteProvider.of("note", 0, ".note"))
            .build();
    assertThat(chosen(ports, NOTE)).isEqualTo("note");
  }

  @Test
  void the_highest_priority_wins_among_the_providers_that_support_the_location() {
    Ports ports =
        Ports.builder()
            .register(
                NoteProvider.of("a-low", -1, ".note"),
                NoteProvider.of("z-high", 10, ".note"),
                NoteProvider.of("m-default", 0, ".note"))
            .build();
    assertThat(chosen(ports, NOTE)).isEqualTo("z-high");
  }

  @Test
  void equal_priorities_go_to_the_first_name_alphabetically_whatever_the_registration_order() {
    NoteProvider beta = NoteProvider.of("beta", 5, ".note");
    NoteProvider alpha = NoteProvider.of("alpha", 5, ".note");
    assertThat(chosen(Ports.builder().register(beta, alpha).build(), NOTE)).isEqualTo("alpha");
    assertThat(chosen(Ports.builder().register(alpha, beta).build(), NOTE)).isEqualTo("alpha");
  }

  @Test
  void a_provider_counts_only_for_the_services_it_implements() {
    Ports ports = Ports.builder().register(NoteProvider.of("note", 0, ".note")).build();
    assertThat(ports.find(EventStoreProvider.class, NOTE)).isEmpty();
    assertThat(ports.providers(NoteProvider.class))
        .extracting(PortProvider::name)
        .containsExactly("note");
  }

  @Test
  void open_opens_the_port_of_the_chosen_provider() {
    Ports ports =
        Ports.builder()
            .register(NoteProvider.of("low", 0, ".note"), NoteProvider.of("high", 1, ".note"))
            .build();
    NoteProvider.Note note = ports.open(NoteProvider.class, NOTE);
    assertThat(note).isEqualTo(new NoteProvider.Note("high", "会议.note"));
  }

  @Test
  void a_service_without_any_provider_is_an_error_naming_the_services_file() {
    Ports ports = Ports.builder().build();
    assertThatThrownBy(() -> ports.select(NoteProvider.class, NOTE))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NO_PROVIDER);
              assertThat(e.getMessage())
                  .startsWith("GC-0001 未找到 io.gradcap.core.ports.NoteProvider 的实现")
                  .contains("META-INF/services/io.gradcap.core.ports.NoteProvider");
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains(
                      "No implementation of io.gradcap.core.ports.NoteProvider",
                      "META-INF/services/io.gradcap.core.ports.NoteProvider",
                      "opt in to its discovery");
            });
  }

  @Test
  void providers_that_all_refuse_the_location_are_named_with_it_in_the_error() {
    Ports ports =
        Ports.builder()
            .register(NoteProvider.of("memo", 0, ".memo"), NoteProvider.of("diary", 0, ".diary"))
            .build();
    assertThatThrownBy(() -> ports.select(NoteProvider.class, NOTE))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NO_PROVIDER_FOR_LOCATION);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .isEqualTo(
                      "GC-0004 None of the implementations of "
                          + "io.gradcap.core.ports.NoteProvider (diary, memo) supports 会议.note: register one that does "
                          + "explicitly, or list it in the services file META-INF/services/io.gradcap.core.ports.NoteProvider "
                          + "and opt in to its discovery");
            });
    assertThat(ports.find(NoteProvider.class, NOTE)).isEmpty();
  }

  @Test
  void the_error_never_shows_credentials_or_parameters_of_the_location() {
    Ports ports = Ports.builder().register(NoteProvider.of("note", 0, ".note")).build();
    for (String uri :
        new String[] {
          "jdbc:h2:./campaign;PASSWORD=s3cret",
          "jdbc:postgresql://gc:s3cret@db/sis",
          "jdbc:mariadb://db/sis?user=gc&password=s3cret"
        }) {
      assertThatThrownBy(() -> ports.select(NoteProvider.class, Location.of(uri)))
          .isInstanceOf(GradcapException.class)
          .hasMessageNotContaining("s3cret")
          .hasMessageContaining(uri.startsWith("jdbc:h2") ? "jdbc:h2:./campaign" : "/sis");
    }
  }

  @Test
  void nothing_is_discovered_unless_the_host_opts_in() {
    Ports ports = Ports.builder().build();
    assertThat(ports.providers(NoteProvider.class)).isEmpty();
    assertThat(ports.find(NoteProvider.class, NOTE)).isEmpty();
  }

  @Test
  void a_host_that_opts_in_gets_the_providers_listed_in_the_services_file() {
    Ports ports = Ports.builder().discover(NoteProvider.class).build();
    assertThat(ports.providers(NoteProvider.class))
        .extracting(PortProvider::name)
        .containsExactly("listed");
    assertThat(chosen(ports, NOTE)).isEqualTo("listed");
  }

  @Test
  void a_registered_provider_beats_a_discovered_one_of_higher_priority() {
    Ports ports =
        Ports.builder()
            .register(NoteProvider.of("registered", 0, ".note"))
            .discover(NoteProvider.class)
            .build();
    assertThat(chosen(ports, NOTE)).isEqualTo("registered");
    assertThat(chosen(ports, Location.of("会议.memo")))
        .as("what no registered provider supports")
        .isEqualTo("listed");
  }

  @Test
  void a_discovered_provider_of_a_class_the_host_registered_is_not_added_twice() {
    Ports ports = Ports.builder().register(new ListedNotes()).discover(NoteProvider.class).build();
    assertThat(ports.providers(NoteProvider.class))
        .hasSize(1)
        .first()
        .isInstanceOf(ListedNotes.class);
  }
}
