package io.gradcap.core.journal;

import static io.gradcap.core.internal.codec.Shape.field;

import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.certificate.CertificateState;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.In;
import io.gradcap.core.internal.codec.Out;
import io.gradcap.core.internal.codec.Shape;
import io.gradcap.core.internal.snapshot.CaptureCodecs;
import io.gradcap.core.internal.snapshot.CertificateCodecs;
import io.gradcap.core.internal.snapshot.ChangeCodecs;
import io.gradcap.core.internal.snapshot.ImageCodecs;
import io.gradcap.core.internal.snapshot.RecordCardCodecs;
import io.gradcap.core.internal.snapshot.RecordCodecs;
import io.gradcap.core.internal.snapshot.SignOffCodecs;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.CardReceipt;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.signoff.StudentOutcome;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * The snapshot encoding {@code gradcap-campaign/2}: JSON arrays in a fixed order instead of
 * objects, each actor written once and then referred to by its number, times as seconds and
 * nanoseconds, dates as epoch days, and only what differs from the campaign's start. It is written
 * and read token by token, without data binding, except for the rare parts (make-up slots, register
 * handovers, certificate submissions). Each feature's parts are described once, in {@code
 * io.gradcap.core.internal.snapshot}. Anything that does not read exactly as written is an error,
 * and a snapshot is a cache: the journal then folds every event instead.
 */
final class SnapshotCodec {

  static final String FORMAT = "gradcap-campaign/2";
  private static final int VERSION = 2;

  /**
   * For the rare parts; one parser reads the whole snapshot, so what follows a part is not an
   * error.
   */
  private static final ObjectMapper JSON =
      JournalCodec.mapper()
          .rebuild()
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private SnapshotCodec() {}

  /** What a snapshot holds: the fold's position and versions and what the events changed. */
  record Saved(
      long position,
      Map<String, Long> versions,
      Map<ClassRef, List<StudentOutcome>> outcomes,
      List<ChangeRequest> requests,
      Set<StudentNumber> locked,
      List<ChangeEvent.RecordFieldChanged> history,
      CaptureState captures,
      List<ImageState> images,
      List<CardReceipt> receipts,
      List<HandoverLine> handovers,
      CertificateState certificates) {}

  /** The snapshot: an object of the version and then these members, in this order. */
  private static final Codec<Saved> SAVED =
      Shape.of(
              Saved::new,
              field("position", Saved::position, Codecs.LONG),
              field(
                  "versions", Saved::versions, Codecs.map(Codecs.TEXT, Codecs.LONG, HashMap::new)),
              field("outcomes", Saved::outcomes, SignOffCodecs.OUTCOMES_BY_CLASS),
              field("requests", Saved::requests, Codecs.list(ChangeCodecs.REQUEST)),
              field("locked", Saved::locked, Codecs.set(RecordCodecs.STUDENT)),
              field("history", Saved::history, Codecs.list(ChangeCodecs.FIELD_CHANGED)),
              field("captures", Saved::captures, CaptureCodecs.STATE),
              field("images", Saved::images, Codecs.list(ImageCodecs.STATE)),
              field("receipts", Saved::receipts, Codecs.list(RecordCardCodecs.RECEIPT)),
              field("handovers", Saved::handovers, RecordCardCodecs.HANDOVERS),
              // Snapshots from before certificate submissions were journaled end without them.
              field("certificates", Saved::certificates, CertificateCodecs.STATE)
                  .orElse(CertificateState.EMPTY))
          .object("v", VERSION);

  static byte[] write(Saved saved) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      SAVED.write(new Out(g, JSON), saved);
    }
    return bytes.toByteArray();
  }

  /**
   * The snapshot's content.
   *
   * @throws IllegalArgumentException if the bytes are not a snapshot of this encoding
   */
  static Saved read(byte[] snapshot) {
    try (JsonParser p = JSON.createParser(snapshot)) {
      In in = new In(p, JSON);
      in.next();
      return SAVED.read(in);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("snapshot: " + e.getMessage(), e);
    }
  }
}
