package io.gradcap.core.journal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.certificate.CertificateEvent;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.internal.json.DecimalInstants;
import io.gradcap.core.internal.json.DirectCreators;
import io.gradcap.core.internal.json.Sha256Json;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.evidence.Sha256;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Turns every feature's events into the store's {@link NewEvent}s and back, exactly: the payload is
 * the event's own JSON (all its fields, ID numbers in full, since the store is the system of
 * record), the type a stable, versioned name such as {@code signoff.signed.v1}, the actor the
 * event's actor id, the time the event's time.
 *
 * <p>A type name never changes meaning: an incompatible change to an event gets a new name ({@code
 * .v2}) and a decoder for the old one. Nothing here logs, and no message names a payload's content.
 */
public final class JournalCodec {

  /** The event classes and their stored type names. */
  private static final ImmutableBiMap<Class<?>, String> TYPES =
      ImmutableBiMap.<Class<?>, String>builder()
          .put(SignOffEvent.SignedAsCorrect.class, "signoff.signed.v1")
          .put(SignOffEvent.FieldCorrected.class, "signoff.field-corrected.v1")
          .put(SignOffEvent.ChangeRequestOpened.class, "signoff.change-request-opened.v1")
          .put(SignOffEvent.NotReturned.class, "signoff.not-returned.v1")
          .put(ChangeEvent.RequestOpened.class, "change.request-opened.v1")
          .put(ChangeEvent.EvidenceAttached.class, "change.evidence-attached.v1")
          .put(ChangeEvent.OriginalChecked.class, "change.original-checked.v1")
          .put(ChangeEvent.StatusChanged.class, "change.status-changed.v1")
          .put(ChangeEvent.RecordFieldChanged.class, "change.record-field-changed.v1")
          .put(ChangeEvent.RecordLocked.class, "change.record-locked.v1")
          .put(CaptureEvent.Captured.class, "capture.captured.v1")
          .put(CaptureEvent.MarkedAbsent.class, "capture.marked-absent.v1")
          .put(CaptureEvent.Refused.class, "capture.refused.v1")
          .put(CaptureEvent.MakeUpSlotOpened.class, "capture.make-up-slot-opened.v1")
          .put(CaptureEvent.MakeUpBooked.class, "capture.make-up-booked.v1")
          .put(CaptureEvent.FeeCollected.class, "capture.fee-collected.v1")
          .put(ImageEvent.Captured.class, "image.captured.v1")
          .put(ImageEvent.Uploaded.class, "image.uploaded.v1")
          .put(ImageEvent.Confirmed.class, "image.confirmed.v1")
          .put(ImageEvent.Disputed.class, "image.disputed.v1")
          .put(ImageEvent.DisputeRegistered.class, "image.dispute-registered.v1")
          .put(ImageEvent.DisputeResolved.class, "image.dispute-resolved.v1")
          .put(ImageEvent.CorrectedByOffice.class, "image.corrected-by-office.v1")
          .put(RecordCardEvent.Received.class, "recordcard.received.v1")
          .put(RecordCardEvent.GivenBack.class, "recordcard.given-back.v1")
          .put(RecordCardEvent.HandedOver.class, "recordcard.handed-over.v1")
          .put(CertificateEvent.Submitted.class, "certificate.submitted.v1")
          .build();

  /**
   * The records whose hashes were stored as plain strings before there was one hash type; every
   * other hash is stored as {@code {"hex":"…"}} ({@link Sha256Json}).
   */
  private static final Set<Class<?>> HASHES_AS_TEXT =
      Set.of(
          EvidenceFile.class, ChangeEvent.OriginalChecked.class, ChangeCommand.CheckOriginal.class);

  private static final JournalCodec INSTANCE = new JournalCodec();

  private final ObjectMapper mapper;

  /** A reader per stored type name, so decoding does not look the type up again for every event. */
  private final ImmutableMap<String, ObjectReader> readers;

  private JournalCodec() {
    mapper = mapper();
    ImmutableMap.Builder<String, ObjectReader> byType = ImmutableMap.builder();
    TYPES.forEach((cls, type) -> byType.put(type, mapper.readerFor(cls)));
    readers = byType.build();
  }

  /** The codec; it holds no state and is safe for use by several threads. */
  public static JournalCodec instance() {
    return INSTANCE;
  }

  /**
   * The mapper the journal writes events and snapshots with: record components only, no getters.
   */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
        .addModule(
            new SimpleModule("gradcap-journal") {
              @Override
              public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new DirectCreators());
              }
            }.addSerializer(new SortedSets())
                .addSerializer(Sha256.class, Sha256Json.writer(HASHES_AS_TEXT))
                .addDeserializer(Sha256.class, Sha256Json.reader())
                .setDeserializerModifier(new DecimalInstants()))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Times as exact decimal seconds (1712109600.123456789): read several times faster than ISO
        // text.
        .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Writes sets in their elements' natural order, so that equal values always make the same JSON,
   * in every JVM: idempotency keys and append fingerprints are hashes of it.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class SortedSets extends StdSerializer<Set> {
    SortedSets() {
      super(Set.class);
    }

    @Override
    public void serialize(Set value, JsonGenerator gen, SerializationContext ctxt) {
      java.util.List<Object> elements = new java.util.ArrayList<>(value);
      if (elements.stream().allMatch(e -> e instanceof Comparable)) {
        elements.sort((a, b) -> ((Comparable) a).compareTo(b));
      }
      gen.writeStartArray();
      for (Object e : elements) {
        ctxt.writeValue(gen, e);
      }
      gen.writeEndArray();
    }
  }

  /** Every stored type name this codec reads and writes. */
  public Set<String> typeNames() {
    return TYPES.values();
  }

  /** The stored type name of an event, such as {@code signoff.signed.v1}. */
  public String typeName(CampaignEvent event) {
    String type = TYPES.get(event.getClass());
    if (type == null) {
      throw new IllegalArgumentException("not a campaign event: " + event.getClass().getName());
    }
    return type;
  }

  /**
   * The event as the store takes it.
   *
   * @throws IllegalArgumentException if it is not one of the features' events
   */
  public NewEvent encode(CampaignEvent event) {
    String type = typeName(event);
    return new NewEvent(type, mapper.writeValueAsBytes(event), event.actor().id(), event.at());
  }

  /**
   * The event a stored one holds.
   *
   * @throws GradcapException {@link ErrorCode#UNKNOWN_EVENT_TYPE} for a type this codec does not
   *     know, {@link ErrorCode#UNREADABLE_EVENT} for a payload that does not decode
   */
  public CampaignEvent decode(StoredEvent event) {
    return decode(event.type(), event.payload(), event.position());
  }

  /** The event a new one holds; see {@link #decode(StoredEvent)}. */
  public CampaignEvent decode(NewEvent event) {
    return decode(event.type(), event.payload(), 0);
  }

  private CampaignEvent decode(String type, byte[] payload, long position) {
    ObjectReader reader = readers.get(type);
    if (reader == null) {
      throw new GradcapException(ErrorCode.UNKNOWN_EVENT_TYPE, type, position);
    }
    try {
      return (CampaignEvent) reader.readValue(payload);
    } catch (JacksonException | IllegalArgumentException | GradcapException e) {
      // The cause's text may quote the payload; only its kind is kept.
      throw new GradcapException(
          ErrorCode.UNREADABLE_EVENT, type, position, e.getClass().getSimpleName());
    }
  }
}
