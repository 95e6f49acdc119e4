package io.gradcap.examples.demo;

import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.spi.event.EventStore;
import java.util.List;

/**
 * Every decision of the demo recorded through the {@link CampaignJournal}: one append per decision,
 * keyed by the command, so running the demo again on the same database stores nothing twice (the
 * demo's clock is fixed, so its commands are the same every run). Counts what it handed over and
 * what the store already held. The demo decides on its own feature states, so it appends without
 * asking the journal for the whole campaign after each decision.
 */
public final class DemoJournal {

  private final EventStore store;
  private final CampaignJournal journal;
  private int events;
  private int decisions;
  private int alreadyStored;

  public DemoJournal(EventStore store, CampaignState start) {
    this.store = store;
    this.journal = DemoStart.journal(store, start);
  }

  /**
   * The journal folds what it appends, so a position that did not move means the store held the
   * decision already.
   */
  private void count(List<?> batch, long before, long after) {
    if (!batch.isEmpty()) {
      events += batch.size();
      decisions++;
      if (after == before) {
        alreadyStored++;
      }
    }
  }

  public void record(SignOffCommand command, List<SignOffEvent> batch) {
    long before = journal.position();
    count(batch, before, journal.append(command, batch));
  }

  public void record(ChangeCommand command, List<ChangeEvent> batch) {
    long before = journal.position();
    count(batch, before, journal.append(command, batch));
  }

  public void record(CaptureCommand command, List<CaptureEvent> batch) {
    long before = journal.position();
    count(batch, before, journal.append(command, batch));
  }

  public void record(ImageCommand command, List<ImageEvent> batch) {
    long before = journal.position();
    count(batch, before, journal.append(command, batch));
  }

  public void record(RecordCardCommand command, List<RecordCardEvent> batch) {
    long before = journal.position();
    count(batch, before, journal.append(command, batch));
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
