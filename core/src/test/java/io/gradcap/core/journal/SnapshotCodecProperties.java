package io.gradcap.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.MakeUpSlot;
import io.gradcap.core.certificate.CertificateState;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.change.ChangeStatus;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.OriginalCheck;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.image.DisputeEvidenceKind;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.In;
import io.gradcap.core.internal.codec.Out;
import io.gradcap.core.internal.snapshot.AccessCodecs;
import io.gradcap.core.internal.snapshot.CaptureCodecs;
import io.gradcap.core.internal.snapshot.CertificateCodecs;
import io.gradcap.core.internal.snapshot.ChangeCodecs;
import io.gradcap.core.internal.snapshot.ImageCodecs;
import io.gradcap.core.internal.snapshot.RecordCardCodecs;
import io.gradcap.core.internal.snapshot.RecordCodecs;
import io.gradcap.core.internal.snapshot.SignOffCodecs;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.CardReceipt;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.StudentOutcome;
import io.gradcap.spi.evidence.Sha256;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * Every state type a snapshot holds, with arbitrary texts, times, actors and values, encodes and
 * decodes to an equal value: on its own, through its feature's codec, and within a whole snapshot.
 * The events' own round trip is {@link JournalCodecProperties}.
 */
class SnapshotCodecProperties {

  /** As the snapshot's: one parser reads on after a bound part. */
  private static final ObjectMapper JSON =
      JournalCodec.mapper()
          .rebuild()
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Each state type's codec, with how to make an arbitrary value of it. */
  private record Case<T>(String name, Codec<T> codec, Function<Values, T> value) {}

  private static final List<Case<?>> CASES =
      List.of(
          new Case<>("RecordCodecs.STUDENT", RecordCodecs.STUDENT, Values::student),
          new Case<>("RecordCodecs.FIELD", RecordCodecs.FIELD, Values::field),
          new Case<>("AccessCodecs.ACTOR", AccessCodecs.ACTOR, Values::actor),
          new Case<>(
              "AccessCodecs.NULLABLE_ACTOR", AccessCodecs.NULLABLE_ACTOR, v -> v.maybe(v::actor)),
          new Case<>("AccessCodecs.SUBJECT", AccessCodecs.SUBJECT, Values::subject),
          new Case<>(
              "SignOffCodecs.FIELD_CORRECTED", SignOffCodecs.FIELD_CORRECTED, Values::corrected),
          new Case<>(
              "SignOffCodecs.CHANGE_REQUEST_OPENED",
              SignOffCodecs.CHANGE_REQUEST_OPENED,
              Values::opened),
          new Case<>("SignOffCodecs.OUTCOME", SignOffCodecs.OUTCOME, Values::outcome),
          new Case<>(
              "SignOffCodecs.OUTCOMES_BY_CLASS", SignOffCodecs.OUTCOMES_BY_CLASS, Values::outcomes),
          new Case<>("ChangeCodecs.STUDENT_FACTS", ChangeCodecs.STUDENT_FACTS, Values::facts),
          new Case<>("ChangeCodecs.FIELD_CHANGE", ChangeCodecs.FIELD_CHANGE, Values::fieldChange),
          new Case<>(
              "ChangeCodecs.ORIGINAL_CHECK", ChangeCodecs.ORIGINAL_CHECK, v -> v.maybe(v::check)),
          new Case<>(
              "ChangeCodecs.EVIDENCE_FILE", ChangeCodecs.EVIDENCE_FILE, Values::evidenceFile),
          new Case<>("ChangeCodecs.REQUEST", ChangeCodecs.REQUEST, Values::request),
          new Case<>(
              "ChangeCodecs.FIELD_CHANGED", ChangeCodecs.FIELD_CHANGED, Values::fieldChanged),
          new Case<>("CaptureCodecs.STATE", CaptureCodecs.STATE, Values::captures),
          new Case<>("ImageCodecs.EVIDENCE_REF", ImageCodecs.EVIDENCE_REF, Values::evidenceRef),
          new Case<>("ImageCodecs.STATE", ImageCodecs.STATE, Values::image),
          new Case<>("RecordCardCodecs.CLASS_REF", RecordCardCodecs.CLASS_REF, Values::classRef),
          new Case<>("RecordCardCodecs.ROSTER_ENTRY", RecordCardCodecs.ROSTER_ENTRY, Values::entry),
          new Case<>("RecordCardCodecs.RECEIPT", RecordCardCodecs.RECEIPT, Values::receipt),
          new Case<>(
              "RecordCardCodecs.HANDOVERS", RecordCardCodecs.HANDOVERS, v -> v.list(v::handover)),
          new Case<>("CertificateCodecs.STATE", CertificateCodecs.STATE, Values::certificates));

