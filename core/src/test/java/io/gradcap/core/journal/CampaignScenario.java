package io.gradcap.core.journal;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.capture.Session;
import io.gradcap.core.certificate.CertificateCommand;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangePolicy;
import io.gradcap.core.change.EvidenceCatalogue;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.IdNumberLookup;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.image.ConfirmationTerms;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.evidence.Sha256;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A small campaign run through every feature's real deciders: two classes, five students, sign-off
 * with a correction and a change request, an ID-number change taken from opening to the record,
 * collective and make-up photographs with a refusal and fees, images confirmed and disputed, record
 * cards received, given back and handed over. Shared with the storage tests of other modules.
 */
public final class CampaignScenario {

  public static final ClassRef SOFTWARE_1 = ClassRef.of("软件工程学院", "21软件1班");
  public static final ClassRef ANIMATION_2 = ClassRef.of("动画学院", "21动画2班");
  public static final Instant T0 = Instant.parse("2024-04-03T02:00:00Z");

  static final Subject ZHANG = subject(SOFTWARE_1, "2021010101");
  static final Subject LI = subject(SOFTWARE_1, "2021010102");
  static final Subject WANG = subject(SOFTWARE_1, "2021010103");
  static final Subject ZHAO = subject(ANIMATION_2, "2021020201");
  static final Subject SUN = subject(ANIMATION_2, "2021020202");

  static final Actor COUNSELLOR = Actor.counsellor("t-01", "王老师", Set.of(SOFTWARE_1.classGroup()));
  static final Actor ANIMATION_COUNSELLOR =
      Actor.counsellor("t-04", "赵老师", Set.of(ANIMATION_2.classGroup()));
  static final Actor RESPONSIBLE =
      Actor.collegeResponsible("t-02", "周庆标", Set.of(SOFTWARE_1.college()));
  static final Actor RECEIVER = Actor.officeStaff("o-01", "陈老师");
  static final Actor CENTRE = Actor.captureCentre("c-01", "图像采集点");

  /** The ID number the change request replaces, and the new one: needed in full in the store. */
  public static final String OLD_ID = "460100200305120015";

  public static final String NEW_ID = "46010020030512003X";

  static final ChangeDecider CHANGES =
      new ChangeDecider(
          EvidenceCatalogue.defaults(),
          ChangePolicy.defaults()
              .withReceivingStaff(RECEIVER.id())
              .withCutoff(LocalDate.of(2024, 5, 20)),
          IdNumberLookup.none());
  static final Captures CAPTURES = Captures.of(CaptureSettings.DEFAULT);
  static final ImageConfirmation IMAGES =
      new ImageConfirmation(ConfirmationTerms.of("图像采集点", LocalDate.of(2024, 5, 31)));
  static final RecordCards CARDS = RecordCards.dueBy(LocalDate.of(2024, 5, 19));

  /** The campaign's start: one instance, since the roster compares by identity. */
  public static final CampaignState START = start();

  private CampaignScenario() {}

  private static Subject subject(ClassRef c, String number) {
    return new Subject(c.college(), c.classGroup(), StudentNumber.of(number));
  }

  static Actor student(Subject s) {
    return Actor.student(s.student(), "学生" + s.student().value().substring(8));
  }

