package io.gradcap.core.journal;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
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
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.image.ImageStatus;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

/**
 * The snapshot encoding {@code gradcap-campaign/2}: JSON arrays in a fixed order instead of
 * objects, each actor written once and then referred to by its number, times as seconds and
 * nanoseconds, dates as epoch days, and only what differs from the campaign's start. It is written
 * and read token by token, without data binding, except for the rare parts (make-up slots, register
 * handovers). Anything that does not read exactly as written is an error, and a snapshot is a
 * cache: the journal then folds every event instead.
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

  // ---------------------------------------------------------------- writing

  static byte[] write(Saved saved) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      Out out = new Out(g);
      g.writeStartObject();
      g.writeName("v");
      g.writeNumber(VERSION);
      g.writeName("position");
      g.writeNumber(saved.position());
      g.writeName("versions");
      g.writeStartArray();
      saved
          .versions()
          .forEach(
              (stream, version) -> {
                g.writeString(stream);
                g.writeNumber(version);
              });
      g.writeEndArray();
      g.writeName("outcomes");
      g.writeStartArray();
      saved
          .outcomes()
          .forEach(
              (sheet, outcomes) -> {
                g.writeStartArray();
                g.writeString(sheet.college());
                g.writeString(sheet.classGroup());
                g.writeStartArray();
                outcomes.forEach(out::outcome);
                g.writeEndArray();
                g.writeEndArray();
              });
      g.writeEndArray();
      g.writeName("requests");
      g.writeStartArray();
      saved.requests().forEach(out::request);
      g.writeEndArray();
      g.writeName("locked");
      out.students(saved.locked());
      g.writeName("history");
      g.writeStartArray();
      saved.history().forEach(out::fieldChanged);
      g.writeEndArray();
      g.writeName("captures");
      out.captures(saved.captures());
      g.writeName("images");
      g.writeStartArray();
      saved.images().forEach(out::image);
      g.writeEndArray();
      g.writeName("receipts");
      g.writeStartArray();
      saved.receipts().forEach(out::receipt);
      g.writeEndArray();
      g.writeName("handovers");
      JSON.writeValue(g, saved.handovers());
      g.writeName("certificates");
      JSON.writeValue(g, List.copyOf(saved.certificates().submissions().values()));
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  private static final class Out {
    private final JsonGenerator g;
    private final Map<Actor, Integer> actors = new HashMap<>();

    Out(JsonGenerator g) {
      this.g = g;
    }

    /** Its number if written before, else the actor itself, which takes the next number. */
    void actor(@Nullable Actor actor) {
      if (actor == null) {
        g.writeNull();
        return;
      }
      Integer known = actors.get(actor);
      if (known != null) {
        g.writeNumber(known);
        return;
      }
      actors.put(actor, actors.size());
      g.writeStartArray();
      g.writeString(actor.id());
      g.writeString(actor.name());
      g.writeString(actor.role().name());
      strings(actor.colleges());
      strings(actor.classGroups());
      student(actor.student());
      g.writeEndArray();
    }

    void strings(Collection<String> values) {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }

    void student(@Nullable StudentNumber student) {
      if (student == null) {
        g.writeNull();
      } else {
        g.writeString(student.value());
      }
    }

    void students(Collection<StudentNumber> students) {
      g.writeStartArray();
      for (StudentNumber s : students) {
        g.writeString(s.value());
      }
      g.writeEndArray();
    }

    /** Two values: seconds and nanoseconds, or two nulls. */
    void instant(@Nullable Instant at) {
      if (at == null) {
        g.writeNull();
        g.writeNull();
      } else {
        g.writeNumber(at.getEpochSecond());
        g.writeNumber(at.getNano());
      }
    }

    void date(LocalDate date) {
      g.writeNumber(date.toEpochDay());
    }

    void text(@Nullable String text) {
      if (text == null) {
        g.writeNull();
      } else {
        g.writeString(text);
      }
    }

    void subject(Subject s) {
      g.writeString(s.college());
      g.writeString(s.classGroup());
      g.writeString(s.student().value());
    }

    void outcome(StudentOutcome o) {
      g.writeStartArray();
      g.writeString(o.student().value());
      instant(o.signedAt());
      g.writeStartArray();
      for (SignOffEvent.FieldCorrected c : o.corrections()) {
        g.writeStartArray();
        g.writeString(c.student().value());
        g.writeString(c.field().name());
        g.writeString(c.oldValue());
        g.writeString(c.newValue());
        actor(c.actor());
        instant(c.at());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeStartArray();
      for (SignOffEvent.ChangeRequestOpened c : o.changeRequests()) {
        g.writeStartArray();
        g.writeString(c.student().value());
        g.writeString(c.field().name());
        g.writeString(c.currentValue());
        g.writeString(c.proposedValue());
        actor(c.actor());
        instant(c.at());
        g.writeEndArray();
      }
      g.writeEndArray();
      instant(o.notReturnedAt());
      instant(o.returnedAt());
      g.writeEndArray();
    }

    void request(ChangeRequest r) {
      g.writeStartArray();
      g.writeString(r.id());
      subject(r.subject());
      date(r.student().entryDate());
      date(r.student().birthDate());
      g.writeStartArray();
      for (FieldChange c : r.changes()) {
        g.writeString(c.field().name());
        g.writeString(c.currentValue());
        g.writeString(c.proposedValue());
      }
      g.writeEndArray();
      date(r.changedOn());
      g.writeString(r.source());
      g.writeString(r.status().name());
      g.writeStartArray();
      for (EvidenceFile f : r.evidence()) {
        g.writeStartArray();
        g.writeString(f.kind().name());
        g.writeString(f.fileName());
        g.writeString(f.mediaType());
        g.writeNumber(f.size());
        g.writeString(f.sha256().hex());
        g.writeNumber(f.pages());
        OriginalCheck check = f.check();
        actor(check == null ? null : check.by());
        instant(check == null ? null : check.at());
        g.writeEndArray();
      }
      g.writeEndArray();
      actor(r.openedBy());
      instant(r.openedAt());
      instant(r.statusSince());
      actor(r.receivedBy());
      g.writeEndArray();
    }

    void fieldChanged(ChangeEvent.RecordFieldChanged c) {
      g.writeStartArray();
      g.writeString(c.requestId());
      actor(c.actor());
      instant(c.at());
      g.writeString(c.reason());
      g.writeString(c.student().value());
      g.writeString(c.field().name());
      g.writeString(c.oldValue());
      g.writeString(c.newValue());
      g.writeEndArray();
    }

    void captures(CaptureState c) {
      g.writeStartArray();
      students(c.collective());
      students(c.absent());
      students(c.madeUp());
      JSON.writeValue(g, c.slots());
      g.writeStartArray();
      c.bookings()
          .forEach(
              (student, slot) -> {
                g.writeString(student.value());
                g.writeString(slot);
              });
      g.writeEndArray();
      g.writeStartArray();
      c.photographs()
          .forEach(
              (key, count) -> {
                g.writeString(key);
                g.writeNumber(count);
              });
      g.writeEndArray();
      g.writeStartArray();
      c.collectedFen()
          .forEach(
              (key, fen) -> {
                g.writeString(key);
                g.writeNumber(fen);
              });
      g.writeEndArray();
      g.writeStartArray();
      c.subjects()
          .forEach(
              (student, subject) -> {
                g.writeString(student.value());
                g.writeString(subject.college());
                g.writeString(subject.classGroup());
                g.writeString(subject.student().value());
              });
      g.writeEndArray();
      g.writeEndArray();
    }

    void image(ImageState i) {
      g.writeStartArray();
      subject(i.subject());
      g.writeString(i.status().name());
      text(i.centre());
      Sha256 image = i.image();
      text(image == null ? null : image.hex());
      instant(i.confirmedAt());
      g.writeStartArray();
      for (EvidenceRef e : i.evidence()) {
        g.writeString(e.kind().name());
        g.writeString(e.sha256().hex());
      }
      g.writeEndArray();
      g.writeNumber(i.disputes());
      g.writeEndArray();
    }

    void receipt(CardReceipt r) {
      g.writeStartArray();
      RosterEntry e = r.entry();
      g.writeString(e.student().value());
      g.writeString(e.name());
      g.writeString(e.college());
      g.writeString(e.classGroup());
      actor(r.receivedBy());
      instant(r.at());
      g.writeBoolean(r.handedOver());
      g.writeEndArray();
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * The snapshot's content.
   *
   * @throws RuntimeException if the bytes are not a snapshot of this encoding
   */
  static Saved read(byte[] snapshot) {
    try (JsonParser p = JSON.createParser(snapshot)) {
      In in = new In(p);
      in.expect(p.nextToken(), JsonToken.START_OBJECT);
      in.name("v");
      if (in.integer() != VERSION) {
        throw new IllegalArgumentException("snapshot: not encoding " + VERSION);
      }
      in.name("position");
      long position = in.lng();
      in.name("versions");
      Map<String, Long> versions = new HashMap<>();
      in.open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        versions.put(in.current(), in.lng());
      }
      in.name("outcomes");
      Map<ClassRef, List<StudentOutcome>> outcomes = new LinkedHashMap<>();
      in.open();
      while (in.nextRecord()) {
        ClassRef sheet = ClassRef.of(in.str(), in.str());
        List<StudentOutcome> list = new ArrayList<>();
        in.open();
        while (in.nextRecord()) {
          list.add(in.outcome());
        }
        in.end();
        outcomes.put(sheet, list);
      }
      in.name("requests");
      List<ChangeRequest> requests = new ArrayList<>();
      in.open();
      while (in.nextRecord()) {
        requests.add(in.request());
      }
      in.name("locked");
      Set<StudentNumber> locked = new LinkedHashSet<>(in.students());
      in.name("history");
      List<ChangeEvent.RecordFieldChanged> history = new ArrayList<>();
      in.open();
      while (in.nextRecord()) {
        history.add(in.fieldChanged());
      }
      in.name("captures");
      CaptureState captures = in.captures();
      in.name("images");
      List<ImageState> images = new ArrayList<>();
      in.open();
      while (in.nextRecord()) {
        images.add(in.image());
      }
      in.name("receipts");
      List<CardReceipt> receipts = new ArrayList<>();
      in.open();
      while (in.nextRecord()) {
        receipts.add(in.receipt());
      }
      in.name("handovers");
      p.nextToken();
      List<HandoverLine> handovers = JSON.readValue(p, new TypeReference<List<HandoverLine>>() {});
      // Snapshots from before certificate submissions were journaled end here.
      Map<String, CertificateSubmission> certificates = new HashMap<>();
      if (p.nextToken() == JsonToken.PROPERTY_NAME) {
        if (!"certificates".equals(p.currentName())) {
          throw new IllegalArgumentException("snapshot: unexpected " + p.currentName());
        }
        p.nextToken();
        for (CertificateSubmission c :
            JSON.readValue(p, new TypeReference<List<CertificateSubmission>>() {})) {
          certificates.put(c.college(), c);
        }
        p.nextToken();
      }
      in.expect(p.currentToken(), JsonToken.END_OBJECT);
      return new Saved(
          position,
          versions,
          outcomes,
          requests,
          locked,
          history,
          captures,
          images,
          receipts,
          handovers,
          new CertificateState(certificates));
    }
  }

  /**
   * Reads values one after the other: each scalar read moves to the next token first; a record
   * reader starts on its array's opening token and ends on its closing one.
   */
  private static final class In {
    private final JsonParser p;
    private final List<Actor> actors = new ArrayList<>();

    /**
     * Texts that recur across students (colleges, classes, centres, field values) and student
     * numbers, each kept once: a campaign's snapshot names every student in several parts.
     */
    private final Map<String, String> shared = new HashMap<>();

    private final Map<String, StudentNumber> students = new HashMap<>();

    In(JsonParser p) {
      this.p = p;
    }

    void expect(@Nullable JsonToken actual, JsonToken expected) {
      if (actual != expected) {
        throw new IllegalArgumentException("snapshot: expected " + expected + ", found " + actual);
      }
    }

    void name(String name) {
      expect(p.nextToken(), JsonToken.PROPERTY_NAME);
      if (!name.equals(p.currentName())) {
        throw new IllegalArgumentException(
            "snapshot: expected " + name + ", found " + p.currentName());
      }
    }

    void open() {
      expect(p.nextToken(), JsonToken.START_ARRAY);
    }

    void end() {
      expect(p.nextToken(), JsonToken.END_ARRAY);
    }

    /**
     * Moves to the next element of a list of records: true on its opening token, false at the
     * list's end.
     */
    boolean nextRecord() {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return false;
      }
      expect(t, JsonToken.START_ARRAY);
      return true;
    }

    /** The string at the current token. */
    String current() {
      expect(p.currentToken(), JsonToken.VALUE_STRING);
      return p.getString();
    }

    String str() {
      p.nextToken();
      return current();
    }

    /** A text that recurs, read once and then shared. */
    String sharedStr() {
      String text = str();
      String known = shared.putIfAbsent(text, text);
      return known == null ? text : known;
    }

    @Nullable String sharedNullableStr() {
      String text = nullableStr();
      if (text == null) {
        return null;
      }
      String known = shared.putIfAbsent(text, text);
      return known == null ? text : known;
    }

    StudentNumber studentOf(String text) {
      StudentNumber known = students.get(text);
      if (known == null) {
        known = StudentNumber.of(text);
        students.put(known.value(), known);
      }
      return known;
    }

    @Nullable String nullableStr() {
      return p.nextToken() == JsonToken.VALUE_NULL ? null : current();
    }

    long lng() {
      expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
      return p.getLongValue();
    }

    int integer() {
      expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
      return p.getIntValue();
    }

    boolean bool() {
      JsonToken t = p.nextToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw new IllegalArgumentException("snapshot: expected a boolean, found " + t);
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Nullable Instant nullableInstant() {
      if (p.nextToken() == JsonToken.VALUE_NULL) {
        expect(p.nextToken(), JsonToken.VALUE_NULL);
        return null;
      }
      expect(p.currentToken(), JsonToken.VALUE_NUMBER_INT);
      long seconds = p.getLongValue();
      return Instant.ofEpochSecond(seconds, integer());
    }

    Instant instant() {
      Instant at = nullableInstant();
      if (at == null) {
        throw new IllegalArgumentException("snapshot: a time is missing");
      }
      return at;
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(lng());
    }

    StudentNumber student() {
      return studentOf(str());
    }

    List<StudentNumber> students() {
      open();
      List<StudentNumber> students = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        students.add(studentOf(current()));
      }
      return students;
    }

    Set<String> strings() {
      open();
      Set<String> strings = new LinkedHashSet<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String text = current();
        String known = shared.putIfAbsent(text, text);
        strings.add(known == null ? text : known);
      }
      return strings;
    }

    @Nullable Actor nullableActor() {
      JsonToken t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return actors.get(p.getIntValue());
      }
      expect(t, JsonToken.START_ARRAY);
      String id = str();
      String name = sharedStr();
      Role role = Role.valueOf(str());
      Set<String> colleges = strings();
      Set<String> classGroups = strings();
      String student = nullableStr();
      end();
      Actor actor =
          new Actor(
              id,
              name,
              role,
              colleges,
              classGroups,
              student == null ? null : StudentNumber.of(student));
      actors.add(actor);
      return actor;
    }

    Actor actor() {
      Actor actor = nullableActor();
      if (actor == null) {
        throw new IllegalArgumentException("snapshot: an actor is missing");
      }
      return actor;
    }

    Subject subject() {
      return new Subject(sharedStr(), sharedStr(), student());
    }

    StudentOutcome outcome() {
      StudentNumber student = student();
      Instant signedAt = nullableInstant();
      List<SignOffEvent.FieldCorrected> corrections = new ArrayList<>();
      open();
      while (nextRecord()) {
        corrections.add(
            new SignOffEvent.FieldCorrected(
                student(),
                RecordField.valueOf(str()),
                sharedStr(),
                sharedStr(),
                actor(),
                instant()));
        end();
      }
      List<SignOffEvent.ChangeRequestOpened> opened = new ArrayList<>();
      open();
      while (nextRecord()) {
        opened.add(
            new SignOffEvent.ChangeRequestOpened(
                student(),
                RecordField.valueOf(str()),
                sharedStr(),
                sharedStr(),
                actor(),
                instant()));
        end();
      }
      Instant notReturnedAt = nullableInstant();
      Instant returnedAt = nullableInstant();
      end();
      return new StudentOutcome(student, signedAt, corrections, opened, notReturnedAt, returnedAt);
    }

    ChangeRequest request() {
      String id = str();
      StudentFacts facts = new StudentFacts(subject(), date(), date());
      List<FieldChange> changes = new ArrayList<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        changes.add(FieldChange.of(RecordField.valueOf(current()), str(), str()));
      }
      LocalDate changedOn = date();
      String source = sharedStr();
      ChangeStatus status = ChangeStatus.valueOf(str());
      List<EvidenceFile> evidence = new ArrayList<>();
      open();
      while (nextRecord()) {
        EvidenceKind kind = EvidenceKind.valueOf(str());
        String fileName = sharedStr();
        String mediaType = sharedStr();
        long size = lng();
        Sha256 sha256 = Sha256.parse(str());
        int pages = integer();
        Actor checkedBy = nullableActor();
        Instant checkedAt = nullableInstant();
        end();
        OriginalCheck check =
            checkedBy == null || checkedAt == null ? null : new OriginalCheck(checkedBy, checkedAt);
        evidence.add(new EvidenceFile(kind, fileName, mediaType, size, sha256, pages, check));
      }
      Actor openedBy = actor();
      Instant openedAt = instant();
      Instant statusSince = instant();
      Actor receivedBy = nullableActor();
      end();
      return new ChangeRequest(
          id,
          facts,
          changes,
          changedOn,
          source,
          status,
          evidence,
          openedBy,
          openedAt,
          statusSince,
          receivedBy);
    }

    ChangeEvent.RecordFieldChanged fieldChanged() {
      ChangeEvent.RecordFieldChanged c =
          new ChangeEvent.RecordFieldChanged(
              str(),
              actor(),
              instant(),
              str(),
              student(),
              RecordField.valueOf(str()),
              str(),
              str());
      end();
      return c;
    }

    CaptureState captures() {
      open();
      List<StudentNumber> collective = students();
      List<StudentNumber> absent = students();
      List<StudentNumber> madeUp = students();
      p.nextToken();
      Map<String, MakeUpSlot> slots =
          JSON.readValue(p, new TypeReference<Map<String, MakeUpSlot>>() {});
      Map<StudentNumber, String> bookings = new HashMap<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        bookings.put(studentOf(current()), str());
      }
      Map<String, Integer> photographs = new HashMap<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        photographs.put(current(), integer());
      }
      Map<String, Long> collectedFen = new HashMap<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        collectedFen.put(current(), lng());
      }
      Map<StudentNumber, Subject> subjects = new HashMap<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        subjects.put(studentOf(current()), subject());
      }
      end();
      return new CaptureState(
          Set.copyOf(collective),
          Set.copyOf(absent),
          Set.copyOf(madeUp),
          slots,
          bookings,
          photographs,
          collectedFen,
          subjects);
    }

    ImageState image() {
      Subject subject = subject();
      ImageStatus status = ImageStatus.valueOf(str());
      String centre = sharedNullableStr();
      String hash = nullableStr();
      Instant confirmedAt = nullableInstant();
      List<EvidenceRef> evidence = new ArrayList<>();
      open();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        evidence.add(
            EvidenceRef.of(
                io.gradcap.core.image.DisputeEvidenceKind.valueOf(current()), new Sha256(str())));
      }
      int disputes = integer();
      end();
      return new ImageState(
          subject,
          status,
          centre,
          hash == null ? null : new Sha256(hash),
          confirmedAt,
          evidence,
          disputes);
    }

    CardReceipt receipt() {
      RosterEntry entry = new RosterEntry(student(), str(), sharedStr(), sharedStr());
      CardReceipt receipt = new CardReceipt(entry, actor(), instant(), bool());
      end();
      return receipt;
    }
  }
}
