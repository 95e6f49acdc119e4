package io.gradcap.examples.demo;

import io.gradcap.core.capture.Captures;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.spi.event.EventStore;
import java.util.List;

/**
 * Every decision of the demo recorded through the {@link CampaignJournal}: one append per decision,
 * keyed by the command, so running the demo again on the same database stores nothing twice (the
 * demo's clock is fixed, so its commands are the same every run). Counts what it handed over and
 * what the store already held. The journal decides each command on the campaign it folded from the
 * store; the demo's own decision on its copy of the feature state must agree.
 */
public final class DemoJournal {

  private final EventStore store;
  private final CampaignJournal journal;
  private int events;
  private int decisions;
  private int alreadyStored;

  public DemoJournal(
      EventStore store,
      CampaignState start,
      ChangeDecider changes,
      Captures captures,
      ImageConfirmation images,
      RecordCards recordCards) {
    this.store = store;
    this.journal = DemoStart.journal(store, start, changes, captures, images, recordCards);
  }

  /**
   * Executes the command on the journal, which decides on the campaign as the store holds it;
   * {@code batch} is what the demo decided on its own copy of the feature state, counted as handed
   * over.
   */
  public void record(CampaignCommand<?> command, List<? extends CampaignEvent> batch) {
    long before = journal.position();
    Decision<? extends CampaignEvent> decision = journal.execute(command);
    // On a re-run the store holds the outcome already: the journal decides nothing more, or what
    // it decides again (a second photograph refused) is the command it stored before.
    boolean heldBefore = journal.position() == before;
    if (!batch.isEmpty()) {
      events += batch.size();
      decisions++;
      if (heldBefore) {
        alreadyStored++;
      }
    }
  }

  /** The campaign as the journal folded it from the store. */
  public CampaignState state() {
    return journal.state();
  }

  /** Events handed to the journal in this run (stored now or recognised as stored before). */
  public int events() {
    return events;
  }

  /** Decisions recorded in this run, one append each. */
  public int appends() {
    return decisions;
  }

  /** Decisions of this run the store already held from an earlier run. */
  public int alreadyStored() {
    return alreadyStored;
  }

  /** The whole log's head position: how much the database holds. */
  public long head() {
    return store.headPosition();
  }
}
