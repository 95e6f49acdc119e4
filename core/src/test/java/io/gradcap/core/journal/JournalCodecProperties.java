package io.gradcap.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.Session;
import io.gradcap.core.certificate.CertificateEvent;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangeStatus;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.image.DisputeEvidenceKind;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every event type, with arbitrary text, times, actors and values, encodes and decodes to an equal
 * event.
 */
class JournalCodecProperties {

  private static final int TYPES = 27;
  private static final JournalCodec CODEC = JournalCodec.instance();

  /**
   * Text with Chinese, quotes, backslashes and spaces; no lone surrogates, which no UTF-8 text
   * holds.
   */
  private static Gen<String> texts() {
    return strings().betweenCodePoints(0x20, 0x9FFF).ofLengthBetween(0, 12);
  }

  private static Gen<Instant> instants() {
    return longs()
        .between(0, 4_102_444_800L)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
  }

  private static Actor actor(long n, String name) {
    String id = "a-" + (n % 1000);
    return switch ((int) (n % 5)) {
      case 0 -> Actor.student(student(n), name);
      case 1 -> Actor.counsellor(id, name, Set.of("21软件" + n % 7 + "班", name));
      case 2 -> Actor.collegeResponsible(id, name, Set.of("软件工程学院", "学院" + n % 3));
      case 3 -> Actor.officeStaff(id, name);
      default -> Actor.captureCentre(id, name);
    };
  }

  private static StudentNumber student(long n) {
    return StudentNumber.of(Long.toString(2_000_000_000L + n % 1_000_000_000L));
  }

  private static String hex(long n) {
    return String.format(Locale.ROOT, "%064x", n);
  }

  private static <T> T pick(T[] values, long n) {
    return values[(int) (n % values.length)];
  }

