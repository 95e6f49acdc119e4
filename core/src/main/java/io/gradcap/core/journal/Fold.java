package io.gradcap.core.journal;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.certificate.CertificateEvent;
import io.gradcap.core.certificate.CertificateState;
import io.gradcap.core.certificate.CertificateSubmissions;
import io.gradcap.core.change.ChangeBook;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.CardReceipt;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.recordcard.RecordCardState;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.signoff.SignOff;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.signoff.StudentOutcome;
import io.gradcap.spi.event.StoredEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The campaign being folded: mutable working copies of each feature's state, the version of every
 * stream and the last position folded. Capture and record-card events are gathered and folded in
 * one linear pass when the state is asked for, since their single-event folds copy the whole state.
 */
final class Fold {

  /**
   * The encoding of a snapshot (see {@link SnapshotCodec}); a snapshot of another format, such as
   * the object-per-value {@code gradcap-campaign/1} of earlier versions, is ignored.
   */
  static final String SNAPSHOT_FORMAT = SnapshotCodec.FORMAT;

  private final CampaignState start;
  private final Map<StudentNumber, ClassRef> sheetOf = new HashMap<>();
  private final Map<ClassRef, SignOffState> signOffs;

  /** The sheets events changed since the state was last asked for, as working copies. */
  private final Map<ClassRef, SheetFold> sheets = new HashMap<>();

  private ChangeBook changes;
  private CaptureState captures;
  private final List<CaptureEvent> captureTail = new ArrayList<>();
  private final Map<StudentNumber, ImageState> images;
  private RecordCardState recordCards;
  private CertificateState certificates;
  private final List<RecordCardEvent> recordCardTail = new ArrayList<>();
  private final Map<String, Long> versions;
  private long position;
  private long folded;

  private Fold(CampaignState start, CampaignState from, Map<String, Long> versions, long position) {
    this.start = start;
    start.signOffs().forEach((c, s) -> s.outcomes().keySet().forEach(n -> sheetOf.put(n, c)));
    signOffs = new LinkedHashMap<>(from.signOffs());
    changes = from.changes();
    captures = from.captures();
    images = new LinkedHashMap<>(from.images());
    recordCards = from.recordCards();
    certificates = from.certificates();
    this.versions = new HashMap<>(versions);
    this.position = position;
  }

  /** Nothing folded yet. */
  static Fold of(CampaignState start) {
    return new Fold(start, start, Map.of(), 0);
  }

  long position() {
    return position;
  }

  /** How many events were folded since this fold was made. */
  long folded() {
    return folded;
  }

  long version(String streamId) {
    return versions.getOrDefault(streamId, 0L);
  }

  /** Folds one stored event, decoded. */
  void accept(StoredEvent stored, CampaignEvent event) {
    switch (event.feature()) {
      case SIGN_OFF -> {
        SignOffEvent e = (SignOffEvent) event;
        ClassRef sheet = sheetOf.get(e.student());
        if (sheet == null) {
          throw new GradcapException(ErrorCode.EVENT_OUTSIDE_CAMPAIGN, stored.type(), e.student());
        }
        sheet(sheet).accept(e);
      }
      case CHANGE -> changes = ChangeDecider.evolve(changes, (ChangeEvent) event);
      case CAPTURE -> captureTail.add((CaptureEvent) event);
      case IMAGE -> {
        ImageEvent e = (ImageEvent) event;
        ImageState image = images.get(e.student());
        if (image == null) {
          throw new GradcapException(ErrorCode.EVENT_OUTSIDE_CAMPAIGN, stored.type(), e.student());
        }
        images.put(e.student(), ImageConfirmation.evolve(image, e));
      }
      case CERTIFICATE ->
          certificates = CertificateSubmissions.evolve(certificates, (CertificateEvent) event);
      case RECORD_CARD -> recordCardTail.add((RecordCardEvent) event);
    }
    versions.put(stored.streamId(), stored.version());
    position = stored.position();
    folded++;
  }

  private SheetFold sheet(ClassRef sheet) {
    return sheets.computeIfAbsent(
        sheet, c -> new SheetFold(Objects.requireNonNull(signOffs.get(c))));
  }

  /**
   * The sign-off state of the student's class as folded so far; empty for a student on no sheet.
   */
  Optional<SignOffState> signOff(StudentNumber student) {
    ClassRef sheet = sheetOf.get(student);
    return sheet == null ? Optional.empty() : Optional.of(sheet(sheet).state());
  }

  /** Every change request as folded so far. */
  ChangeBook changes() {
    return changes;
  }

  /** The capture ledger as folded so far. */
  CaptureState captures() {
    if (!captureTail.isEmpty()) {
      captures = Captures.replay(captures, captureTail);
      captureTail.clear();
    }
    return captures;
  }

  /** The student's image as folded so far; empty for a student not on the roster. */
  Optional<ImageState> image(StudentNumber student) {
    return Optional.ofNullable(images.get(student));
  }

  /** Each college's certificate submission as folded so far. */
  CertificateState certificates() {
    return certificates;
  }

  /** The record cards as folded so far. */
  RecordCardState recordCards() {
    if (!recordCardTail.isEmpty()) {
      recordCards = RecordCards.replay(recordCards, recordCardTail);
      recordCardTail.clear();
    }
    return recordCards;
  }