  private static final List<Class<?>> FEATURES =
      List.of(
          RecordCodecs.class,
          AccessCodecs.class,
          SignOffCodecs.class,
          ChangeCodecs.class,
          CaptureCodecs.class,
          ImageCodecs.class,
          RecordCardCodecs.class,
          CertificateCodecs.class);

  @Test
  void every_state_type_round_trips_through_its_feature_s_codec() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Case<?> c : CASES) {
                roundTrips(c, new Values(seed));
              }
            });
  }

  @Test
  void every_snapshot_round_trips_exactly() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SnapshotCodec.Saved saved = new Values(seed).saved();
              assertThat(SnapshotCodec.read(SnapshotCodec.write(saved))).isEqualTo(saved);
            });
  }

  @Test
  void every_codec_of_every_feature_is_generated() throws IllegalAccessException {
    Set<String> codecs = new TreeSet<>();
    for (Class<?> feature : FEATURES) {
      for (Field f : feature.getDeclaredFields()) {
        if (Modifier.isPublic(f.getModifiers())
            && Modifier.isStatic(f.getModifiers())
            && Codec.class.isAssignableFrom(f.getType())) {
          codecs.add(feature.getSimpleName() + "." + f.getName());
        }
      }
    }
    Set<String> generated = new TreeSet<>();
    CASES.forEach(c -> generated.add(c.name()));
    assertThat(generated).isEqualTo(codecs);
  }

  /** The value, written between two markers so that an inline codec's values are all read. */
  private static <T> void roundTrips(Case<T> c, Values values) {
    T value = c.value().apply(values);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.writeStartArray();
      g.writeString("<");
      c.codec().write(new Out(g, JSON), value);
      g.writeString(">");
      g.writeEndArray();
    }
    try (JsonParser p = JSON.createParser(bytes.toByteArray())) {
      In in = new In(p, JSON);
      in.expect(in.next(), JsonToken.START_ARRAY);
      in.next();
      assertThat(in.text()).isEqualTo("<");
      in.next();
      assertThat(c.codec().read(in)).as(c.name()).isEqualTo(value);
      in.next();
      assertThat(in.text()).as(c.name() + " read to its end").isEqualTo(">");
      in.expect(in.next(), JsonToken.END_ARRAY);
    }
  }

  /** Arbitrary values of every state type, from one seed. */
  private static final class Values {
    private final Random random;

    Values(long seed) {
      random = new Random(seed);
    }

    int upTo(int bound) {
      return random.nextInt(bound);
    }

    <T> T pick(T[] values) {
      return values[upTo(values.length)];
    }

    <T> T maybe(Supplier<T> value) {
      return random.nextBoolean() ? value.get() : null;
    }

    <T> List<T> list(Supplier<T> element) {
      List<T> list = new ArrayList<>();
      for (int i = upTo(4); i > 0; i--) {
        list.add(element.get());
      }
      return list;
    }

    /** Text with Chinese, quotes, backslashes and spaces. */
    String text() {
      StringBuilder s = new StringBuilder();
      for (int i = upTo(8); i > 0; i--) {
        s.appendCodePoint(0x20 + upTo(0x9FFF - 0x20));
      }
      return s.toString();
    }

    /** A text that is not blank and holds no slash, as names of colleges and classes are. */
    String name() {
      return "名" + text().replace('/', '_');
    }

    Instant instant() {
      return Instant.ofEpochSecond(random.nextLong(4_102_444_800L), upTo(1_000_000_000));
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(upTo(40_000));
    }

    Sha256 sha256() {
      return new Sha256(String.format(Locale.ROOT, "%064x", random.nextLong() & Long.MAX_VALUE));
    }

    StudentNumber student() {
      return StudentNumber.of(Long.toString(2_000_000_000L + upTo(1_000_000_000)));
    }

    RecordField field() {
      return pick(RecordField.values());
    }

    Actor actor() {
      String id = "a-" + upTo(1000);
      String name = text().isBlank() ? "某人" : text();
      return switch (upTo(5)) {
        case 0 -> Actor.student(student(), name);
        case 1 -> Actor.counsellor(id, name, new LinkedHashSet<>(list(this::name)));
        case 2 -> Actor.collegeResponsible(id, name, new LinkedHashSet<>(list(this::name)));
        case 3 -> Actor.officeStaff(id, name);
        default -> Actor.captureCentre(id, name);
      };
    }

    Subject subject() {
      return new Subject(name(), name(), student());
    }

    ClassRef classRef() {
      return ClassRef.of(name(), name());
    }

    SignOffEvent.FieldCorrected corrected() {
      return new SignOffEvent.FieldCorrected(
          student(), field(), text(), text(), actor(), instant());
    }

    SignOffEvent.ChangeRequestOpened opened() {
      return new SignOffEvent.ChangeRequestOpened(
          student(), field(), text(), text(), actor(), instant());
    }

    StudentOutcome outcome() {
      return new StudentOutcome(
          student(),
          maybe(this::instant),
          list(this::corrected),
          list(this::opened),
          maybe(this::instant),
          maybe(this::instant));
    }

    Map<ClassRef, List<StudentOutcome>> outcomes() {
      Map<ClassRef, List<StudentOutcome>> outcomes = new LinkedHashMap<>();
      for (int i = upTo(3); i > 0; i--) {
        outcomes.put(classRef(), list(this::outcome));
      }
      return outcomes;
    }

    StudentFacts facts() {
      LocalDate born = date();
      return new StudentFacts(subject(), born.plusDays(1 + upTo(10_000)), born);
    }

    FieldChange fieldChange() {
      String current = text();
      return FieldChange.of(field(), current, "新" + current);
    }

    OriginalCheck check() {
      return new OriginalCheck(actor(), instant());
    }

    EvidenceFile evidenceFile() {
      return new EvidenceFile(
          pick(EvidenceKind.values()),
          "f" + text() + ".pdf",
          "application/pdf",
          1 + random.nextLong(Long.MAX_VALUE - 1),
          sha256(),
          1 + upTo(1000),
          maybe(this::check));
    }

    ChangeRequest request() {
      return new ChangeRequest(
          "r-" + upTo(100_000),
          facts(),
          list(this::fieldChange),
          date(),
          text(),
          pick(ChangeStatus.values()),
          list(this::evidenceFile),
          actor(),
          instant(),
          instant(),
          maybe(this::actor));
    }

    ChangeEvent.RecordFieldChanged fieldChanged() {
      return new ChangeEvent.RecordFieldChanged(
          "r-" + upTo(100_000), actor(), instant(), text(), student(), field(), text(), text());
    }

    MakeUpSlot slot() {
      return new MakeUpSlot("m-" + text(), instant(), upTo(50), list(this::student));
    }

    CaptureState captures() {
      Map<String, MakeUpSlot> slots = new HashMap<>();
      Map<StudentNumber, String> bookings = new HashMap<>();
      Map<String, Integer> photographs = new HashMap<>();
      Map<String, Long> fen = new HashMap<>();
      Map<StudentNumber, Subject> subjects = new HashMap<>();
      for (int i = upTo(4); i > 0; i--) {
        MakeUpSlot slot = slot();
        slots.put(slot.id(), slot);
        bookings.put(student(), slot.id());
        photographs.put(name() + "/" + name(), upTo(200));
        fen.put(name() + "/" + name(), random.nextLong());
        Subject subject = subject();
        subjects.put(subject.student(), subject);
      }
      return new CaptureState(
          new LinkedHashSet<>(list(this::student)),
          new LinkedHashSet<>(list(this::student)),
          new LinkedHashSet<>(list(this::student)),
          slots,
          bookings,
          photographs,
          fen,
          subjects);
    }

    EvidenceRef evidenceRef() {
      return EvidenceRef.of(pick(DisputeEvidenceKind.values()), sha256());
    }

    ImageState image() {
      return new ImageState(
          subject(),
          pick(ImageStatus.values()),
          maybe(this::text),
          maybe(this::sha256),
          maybe(this::instant),
          list(this::evidenceRef),
          upTo(10));
    }

    RosterEntry entry() {
      return new RosterEntry(student(), text(), name(), name());
    }

    CardReceipt receipt() {
      return new CardReceipt(entry(), actor(), instant(), random.nextBoolean());
    }

    HandoverLine handover() {
      return new HandoverLine(classRef(), upTo(60), student(), student(), upTo(5), actor(), date());
    }

    CertificateSubmission submission() {
      return new CertificateSubmission(
          name(),
          text() + ".xlsx",
          list(() -> new CertificateSubmission.Line(maybe(this::student), random.nextBoolean())),
          random.nextBoolean(),
          upTo(4));
    }

    CertificateState certificates() {
      Map<String, CertificateSubmission> submissions = new HashMap<>();
      for (CertificateSubmission s : list(this::submission)) {
        submissions.put(s.college(), s);
      }
      return new CertificateState(submissions);
    }

    SnapshotCodec.Saved saved() {
      Map<String, Long> versions = new HashMap<>();
      for (int i = upTo(5); i > 0; i--) {
        versions.put("student/" + student().value(), (long) upTo(100));
      }
      return new SnapshotCodec.Saved(
          random.nextLong() & Long.MAX_VALUE,
          versions,
          outcomes(),
          list(this::request),
          new LinkedHashSet<>(list(this::student)),
          list(this::fieldChanged),
          captures(),
          list(this::image),
          list(this::receipt),
          list(this::handover),
          certificates());
    }
  }
}
