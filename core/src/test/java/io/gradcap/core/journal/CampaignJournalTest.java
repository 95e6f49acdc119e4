package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.*;
import static io.gradcap.core.testing.Decisions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.PortException;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CampaignJournalTest {

  private final InMemoryEventStore store = new InMemoryEventStore();

  private CampaignJournal journal(EventStore on) {
    return CampaignScenario.journal(on)
        .name("campaign:2024")
        .start(START)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .pageSize(7)
        .build();
  }

  @Test
  void a_campaign_recorded_reloads_identically_in_a_fresh_journal() {
    CampaignJournal writer = journal(store);
    writer.open();
    CampaignState recorded = run(writer);

    CampaignState reloaded = journal(store).open();

    assertThat(reloaded).isEqualTo(recorded);
    assertThat(reloaded).isNotEqualTo(START);
    assertThat(reloaded.changes().history())
        .singleElement()
        .satisfies(c -> assertThat(c.newValue()).isEqualTo(NEW_ID));
    assertThat(reloaded.changes().lockedRecords()).containsExactly(SUN.student());
    assertThat(reloaded.signOffs().get(SOFTWARE_1).record(LI.student()).text(RecordField.MAJOR))
        .isEqualTo("软件工程");
    assertThat(reloaded.signOffs().get(SOFTWARE_1).outcome(ZHANG.student()).changeRequests())
        .hasSize(1);
    assertThat(reloaded.captures().collective()).containsExactly(ZHANG.student());
    assertThat(reloaded.captures().madeUp()).containsExactly(LI.student());
    assertThat(reloaded.images().get(ZHANG.student()).status()).isEqualTo(ImageStatus.CONFIRMED);
    assertThat(reloaded.images().get(LI.student()).status()).isEqualTo(ImageStatus.RESOLVED);
    assertThat(reloaded.recordCards().handovers()).hasSize(1);
  }

  @Test
  void the_store_holds_the_id_numbers_in_full_but_the_state_never_shows_them() {
    CampaignJournal writer = journal(store);
    writer.open();
    CampaignState state = run(writer);
    String payloads =
        String.join(
            "\n", store.readAll(1, 1000).events().stream().map(StoredEvent::payloadText).toList());
    assertThat(payloads).contains(OLD_ID, NEW_ID);
    assertThat(state.toString()).doesNotContain(OLD_ID, NEW_ID);
    assertThat(writer.toString()).doesNotContain(OLD_ID, NEW_ID);
  }

  @Test
  void events_go_to_the_stream_of_their_student_class_slot_or_college() {
    CampaignJournal writer = journal(store);
    writer.open();
    run(writer);
    Set<String> streams = new HashSet<>();
    store.readAll(1, 1000).events().forEach(e -> streams.add(e.streamId()));
    assertThat(streams)
        .containsExactlyInAnyOrder(
            "student/2021010101",
            "student/2021010102",
            "student/2021010103",
            "student/2021020201",
            "student/2021020202",
            "slot/m-1",
            "class/软件工程学院/21软件1班",
            "college/软件工程学院");
  }

  @Test
  void a_command_sent_twice_is_stored_once() {
    CampaignJournal writer = journal(store);
    writer.open();
    SignOffCommand sign = new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0));
    assertThat(writer.execute(sign).events()).hasSize(1);
    CampaignState first = writer.state();
    long head = store.headPosition();

    Decision<?> again = writer.execute(sign);

    assertThat(again.isAccepted()).isTrue();
    assertThat(again.events()).isEmpty();
    assertThat(store.headPosition()).isEqualTo(head);
    assertThat(writer.state()).isEqualTo(first);
  }

  @Test
  void a_retry_after_a_lost_answer_is_stored_once() {
    LosingStore losing = new LosingStore(store);
    CampaignJournal writer = journal(losing);
    writer.open();
    RecordCardCommand receive = new RecordCardCommand.Receive(COUNSELLOR, at(1), ZHANG.student());
    losing.loseNext = true;
    assertThatThrownBy(() -> writer.execute(receive)).isInstanceOf(PortException.class);

    writer.execute(receive);
    CampaignState state = writer.state();

    assertThat(store.headPosition()).isEqualTo(1);
    assertThat(state.recordCards().received()).containsOnlyKeys(ZHANG.student());
  }

  @Test
  void a_decision_on_stale_state_is_a_version_conflict_and_execute_decides_again() {
    CampaignJournal first = journal(store);
    CampaignJournal second = journal(store);
    CampaignJournal once = CampaignScenario.journal(store).start(START).maxAttempts(1).build();
    first.open();
    second.open();
    once.open();
    first.execute(new RecordCardCommand.Receive(COUNSELLOR, at(1), ZHANG.student()));

    // Decided on a state that has not seen the first receipt: the append expects version 0.
    RecordCardCommand receiveAgain =
        new RecordCardCommand.Receive(COUNSELLOR, at(2), ZHANG.student());
    assertThatThrownBy(() -> once.execute(receiveAgain))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.streamId()).isEqualTo("student/2021010101");
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });

    // With attempts left, the journal catches up and decides again: now a second receipt.
    Decision<?> decision = second.execute(receiveAgain);
    assertThat(decision.refusal())
        .hasValueSatisfying(f -> assertThat(f.rule()).isEqualTo("R8.card.received-once"));
    assertThat(store.headPosition()).isEqualTo(1);
    assertThat(second.state()).isEqualTo(first.catchUp());
  }

  @Test
  void a_refusal_on_stale_state_is_decided_again_once_caught_up() {
    CampaignJournal first = journal(store);
    CampaignJournal second = journal(store);
    first.open();
    second.open();
    first.execute(new RecordCardCommand.Receive(COUNSELLOR, at(1), ZHANG.student()));

    // On second's state the card was never received, so giving it back would be refused.
    Decision<?> decision =
        second.execute(new RecordCardCommand.GiveBack(COUNSELLOR, at(2), ZHANG.student(), "盖章不清"));

    assertThat(decision.isAccepted()).isTrue();
    assertThat(second.state().recordCards().received()).isEmpty();
    assertThat(store.headPosition()).isEqualTo(2);
    assertThat(first.catchUp()).isEqualTo(second.state());
  }

  @Test
  void a_snapshot_and_the_events_after_it_fold_to_what_the_whole_log_folds_to() {
    CampaignJournal writer = journal(store);
    writer.open();
    List<Consumer<CampaignJournal>> steps = steps();
    int half = steps.size() / 2;
    steps.subList(0, half).forEach(s -> s.accept(writer));
    Snapshot snapshot = writer.saveSnapshot();
    steps.subList(half, steps.size()).forEach(s -> s.accept(writer));

    CountingStore counting = new CountingStore(store);
    CampaignState fromSnapshot = journal(counting).open();
    CampaignState fromScratch =
        CampaignScenario.journal(store).name("no-snapshot").start(START).build().open();

    assertThat(fromSnapshot).isEqualTo(fromScratch).isEqualTo(writer.state());
    assertThat(counting.read).isEqualTo(store.headPosition() - snapshot.position());
  }

  @Test
  void a_snapshot_of_the_whole_log_reloads_with_nothing_left_to_fold() {
    CampaignJournal writer = journal(store);
    writer.open();
    CampaignState state = run(writer);
    writer.saveSnapshot();
    CountingStore counting = new CountingStore(store);
    assertThat(journal(counting).open()).isEqualTo(state);
    assertThat(counting.read).isZero();
  }

  @Test
  void opening_saves_a_snapshot_when_the_tail_was_long() {
    CampaignJournal writer = journal(store);
    writer.open();
    CampaignState state = run(writer);
    assertThat(store.latestSnapshot("campaign:2024")).isEmpty();

    CampaignScenario.journal(store)
        .name("campaign:2024")
        .start(START)
        .snapshotAfter(10)
        .build()
        .open();

    assertThat(store.latestSnapshot("campaign:2024"))
        .get()
        .satisfies(s -> assertThat(s.position()).isEqualTo(store.headPosition()));
    assertThat(journal(store).open()).isEqualTo(state);
  }

  @Test
  void a_snapshot_of_an_unknown_format_or_unreadable_is_ignored() {
    CampaignJournal writer = journal(store);
    writer.open();
    CampaignState state = run(writer);
    store.saveSnapshot(
        new Snapshot(
            "campaign:2024", "campaign-state/99", store.headPosition(), new byte[] {1}, T0));
    assertThat(journal(store).open()).isEqualTo(state);
    store.saveSnapshot(
        new Snapshot(
            "campaign:2024",
            "gradcap-campaign/1",
            store.headPosition(),
            "{\"position\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            T0));
    assertThat(journal(store).open()).isEqualTo(state);
  }

  @Test
  void an_event_type_this_version_does_not_know_is_a_clear_error() {
    store.append(
        AppendRequest.of(
            "student/1", 0, "k-1", NewEvent.of("signoff.signed.v9", "{}", "t-01", T0)));
    assertThatThrownBy(() -> journal(store).open())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_EVENT_TYPE));
  }

  @Test
  void an_event_about_a_student_outside_the_campaign_is_a_clear_error() {
    CampaignJournal writer = journal(store);
    writer.open();
    io.gradcap.core.record.StudentNumber stranger = io.gradcap.core.record.StudentNumber.of("2099");
    store.append(
        AppendRequest.of(
            "student/2099",
            0,
            "k-1",
            JournalCodec.instance()
                .encode(new SignOffEvent.SignedAsCorrect(stranger, COUNSELLOR, T0))));
    assertThatThrownBy(writer::catchUp)
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_OUTSIDE_CAMPAIGN));
  }

  @Test
  void a_refused_command_stores_nothing_and_says_why() {
    CampaignJournal writer = journal(store);
    writer.open();
    Actor animation = Actor.counsellor("t-9", "赵老师", Set.of("21动画2班"));

    Decision<?> decision =
        writer.execute(new SignOffCommand.Sign(ZHANG.student(), animation, at(0)));

    assertRefused(decision, ErrorCode.OUT_OF_SCOPE);
    assertThat(store.headPosition()).isZero();
    assertThat(writer.state()).isEqualTo(START);
  }

  @Test
  void a_capture_refused_at_the_camera_is_kept_on_the_students_stream() {
    CampaignJournal writer = journal(store);
    writer.open();

    Decision<?> decision =
        writer.execute(
            new CaptureCommand.Capture(
                CENTRE, at(0), ZHANG, io.gradcap.core.capture.Session.COLLECTIVE, false, ""));

    assertThat(decision.refusal())
        .hasValueSatisfying(f -> assertThat(f.rule()).isEqualTo("R11.capture-code.none"));
    assertThat(store.readAll(1, 10).events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.streamId()).isEqualTo("student/2021010101");
              assertThat(e.type())
                  .isEqualTo(JournalCodec.instance().typeName(decision.events().get(0)));
            });
    assertThat(writer.state().captures().collective()).isEmpty();
  }

  @Test
  void a_journal_without_a_features_rules_refuses_its_commands_plainly() {
    CampaignJournal signOffOnly = CampaignJournal.builder(store).start(START).build();
    signOffOnly.open();

    assertThatThrownBy(
            () ->
                signOffOnly.execute(
                    new RecordCardCommand.Receive(COUNSELLOR, at(1), ZHANG.student())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recordCards");
    assertThat(
            signOffOnly
                .execute(new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0)))
                .events())
        .hasSize(1);
  }

  @Test
  void a_journal_needs_its_start() {
    assertThatThrownBy(() -> CampaignScenario.journal(store).build())
        .isInstanceOfSatisfying(
            GradcapException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_STORED_START));
  }

  /** Stores the append, then loses the answer once, as a dropped connection would. */
  private static final class LosingStore extends ForwardingEventStore {
    boolean loseNext;

    LosingStore(EventStore store) {
      super(store);
    }

    @Override
    public AppendResult append(AppendRequest request) {
      AppendResult result = store.append(request);
      if (loseNext) {
        loseNext = false;
        throw new PortException("memory", "connection lost");
      }
      return result;
    }
  }

  /** Counts the events read from the whole log. */
  private static final class CountingStore extends ForwardingEventStore {
    long read;

    CountingStore(EventStore store) {
      super(store);
    }

    @Override
    public EventPage readAll(long fromPosition, int maxCount) {
      EventPage page = store.readAll(fromPosition, maxCount);
      read += page.events().size();
      return page;
    }
  }
}
