package io.gradcap.examples.demo;

import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.spi.event.EventStore;

/**
 * The one place where the examples hand a command to the campaign: {@link CampaignJournal#execute}
 * decides it on the campaign as folded from the store, with the deciders of {@link DemoRules}, and
 * records the decision, one append per decision. A host's own adapter looks the same.
 *
 * <p>The journal keys each append by its command, and the demo's clock is fixed, so running the
 * demo again on the same database stores nothing twice: a command already recorded is recognised
 * and counted, not stored again. A refusal records nothing, except a capture refused at the camera,
 * which the office keeps.
 */
public final class DemoJournal {

  private final EventStore store;
  private final CampaignJournal journal;
  private final DemoRules rules;
  private int events;
  private int decisions;
  private int alreadyStored;

  /** The journal of the campaign that starts as {@code start}, on {@code store}, opened. */
  public DemoJournal(EventStore store, CampaignState start, DemoRules rules) {
    this(store, DemoStart.journal(store, start, rules), rules);
  }

  /**
   * An adapter over a journal the host built and opened on its own store, deciding with {@code
   * rules} (see {@link DemoRules#configure}).
   */
  public DemoJournal(EventStore store, CampaignJournal journal, DemoRules rules) {
    this.store = store;
    this.journal = journal;
    this.rules = rules;
  }

  /** A sign-off outcome (R2–R5), decided on the student's class sheet. */
  public Decision<SignOffEvent> signOff(SignOffCommand command) {
    return execute(command);
  }

  /** A step of a change request (R3). */
  public Decision<ChangeEvent> change(ChangeCommand command) {
    return execute(command);
  }

  /** A capture-day command (R11–R14): a photograph, an absence, a make-up, a fee. */
  public Decision<CaptureEvent> capture(CaptureCommand command) {
    return execute(command);
  }

  /** A step of a student's graduation image (R16–R18). */
  public Decision<ImageEvent> image(ImageCommand command) {
    return execute(command);
  }

  /** A record card received or a class's register handed over (R8). */
  public Decision<RecordCardEvent> recordCard(RecordCardCommand command) {
    return execute(command);
  }

  /**
   * The journal folds what it appends, so a position that did not move means the store held the
   * decision already.
   */
  private <E extends CampaignEvent> Decision<E> execute(CampaignCommand<E> command) {
    long before = journal.position();
    Decision<E> decision = journal.execute(command);
    if (!decision.events().isEmpty()) {
      events += decision.events().size();
      decisions++;
      if (journal.position() == before) {
        alreadyStored++;
      }
    }
    return decision;
  }

  /** The campaign as the journal folded it from the store. */
  public CampaignState state() {
    return journal.state();
  }

  /** The deciders this journal decides with. */
  DemoRules rules() {
    return rules;
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
