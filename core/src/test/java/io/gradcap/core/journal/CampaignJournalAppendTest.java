package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import org.junit.jupiter.api.Test;

/** Appending without putting the campaign together, and commands already folded not sent again. */
class CampaignJournalAppendTest {

  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final CountingStore store = new CountingStore(memory);

  private CampaignJournal journal() {
    return CampaignScenario.journal(store).name("campaign:2024").start(START).build();
  }

  @Test
  void execute_records_each_decision_and_a_reload_folds_to_the_same_campaign() {
    CampaignJournal appending = journal();
    SignOffCommand sign = new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0));
    assertThat(appending.execute(sign).events())
        .singleElement()
        .isEqualTo(new SignOffEvent.SignedAsCorrect(ZHANG.student(), student(ZHANG), at(0)));
    long position = appending.position();
    RecordCardCommand receive = new RecordCardCommand.Receive(COUNSELLOR, at(1), LI.student());
    assertThat(appending.execute(receive).events())
        .singleElement()
        .isEqualTo(new RecordCardEvent.Received(LI.student(), COUNSELLOR, at(1)));
    long next = appending.position();

    assertThat(position).isEqualTo(1);
    assertThat(next).isEqualTo(memory.headPosition()).isEqualTo(2);
    CampaignState reloaded = journal().open();
    assertThat(appending.state()).isEqualTo(reloaded);
    assertThat(reloaded.recordCards().received()).containsOnlyKeys(LI.student());
    assertThat(reloaded.signOffs().get(SOFTWARE_1).outcome(ZHANG.student()).signedAt())
        .isEqualTo(at(0));
  }

  @Test
  void a_campaign_run_again_sends_the_store_only_what_it_does_not_hold() {
    CampaignJournal first = journal();
    first.open();
    run(first);
    int appends = store.appends;
    long head = memory.headPosition();

    CampaignJournal again = journal();
    again.open();
    run(again);

    // Each step decides again on the folded state: one decision now differs (a make-up booking for
    // a student already made up is refused, and the refusal would go to the student's stream), but
    // it is the same command, recorded once already.
    assertThat(memory.headPosition()).isEqualTo(head);
    assertThat(store.appends - appends).isZero();
  }

  @Test
  void the_same_decision_recorded_again_is_not_sent_to_the_store() {
    CampaignJournal journal = journal();
    journal.open();
    SignOffCommand sign = new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0));
    journal.execute(sign);

    CampaignJournal reopened = journal();
    reopened.open();
    assertThat(reopened.execute(sign).events()).isEmpty();
    assertThat(reopened.position()).isEqualTo(1);
    assertThat(store.appends).isEqualTo(1);
  }

  @Test
  void after_its_own_append_the_journal_reads_one_page_not_an_empty_one_more() {
    CampaignJournal journal = journal();
    journal.open();
    int reads = store.reads;
    journal.execute(new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0)));
    assertThat(store.reads - reads).isEqualTo(1);
    // catchUp still reads to the end of the log.
    reads = store.reads;
    journal.catchUp();
    assertThat(store.reads - reads).isEqualTo(1);
  }

  /** Counts appends and pages read. */
  private static final class CountingStore extends ForwardingEventStore {
    int appends;
    int reads;

    CountingStore(EventStore store) {
      super(store);
    }

    @Override
    public AppendResult append(AppendRequest request) {
      appends++;
      return store.append(request);
    }

    @Override
    public EventPage readAll(long fromPosition, int maxCount) {
      reads++;
      return store.readAll(fromPosition, maxCount);
    }
  }
}
