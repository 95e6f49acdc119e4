package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.image.DisputeEvidenceKind;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JournalCodecTest {

  private final JournalCodec codec = JournalCodec.instance();

  private List<StoredEvent> scenarioEvents() {
    InMemoryEventStore store = new InMemoryEventStore();
    CampaignJournal journal = CampaignScenario.journal(store).start(START).build();
    journal.open();
    run(journal);
    return store.readAll(1, 10_000).events();
  }

  @Test
  void every_event_of_a_campaign_decodes_to_an_equal_event_and_encodes_to_the_same_bytes() {
    for (StoredEvent stored : scenarioEvents()) {
      CampaignEvent event = codec.decode(stored);
      NewEvent again = codec.encode(event);
      assertThat(again).isEqualTo(stored.toNewEvent());
      assertThat(codec.decode(again)).isEqualTo(event);
    }
  }

  @Test
  void the_scenario_and_the_office_correction_use_every_type_the_codec_knows() {
    Set<String> used = new TreeSet<>();
    scenarioEvents().forEach(e -> used.add(e.type()));
    ImageEvent corrected =
        new ImageEvent.CorrectedByOffice(
            ZHANG.student(),
            RECEIVER,
            at(300),
            "逾期未确认",
            List.of(
                EvidenceRef.of(DisputeEvidenceKind.ID_COPY, new Sha256("a".repeat(64))),
                EvidenceRef.of(DisputeEvidenceKind.PHOTO, new Sha256("b".repeat(64)))));
    NewEvent encoded = codec.encode(corrected);
    used.add(encoded.type());
    assertThat(codec.decode(encoded)).isEqualTo(corrected);
    assertThat(used).isEqualTo(new TreeSet<>(codec.typeNames()));
  }

  @Test
  void type_names_are_stable_and_versioned() {
    assertThat(codec.typeNames())
        .hasSize(27)
        .allMatch(t -> t.matches("[a-z]+\\.[a-z-]+\\.v[0-9]+"));
    assertThat(codec.typeName(new ImageEvent.Disputed(ZHANG.student(), student(ZHANG), T0, "不是本人")))
        .isEqualTo("image.disputed.v1");
  }

  @Test
  void an_event_carries_its_actor_id_and_time() {
    NewEvent e = codec.encode(new ImageEvent.Disputed(ZHANG.student(), student(ZHANG), T0, "不是本人"));
    assertThat(e.actor()).isEqualTo("2021010101");
    assertThat(e.recordedAt()).isEqualTo(T0);
  }

  @Test
  void a_payload_that_does_not_fit_its_type_is_a_clear_error_that_quotes_nothing() {
    NewEvent bad =
        NewEvent.of("image.disputed.v1", "{\"student\":{\"value\":\"" + OLD_ID + "!\"}}", "x", T0);
    assertThatThrownBy(() -> codec.decode(bad))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_EVENT);
              assertThat(e.getMessage()).doesNotContain(OLD_ID);
            });
  }

  @Test
  void a_value_whose_record_refuses_it_is_the_same_clear_error() {
    // The actor's id is blank: the record's constructor refuses it, and the codec says so as
    // Jackson reports it.
    NewEvent bad =
        NewEvent.of(
            "signoff.signed.v1",
            "{\"student\":{\"value\":\"2021010101\"},\"actor\":{\"id\":\" \","
                + "\"name\":\"x\",\"role\":\"OFFICE_STAFF\",\"colleges\":[],\"classGroups\":[],\"student\":null},"
                + "\"at\":1712109600.000000000}",
            "x",
            T0);
    assertThatThrownBy(() -> codec.decode(bad))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_EVENT);
              assertThat(e.getMessage()).doesNotContain("2021010101");
            });
  }

  /**
   * Evidence files and original checks have always stored their hash as a string, images and
   * dispute evidence as {@code {"hex":…}}: payloads written before there was one hash type read
   * back and write again byte for byte.
   */
  @Test
  void hashes_keep_the_stored_form_they_always_had() {
    String hex = "ab".repeat(32);
    String actor =
        "{\"id\":\"o-01\",\"name\":\"x\",\"role\":\"OFFICE_STAFF\",\"colleges\":[],"
            + "\"classGroups\":[],\"student\":null}";
    String checked =
        "{\"requestId\":\"r-1\",\"actor\":"
            + actor
            + ",\"at\":1712109600.000000000,\"reason\":\"\",\"sha256\":\""
            + hex
            + "\"}";
    String attached =
        "{\"requestId\":\"r-1\",\"actor\":"
            + actor
            + ",\"at\":1712109600.000000000,\"reason\":\"\",\"evidence\":{\"kind\":\"ID_CARD\","
            + "\"fileName\":\"id.pdf\",\"mediaType\":\"application/pdf\",\"size\":10,"
            + "\"sha256\":\""
            + hex
            + "\",\"pages\":1,\"check\":null}}";
    String confirmed =
        "{\"student\":{\"value\":\"2021010101\"},\"actor\":"
            + actor
            + ",\"at\":1712109600.000000000,\"image\":{\"hex\":\""
            + hex
            + "\"}}";
    for (NewEvent old :
        List.of(
            NewEvent.of("change.original-checked.v1", checked, "o-01", T0),
            NewEvent.of("change.evidence-attached.v1", attached, "o-01", T0),
            NewEvent.of("image.confirmed.v1", confirmed, "o-01", T0))) {
      CampaignEvent event = codec.decode(old);
      assertThat(new String(codec.encode(event).payload(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(new String(old.payload(), java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(
            ((io.gradcap.core.change.ChangeEvent.OriginalChecked)
                    codec.decode(NewEvent.of("change.original-checked.v1", checked, "o-01", T0)))
                .sha256())
        .isEqualTo(new Sha256(hex));
  }

  @Test
  void something_that_is_not_an_event_is_refused() {
    CampaignEvent foreign =
        new CampaignEvent() {
          @Override
          public Actor actor() {
            return Actor.officeStaff("o-1", "陈老师");
          }

          @Override
          public Instant at() {
            return Instant.EPOCH;
          }

          @Override
          public Feature feature() {
            return Feature.SIGN_OFF;
          }
        };
    assertThatThrownBy(() -> codec.encode(foreign)).isInstanceOf(IllegalArgumentException.class);
  }
}