  static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static StudentRecord record(Subject s, String name, int sequence) {
    String first17 = "460100" + "20030512" + String.format(Locale.ROOT, "%03d", sequence);
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, s.student().value())
        .set(RecordField.NAME, name)
        .set(RecordField.GENDER, sequence % 2 == 1 ? "男" : "女")
        .set(RecordField.BIRTH_DATE, "2003-05-12")
        .set(RecordField.ID_NUMBER, first17 + IdNumber.checkCharacter(first17))
        .set(RecordField.ETHNICITY, "汉族")
        .set(RecordField.COLLEGE, s.college())
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.LEVEL, "专科")
        .set(RecordField.PROGRAM_YEARS, "3")
        .set(RecordField.ENTRY_DATE, "2021-09-01")
        .set(RecordField.CLASS_GROUP, s.classGroup())
        .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30")
        .build();
  }

  private static CampaignState start() {
    List<Object[]> students =
        List.of(
            new Object[] {ZHANG, "张三", 1},
            new Object[] {LI, "李四", 2},
            new Object[] {WANG, "王五", 3},
            new Object[] {ZHAO, "赵六", 4},
            new Object[] {SUN, "阿依古丽·买买提", 5});
    List<SignOffState> sheets = new ArrayList<>();
    List<RosterEntry> roster = new ArrayList<>();
    for (ClassRef c : List.of(SOFTWARE_1, ANIMATION_2)) {
      List<StudentRecord> records = new ArrayList<>();
      for (Object[] s : students) {
        Subject subject = (Subject) s[0];
        if (subject.classGroup().equals(c.classGroup())) {
          records.add(record(subject, (String) s[1], (Integer) s[2]));
          roster.add(
              new RosterEntry(subject.student(), (String) s[1], c.college(), c.classGroup()));
        }
      }
      SignOffSheet sheet =
          SignOffSheet.forClass(
              c.college(),
              c.classGroup(),
              records,
              ReturnDeadline.of(LocalDate.of(2024, 4, 15), 10));
      sheets.add(SignOffState.open(sheet, records, FieldClasses.defaults()));
    }
    return CampaignState.start(sheets, Roster.of(roster));
  }

  private static EvidenceFile file(EvidenceKind kind, int n) {
    return EvidenceFile.of(
        kind,
        kind.key() + "-" + n + ".pdf",
        "application/pdf",
        1000 + n,
        new Sha256(String.format(Locale.ROOT, "%064x", n)),
        1 + n % 3);
  }

  private static CertificateSubmission certificates(List<StudentNumber> students, int blocking) {
    List<CertificateSubmission.Line> lines = new ArrayList<>();
    for (int i = 0; i < students.size(); i++) {
      lines.add(new CertificateSubmission.Line(students.get(i), i >= blocking));
    }
    return new CertificateSubmission(SOFTWARE_1.college(), "软件工程学院-证书.xlsx", lines, true, blocking);
  }

  private static Sha256 hash(int n) {
    return new Sha256(String.format(Locale.ROOT, "%064x", 1000 + n));
  }

  /** A journal on the store that decides with the scenario's rules. */
  public static CampaignJournal.Builder journal(EventStore store) {
    return CampaignJournal.builder(store)
        .changes(CHANGES)
        .captures(CAPTURES)
        .images(IMAGES)
        .recordCards(CARDS);
  }

  private static ChangeCommand.Move move(Actor actor, int hour, Transition t, String reason) {
    return new ChangeCommand.Move("r-1", actor, at(hour), t, reason);
  }

  /** The commands, in order; each runs through its feature's decider and the journal. */
  public static List<Consumer<CampaignJournal>> steps() {
    List<Consumer<CampaignJournal>> steps = new ArrayList<>();
    // Sign-off: a signature, a direct correction, a critical field routed to a change request, a
    // row not returned.
    steps.add(j -> j.execute(new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0))));
    steps.add(
        j ->
            j.execute(
                new SignOffCommand.ReportWrong(
                    LI.student(), RecordField.MAJOR, "软件工程", student(LI), at(1))));
    steps.add(
        j ->
            j.execute(
                new SignOffCommand.ReportWrong(
                    ZHANG.student(), RecordField.ID_NUMBER, NEW_ID, COUNSELLOR, at(1))));
    steps.add(j -> j.execute(new SignOffCommand.Sign(SUN.student(), student(SUN), at(2))));
    steps.add(
        j ->
            j.execute(
                new SignOffCommand.MarkNotReturned(ZHAO.student(), ANIMATION_COUNSELLOR, at(200))));
    // The ID-number change, from opening to the record.
    steps.add(
        j ->
            j.execute(
                new ChangeCommand.Open(
                    "r-1",
                    COUNSELLOR,
                    at(3),
                    new StudentFacts(ZHANG, LocalDate.of(2021, 9, 1), LocalDate.of(2003, 5, 12)),
                    List.of(FieldChange.of(RecordField.ID_NUMBER, OLD_ID, NEW_ID)),
                    LocalDate.of(2023, 6, 1),
                    "sign-off",
                    "核对签名表更正")));
    int n = 1;
    for (EvidenceKind kind :
        List.of(
            EvidenceKind.APPLICATION_FORM,
            EvidenceKind.HOUSEHOLD_REGISTER,
            EvidenceKind.ID_CARD,
            EvidenceKind.ID_NUMBER_CHANGE_CERTIFICATE)) {
      int file = n++;
      steps.add(
          j ->
              j.execute(
                  new ChangeCommand.AttachEvidence(
                      "r-1", student(ZHANG), at(4), file(kind, file))));
    }
    steps.add(j -> j.execute(move(COUNSELLOR, 5, Transition.SUBMIT, "")));
    steps.add(
        j ->
            j.execute(
                new ChangeCommand.CheckOriginal(
                    "r-1", RESPONSIBLE, at(6), file(EvidenceKind.HOUSEHOLD_REGISTER, 2).sha256())));
    steps.add(
        j ->
            j.execute(
                new ChangeCommand.CheckOriginal(
                    "r-1", RESPONSIBLE, at(6), file(EvidenceKind.ID_CARD, 3).sha256())));
    steps.add(j -> j.execute(move(RESPONSIBLE, 6, Transition.COLLECT, "")));
    steps.add(j -> j.execute(move(RECEIVER, 7, Transition.RECEIVE, "")));
    steps.add(j -> j.execute(move(RECEIVER, 8, Transition.START_REVIEW, "")));
    steps.add(
        j ->
            j.execute(
                new ChangeCommand.CheckOriginal(
                    "r-1",
                    RECEIVER,
                    at(8),
                    file(EvidenceKind.ID_NUMBER_CHANGE_CERTIFICATE, 4).sha256())));
    steps.add(j -> j.execute(move(RECEIVER, 9, Transition.APPROVE, "材料齐全，原件已核")));
    steps.add(j -> j.execute(move(RECEIVER, 10, Transition.APPLY, "")));
    steps.add(j -> j.execute(new ChangeCommand.LockRecord(SUN, student(SUN), at(11), "确认无误")));
    // Capture: a collective session, a refusal without a capture code, an absentee made up, fees.
    steps.add(
        j -> j.execute(new CaptureCommand.OpenMakeUpSlot(RECEIVER, at(12), "m-1", at(120), 2)));
    steps.add(
        j ->
            j.execute(
                new CaptureCommand.Capture(CENTRE, at(48), ZHANG, Session.COLLECTIVE, true, "")));
    steps.add(
        j ->
            j.execute(
                new CaptureCommand.Capture(CENTRE, at(48), WANG, Session.COLLECTIVE, false, "")));
    steps.add(j -> j.execute(new CaptureCommand.MarkAbsent(CENTRE, at(49), LI)));
    steps.add(j -> j.execute(new CaptureCommand.BookMakeUp(RECEIVER, at(50), LI, "m-1")));
    steps.add(
        j ->
            j.execute(
                new CaptureCommand.Capture(CENTRE, at(120), LI, Session.MAKE_UP, true, "m-1")));
    steps.add(
        j ->
            j.execute(
                new CaptureCommand.CollectFee(
                    RECEIVER, at(121), SOFTWARE_1.college(), SOFTWARE_1.classGroup(), 4000)));
    // Images: one confirmed, one disputed and resolved with evidence.
    steps.add(
        j -> j.execute(new ImageCommand.MarkCaptured(ZHANG.student(), CENTRE, at(48), "图像采集点")));
    steps.add(
        j -> j.execute(new ImageCommand.Upload(ZHANG.student(), CENTRE, at(72), "图像采集点", hash(1))));
    steps.add(
        j -> j.execute(new ImageCommand.Confirm(ZHANG.student(), student(ZHANG), at(80), hash(1))));
    steps.add(
        j -> j.execute(new ImageCommand.MarkCaptured(LI.student(), CENTRE, at(120), "图像采集点")));
    steps.add(
        j -> j.execute(new ImageCommand.Upload(LI.student(), CENTRE, at(130), "图像采集点", hash(2))));
    steps.add(
        j -> j.execute(new ImageCommand.Dispute(LI.student(), student(LI), at(140), "照片不是本人")));
    steps.add(
        j -> j.execute(new ImageCommand.RegisterDispute(LI.student(), COUNSELLOR, at(141), "已登记")));
    steps.add(
        j ->
            j.execute(
                new ImageCommand.ResolveDispute(
                    LI.student(),
                    RECEIVER,
                    at(150),
                    "重新采集",
                    List.of(
                        EvidenceRef.of(
                            io.gradcap.core.image.DisputeEvidenceKind.ID_COPY, hash(3))))));
    // Record cards: received, one given back and received again, the class handed over.
    for (Subject s : List.of(ZHANG, LI, WANG)) {
      steps.add(j -> j.execute(new RecordCardCommand.Receive(COUNSELLOR, at(160), s.student())));
    }
    steps.add(
        j -> j.execute(new RecordCardCommand.GiveBack(COUNSELLOR, at(161), LI.student(), "照片贴错")));
    steps.add(j -> j.execute(new RecordCardCommand.Receive(COUNSELLOR, at(162), LI.student())));
    steps.add(j -> j.execute(new RecordCardCommand.HandOver(RECEIVER, at(170), SOFTWARE_1)));
    // Certificates: the college's workbook handed in with one row to fix, then again, clean.
    steps.add(
        j ->
            j.execute(
                new CertificateCommand.Submit(
                    RESPONSIBLE,
                    at(180),
                    certificates(List.of(ZHANG.student(), LI.student()), 1))));
    steps.add(
        j ->
            j.execute(
                new CertificateCommand.Submit(
                    RESPONSIBLE,
                    at(190),
                    certificates(List.of(ZHANG.student(), LI.student(), WANG.student()), 0))));
    steps.add(
        j ->
            j.execute(
                new RecordCardCommand.Receive(ANIMATION_COUNSELLOR, at(171), ZHAO.student())));
    return steps;
  }

  /** Runs every step on the journal and returns its state. */
  public static CampaignState run(CampaignJournal journal) {
    steps().forEach(s -> s.accept(journal));
    return journal.state();
  }
}