  /** The campaign as folded so far. */
  CampaignState state() {
    if (!sheets.isEmpty()) {
      sheets.forEach((c, sheet) -> signOffs.put(c, sheet.state()));
      sheets.clear();
    }
    return new CampaignState(signOffs, changes, captures(), images, recordCards(), certificates);
  }

  /**
   * A class's sign-off being folded. {@link SignOff#evolve} copies the whole class per event; an
   * event changes only its own student's row, so each is folded on a state holding just that row,
   * and the rows are gathered into the class's state once, when it is asked for.
   */
  private static final class SheetFold {
    private final SignOffState base;
    private final Map<StudentNumber, StudentRecord> records;
    private final Map<StudentNumber, StudentOutcome> outcomes;

    SheetFold(SignOffState base) {
      this.base = base;
      records = new LinkedHashMap<>(base.records());
      outcomes = new LinkedHashMap<>(base.outcomes());
    }

    void accept(SignOffEvent e) {
      StudentNumber n = e.student();
      StudentRecord record = records.get(n);
      StudentOutcome outcome = outcomes.get(n);
      SignOffState row =
          new SignOffState(
              base.sheet(),
              base.fieldClasses(),
              record == null ? Map.of() : Map.of(n, record),
              outcome == null ? Map.of() : Map.of(n, outcome));
      SignOffState next = SignOff.evolve(row, e);
      next.records().forEach(records::put);
      next.outcomes().forEach(outcomes::put);
    }

    SignOffState state() {
      return new SignOffState(base.sheet(), base.fieldClasses(), records, outcomes);
    }
  }

  /**
   * The snapshot's state: what the events changed, never what the start holds (sheets, records as
   * printed, the roster), so a snapshot is only as large as the campaign's progress.
   */
  byte[] encode() {
    CampaignState s = state();
    Map<ClassRef, List<StudentOutcome>> outcomes = new LinkedHashMap<>();
    s.signOffs()
        .forEach(
            (c, state) -> {
              SignOffState initial = start.signOffs().get(c);
              List<StudentOutcome> changed = new ArrayList<>();
              state
                  .outcomes()
                  .forEach(
                      (n, o) -> {
                        if (initial == null || !o.equals(initial.outcomes().get(n))) {
                          changed.add(o);
                        }
                      });
              if (!changed.isEmpty()) {
                outcomes.put(c, changed);
              }
            });
    List<ImageState> images = new ArrayList<>();
    s.images()
        .forEach(
            (n, image) -> {
              if (!image.equals(start.images().get(n))) {
                images.add(image);
              }
            });
    return SnapshotCodec.write(
        new SnapshotCodec.Saved(
            position,
            versions,
            outcomes,
            List.copyOf(s.changes().requests().values()),
            s.changes().lockedRecords(),
            s.changes().history(),
            s.captures(),
            images,
            List.copyOf(s.recordCards().received().values()),
            s.recordCards().handovers(),
            s.certificates()));
  }

  /**
   * The fold a snapshot saved, over the same start.
   *
   * @throws RuntimeException if the snapshot is not of {@link #SNAPSHOT_FORMAT} or does not fit the
   *     start
   */
  static Fold decode(CampaignState start, byte[] snapshot) {
    SnapshotCodec.Saved saved = SnapshotCodec.read(snapshot);
    for (ClassRef sheet : saved.outcomes().keySet()) {
      if (!start.signOffs().containsKey(sheet)) {
        throw new IllegalArgumentException("the snapshot names a class the start does not have");
      }
    }
    Map<ClassRef, SignOffState> signOffs = new LinkedHashMap<>();
    start
        .signOffs()
        .forEach(
            (c, initial) ->
                signOffs.put(c, signOff(initial, saved.outcomes().getOrDefault(c, List.of()))));
    ChangeBook changes = ChangeBook.restore(saved.requests(), saved.locked(), saved.history());
    Map<StudentNumber, ImageState> images = new LinkedHashMap<>(start.images());
    for (ImageState image : saved.images()) {
      if (images.put(image.subject().student(), image) == null) {
        throw new IllegalArgumentException("the snapshot names a student the start does not have");
      }
    }
    TreeMap<StudentNumber, CardReceipt> received = new TreeMap<>();
    for (CardReceipt r : saved.receipts()) {
      received.put(r.entry().student(), r);
    }
    RecordCardState cards =
        new RecordCardState(start.recordCards().roster(), received, saved.handovers());
    CampaignState from =
        new CampaignState(signOffs, changes, saved.captures(), images, cards, saved.certificates());
    return new Fold(start, from, saved.versions(), saved.position());
  }

  /**
   * A class's sign-off with the saved outcomes: each record is the printed one with its corrections
   * applied in order.
   */
  private static SignOffState signOff(SignOffState initial, List<StudentOutcome> saved) {
    if (saved.isEmpty()) {
      return initial;
    }
    Map<StudentNumber, StudentOutcome> outcomes = new LinkedHashMap<>(initial.outcomes());
    Map<StudentNumber, StudentRecord> records = new LinkedHashMap<>(initial.records());
    for (StudentOutcome o : saved) {
      outcomes.put(o.student(), o);
      StudentRecord r = initial.record(o.student());
      for (SignOffEvent.FieldCorrected c : o.corrections()) {
        r = r.with(c.field(), c.newValue());
      }
      records.put(o.student(), r);
    }
    return new SignOffState(initial.sheet(), initial.fieldClasses(), records, outcomes);
  }
}