  /** An event of the chosen type built from the values. */
  static CampaignEvent event(int type, String text, Instant at, long n) {
    Actor actor = actor(n, text.isBlank() ? "某人" : text);
    StudentNumber student = student(n);
    Subject subject = new Subject("软件工程学院" + text, "21软件1班", student);
    RecordField field = pick(RecordField.values(), n);
    String id18 = String.format(Locale.ROOT, "%017d", n) + "X";
    return switch (type) {
      case 0 -> new SignOffEvent.SignedAsCorrect(student, actor, at);
      case 1 -> new SignOffEvent.FieldCorrected(student, field, text, text + "改", actor, at);
      case 2 ->
          new SignOffEvent.ChangeRequestOpened(
              student, RecordField.ID_NUMBER, id18, text, actor, at);
      case 3 -> new SignOffEvent.NotReturned(student, actor, at);
      case 4 ->
          new ChangeEvent.RequestOpened(
              "r-" + n,
              actor,
              at,
              text,
              new StudentFacts(subject, LocalDate.of(2021, 9, 1), LocalDate.ofEpochDay(n % 10_000)),
              List.of(
                  FieldChange.of(RecordField.ID_NUMBER, text, id18),
                  FieldChange.of(field, "", "x" + text)),
              LocalDate.ofEpochDay(n % 20_000),
              text);
      case 5 ->
          new ChangeEvent.EvidenceAttached(
              "r-" + n,
              actor,
              at,
              text,
              new EvidenceFile(
                  pick(io.gradcap.core.change.EvidenceKind.values(), n),
                  "f" + text + ".pdf",
                  "application/pdf",
                  1 + n,
                  new Sha256(hex(n)),
                  1 + (int) (n % 9),
                  n % 2 == 0 ? null : new io.gradcap.core.change.OriginalCheck(actor, at)));
      case 6 -> new ChangeEvent.OriginalChecked("r-" + n, actor, at, text, new Sha256(hex(n)));
      case 7 ->
          new ChangeEvent.StatusChanged(
              "r-" + n,
              actor,
              at,
              text,
              pick(Transition.values(), n),
              pick(ChangeStatus.values(), n),
              pick(ChangeStatus.values(), n / 3));
      case 8 ->
          new ChangeEvent.RecordFieldChanged("r-" + n, actor, at, text, student, field, id18, text);
      case 9 -> new ChangeEvent.RecordLocked(student, actor, at, text);
      case 10 ->
          new CaptureEvent.Captured(actor, at, subject, pick(Session.values(), n), n % 100_000);
      case 11 -> new CaptureEvent.MarkedAbsent(actor, at, subject);
      case 12 ->
          new CaptureEvent.Refused(
              actor,
              at,
              subject,
              new Finding(
                  "R11.capture-code.none",
                  pick(Severity.values(), n),
                  n % 2 == 0 ? null : student.value(),
                  n % 3 == 0 ? null : "idNumber",
                  n % 5 == 0 ? null : "roster.xlsx!Sheet1!F" + n,
                  Message.of(
                      "io.gradcap.core.capture.messages",
                      "refused.no-code",
                      student.value(),
                      text,
                      (int) (n % 1000))));
      case 13 ->
          new CaptureEvent.MakeUpSlotOpened(
              actor, at, "m-" + text, at.plusSeconds(n % 100_000), (int) (n % 50));
      case 14 -> new CaptureEvent.MakeUpBooked(actor, at, subject, "m-" + text);
      case 15 -> new CaptureEvent.FeeCollected(actor, at, "学院" + text, "班" + text, n);
      case 16 -> new ImageEvent.Captured(student, actor, at, text);
      case 17 -> new ImageEvent.Uploaded(student, actor, at, text, new Sha256(hex(n)));
      case 18 -> new ImageEvent.Confirmed(student, actor, at, new Sha256(hex(n)));
      case 19 -> new ImageEvent.Disputed(student, actor, at, text);
      case 20 -> new ImageEvent.DisputeRegistered(student, actor, at, text);
      case 21 ->
          new ImageEvent.DisputeResolved(
              student,
              actor,
              at,
              text,
              List.of(EvidenceRef.of(pick(DisputeEvidenceKind.values(), n), new Sha256(hex(n)))));
      case 22 ->
          new ImageEvent.CorrectedByOffice(
              student,
              actor,
              at,
              text,
              List.of(
                  EvidenceRef.of(DisputeEvidenceKind.ID_COPY, new Sha256(hex(n))),
                  EvidenceRef.of(
                      pick(DisputeEvidenceKind.values(), n / 7), new Sha256(hex(n + 1)))));
      case 23 -> new RecordCardEvent.Received(student, actor, at);
      case 24 -> new RecordCardEvent.GivenBack(student, actor, at, text);
      case 25 ->
          new CertificateEvent.Submitted(
              new CertificateSubmission(
                  "学院" + n % 9,
                  text + ".xlsx",
                  List.of(
                      new CertificateSubmission.Line(student, n % 2 == 0),
                      new CertificateSubmission.Line(null, false)),
                  n % 3 == 0,
                  (int) (n % 4)),
              actor,
              at);
      default ->
          new RecordCardEvent.HandedOver(
              new HandoverLine(
                  ClassRef.of("学院" + n % 9, "班" + n % 7),
                  (int) (n % 60),
                  student,
                  student(n + 1),
                  (int) (n % 5),
                  actor,
                  LocalDate.ofEpochDay(n % 30_000)),
              actor,
              at);
    };
  }

  @Test
  void every_event_round_trips_exactly() {
    qt().withExamples(2_000)
        .forAll(
            integers().between(0, TYPES - 1), texts(), instants(), longs().between(0, 900_000_000L))
        .checkAssert(
            (type, text, at, n) -> {
              CampaignEvent event = event(type, text, at, n);
              NewEvent encoded = CODEC.encode(event);
              assertThat(CODEC.decode(encoded)).isEqualTo(event);
              assertThat(CODEC.encode(CODEC.decode(encoded))).isEqualTo(encoded);
            });
  }

  @Test
  void every_type_is_generated() {
    java.util.Set<String> types = new java.util.TreeSet<>();
    for (int type = 0; type < TYPES; type++) {
      types.add(CODEC.typeName(event(type, "文本", Instant.EPOCH, type * 37L)));
    }
    assertThat(types).isEqualTo(new java.util.TreeSet<>(CODEC.typeNames()));
  }

  @Test
  void the_actor_id_and_time_are_the_event_s_own() {
    qt().forAll(integers().between(0, TYPES - 1), instants(), longs().between(0, 900_000_000L))
        .checkAssert(
            (type, at, n) -> {
              CampaignEvent event = event(type, "x", at, n);
              NewEvent encoded = CODEC.encode(event);
              assertThat(encoded.actor()).isEqualTo(event.actor().id());
              assertThat(encoded.recordedAt())
                  .isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            });
  }
}
