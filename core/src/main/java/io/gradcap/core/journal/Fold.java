package io.gradcap.core.journal;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.change.ChangeBook;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.CardReceipt;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
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
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The campaign being folded: mutable working copies of each feature's state, the version of every
 * stream and the last position folded. Capture and record-card events are gathered and folded in
 * one linear pass when the state is asked for, since their single-event folds copy the whole state.
 */
final class Fold {

  /** The encoding of a snapshot; a snapshot of another format is ignored. */
  static final String SNAPSHOT_FORMAT = "gradcap-campaign/1";

  /** Reads a snapshot's parts one after the other from one parser, so what follows a part is not an error. */
  private static final ObjectMapper JSON = JournalCodec.mapper().rebuild()
      .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final CampaignState start;
  private final Map<StudentNumber, ClassRef> sheetOf = new HashMap<>();
  private final Map<ClassRef, SignOffState> signOffs;
  private ChangeBook changes;
  private CaptureState captures;
  private final List<CaptureEvent> captureTail = new ArrayList<>();
  private final Map<StudentNumber, ImageState> images;
  private RecordCardState recordCards;
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
  void accept(StoredEvent stored, Object event) {
    if (event instanceof SignOffEvent e) {
      ClassRef sheet = sheetOf.get(e.student());
      if (sheet == null) {
        throw new GradcapException(ErrorCode.EVENT_OUTSIDE_CAMPAIGN, stored.type(), e.student());
      }
      signOffs.put(sheet, SignOff.evolve(signOffs.get(sheet), e));
    } else if (event instanceof ChangeEvent e) {
      changes = ChangeDecider.evolve(changes, e);
    } else if (event instanceof CaptureEvent e) {
      captureTail.add(e);
    } else if (event instanceof ImageEvent e) {
      ImageState image = images.get(e.student());
      if (image == null) {
        throw new GradcapException(ErrorCode.EVENT_OUTSIDE_CAMPAIGN, stored.type(), e.student());
      }
      images.put(e.student(), ImageConfirmation.evolve(image, e));
    } else if (event instanceof RecordCardEvent e) {
      recordCardTail.add(e);
    }
    versions.put(stored.streamId(), stored.version());
    position = stored.position();
    folded++;
  }

  /** The campaign as folded so far. */
  CampaignState state() {
    if (!captureTail.isEmpty()) {
      captures = Captures.replay(captures, captureTail);
      captureTail.clear();
    }
    if (!recordCardTail.isEmpty()) {
      recordCards = RecordCards.replay(recordCards, recordCardTail);
      recordCardTail.clear();
    }
    return new CampaignState(signOffs, changes, captures, images, recordCards);
  }

  /**
   * The snapshot's state: what the events changed, never what the start holds (sheets, records as
   * printed, the roster), so a snapshot is only as large as the campaign's progress.
   */
  byte[] encode() {
    CampaignState s = state();
    ObjectNode root = JSON.createObjectNode();
    root.put("position", position);
    root.set("versions", JSON.valueToTree(versions));
    ObjectNode outcomes = root.putObject("signOffOutcomes");
    s.signOffs().forEach((c, state) -> outcomes.set(c.toString(), JSON.valueToTree(List.copyOf(state.outcomes().values()))));
    root.set("changeRequests", JSON.valueToTree(List.copyOf(s.changes().requests().values())));
    root.set("lockedRecords", JSON.valueToTree(List.copyOf(s.changes().lockedRecords())));
    root.set("fieldChanges", JSON.valueToTree(List.copyOf(s.changes().history())));
    root.set("captures", JSON.valueToTree(s.captures()));
    root.set("images", JSON.valueToTree(List.copyOf(s.images().values())));
    root.set("cardsReceived", JSON.valueToTree(List.copyOf(s.recordCards().received().values())));
    root.set("handovers", JSON.valueToTree(s.recordCards().handovers()));
    return JSON.writeValueAsBytes(root);
  }

  /** The fold a snapshot saved, over the same start; read as a stream, never as a tree. */
  static Fold decode(CampaignState start, byte[] snapshot) {
    long position = -1;
    Map<String, Long> versions = Map.of();
    Map<String, List<StudentOutcome>> outcomes = new HashMap<>();
    List<ChangeRequest> requests = List.of();
    List<StudentNumber> locked = List.of();
    List<ChangeEvent.RecordFieldChanged> history = List.of();
    CaptureState captures = CaptureState.EMPTY;
    List<ImageState> imageList = List.of();
    List<CardReceipt> receipts = List.of();
    List<HandoverLine> handovers = List.of();
    try (JsonParser p = JSON.createParser(snapshot)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "position" -> position = p.getLongValue();
          case "versions" -> versions = JSON.readValue(p, new TypeReference<Map<String, Long>>() {});
          case "signOffOutcomes" -> {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String sheet = p.currentName();
              p.nextToken();
              outcomes.put(sheet, JSON.readValue(p, new TypeReference<List<StudentOutcome>>() {}));
            }
          }
          case "changeRequests" -> requests = JSON.readValue(p, new TypeReference<List<ChangeRequest>>() {});
          case "lockedRecords" -> locked = JSON.readValue(p, new TypeReference<List<StudentNumber>>() {});
          case "fieldChanges" -> history = JSON.readValue(p, new TypeReference<List<ChangeEvent.RecordFieldChanged>>() {});
          case "captures" -> captures = JSON.readValue(p, CaptureState.class);
          case "images" -> imageList = JSON.readValue(p, new TypeReference<List<ImageState>>() {});
          case "cardsReceived" -> receipts = JSON.readValue(p, new TypeReference<List<CardReceipt>>() {});
          case "handovers" -> handovers = JSON.readValue(p, new TypeReference<List<HandoverLine>>() {});
          default -> p.skipChildren();
        }
      }
    }
    if (position < 0) {
      throw new IllegalArgumentException("the snapshot names no position");
    }
    Map<ClassRef, SignOffState> signOffs = new LinkedHashMap<>();
    start.signOffs().forEach((c, initial) -> signOffs.put(c, signOff(initial, outcomes.getOrDefault(c.toString(), List.of()))));
    ChangeBook changes = ChangeBook.restore(requests, new java.util.LinkedHashSet<>(locked), history);
    Map<StudentNumber, ImageState> images = new LinkedHashMap<>(start.images());
    for (ImageState image : imageList) {
      images.put(image.subject().student(), image);
    }
    TreeMap<StudentNumber, CardReceipt> received = new TreeMap<>();
    for (CardReceipt r : receipts) {
      received.put(r.entry().student(), r);
    }
    RecordCardState cards = new RecordCardState(start.recordCards().roster(), received, handovers);
    CampaignState from = new CampaignState(signOffs, changes, captures, images, cards);
    return new Fold(start, from, versions, position);
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalArgumentException("snapshot: expected " + expected + ", found " + actual);
    }
  }

  /** A class's sign-off with the saved outcomes: each record is the printed one with its corrections applied in order. */
  private static SignOffState signOff(SignOffState initial, List<StudentOutcome> saved) {
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
