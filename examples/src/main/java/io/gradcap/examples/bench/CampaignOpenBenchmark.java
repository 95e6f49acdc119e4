package io.gradcap.examples.bench;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.Session;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangeStatus;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.journal.JournalCodec;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.examples.demo.DemoProgress;
import io.gradcap.examples.demo.SeedCampaignDemo;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.evidence.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opening a campaign of 100,000 students, 1,000,000 events of every feature (sign-off, change
 * requests, capture, images, record cards), with the campaign journal: from scratch, every event
 * read, decoded and folded; and from a snapshot taken at 90 % of the log, so only the last 100,000
 * events are folded. The raw read of every event is the baseline. Target: 3 s or less. And the
 * progress views {@code gradcap progress} prints, computed on the opened campaign.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class CampaignOpenBenchmark {

  static final int STUDENTS = 100_000;
  static final int CLASS_SIZE = 40;
  static final int EVENTS_PER_STUDENT = 10;
  static final Instant T0 = Instant.parse("2024-04-03T02:00:00Z");
  static final String[] COLLEGES = {
    "软件工程学院", "动画学院", "信息工程学院", "商学院", "外国语学院", "艺术设计学院", "机电工程学院", "建筑工程学院", "文化传媒学院"
  };

  @Param({"h2"})
  public String db;

  private BenchDatabases databases;
  private JdbcEventStore store;
  private CampaignState start;
  private @Nullable CampaignState opened;

  @Setup(Level.Trial)
  public void fill() {
    databases = new BenchDatabases(db);
    store = databases.newStore();
    start = start();
    fill(store, start, "with-snapshot");
  }

  /**
   * Stores the campaign's start and its 1,000,000 events, with a snapshot of the journal {@code
   * name} taken at 90 % of the log.
   */
  static void fill(JdbcEventStore store, CampaignState start, String name) {
    JournalCodec codec = JournalCodec.instance();
    for (int i = 0; i < STUDENTS; i++) {
      List<NewEvent> events = new ArrayList<>(EVENTS_PER_STUDENT);
      for (CampaignEvent e : events(i)) {
        events.add(codec.encode(e));
      }
      store.append(new AppendRequest("student/" + number(i).value(), 0, "setup-" + i, events));
      if (i == STUDENTS * 9 / 10 - 1) {
        CampaignJournal journal = CampaignJournal.builder(store).name(name).start(start).build();
        journal.open();
        journal.saveSnapshot();
      }
    }
    if (store.headPosition() != (long) STUDENTS * EVENTS_PER_STUDENT) {
      throw new IllegalStateException("stored " + store.headPosition() + " events");
    }
  }

  /**
   * Writes the same campaign to an H2 file in the directory {@code args[0]}, journal name {@code
   * campaign}, for measuring what a user waits for: a fresh {@code gradcap progress} opening it.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]).toAbsolutePath();
    String url = "jdbc:h2:file:" + dir.resolve("campaign");
    try (JdbcEventStore target =
        JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      fill(target, start(), "campaign");
    }
    System.out.println(
        "java -jar examples/target/gradcap.jar progress --db " + url + " --name campaign");
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    store.close();
    databases.close();
  }

  @Benchmark
  public CampaignState openWithoutSnapshot() {
    return check(
        CampaignJournal.builder(store).name("without-snapshot").start(start).build().open());
  }

  @Benchmark
  public CampaignState openFromSnapshot() {
    return check(CampaignJournal.builder(store).name("with-snapshot").start(start).build().open());
  }

  /**
   * What {@code gradcap progress} computes once the campaign is open: every class's, college's and
   * the institution's view (2,500 classes, 100,000 students).
   */
  @Benchmark
  public CampaignProgress progress() {
    if (opened == null) {
      opened = CampaignJournal.builder(store).name("with-snapshot").start(start).build().open();
    }
    return DemoProgress.of(SeedCampaignDemo.seedCampaign(), opened, DemoProgress.DEMO_DAY);
  }

  @Benchmark
  public long readEveryEvent(Blackhole blackhole) {
    long[] count = {0};
    store.replay(
        1,
        e -> {
          blackhole.consume(e);
          count[0]++;
        });
    return count[0];
  }

  private static CampaignState check(CampaignState state) {
    if (state.changes().requests().size() != STUDENTS
        || state.recordCards().received().size() != STUDENTS) {
      throw new IllegalStateException("opened " + state);
    }
    return state;
  }

  static StudentNumber number(int i) {
    return StudentNumber.of(Long.toString(2021_000_000L + i));
  }

  static Subject subject(int i) {
    int classNumber = i / CLASS_SIZE;
    return new Subject(
        COLLEGES[classNumber % COLLEGES.length], "21级" + classNumber + "班", number(i));
  }

  static String idNumber(int i) {
    String first17 = "460100" + "20030512" + String.format(Locale.ROOT, "%03d", i % 1000);
    return first17 + IdNumber.checkCharacter(first17);
  }

  /** The campaign's start: 2,500 classes of 40, each with its sign-off sheet, all on the roster. */
  static CampaignState start() {
    List<SignOffState> sheets = new ArrayList<>();
    List<RosterEntry> roster = new ArrayList<>(STUDENTS);
    ReturnDeadline deadline = ReturnDeadline.of(LocalDate.of(2024, 4, 15), 10);
    for (int c = 0; c < STUDENTS / CLASS_SIZE; c++) {
      List<StudentRecord> records = new ArrayList<>(CLASS_SIZE);
      for (int i = c * CLASS_SIZE; i < (c + 1) * CLASS_SIZE; i++) {
        Subject s = subject(i);
        records.add(
            StudentRecord.builder()
                .set(RecordField.STUDENT_NUMBER, s.student().value())
                .set(RecordField.NAME, "学生" + i)
                .set(RecordField.GENDER, i % 2 == 1 ? "男" : "女")
                .set(RecordField.BIRTH_DATE, "2003-05-12")
                .set(RecordField.ID_NUMBER, idNumber(i))
                .set(RecordField.ETHNICITY, "汉族")
                .set(RecordField.COLLEGE, s.college())
                .set(RecordField.MAJOR, "软件技术")
                .set(RecordField.CLASS_GROUP, s.classGroup())
                .build());
        roster.add(new RosterEntry(s.student(), "学生" + i, s.college(), s.classGroup()));
      }
      Subject first = subject(c * CLASS_SIZE);
      SignOffSheet sheet =
          SignOffSheet.forClass(first.college(), first.classGroup(), records, deadline);
      sheets.add(SignOffState.open(sheet, records, FieldClasses.defaults()));
    }
    return CampaignState.start(sheets, Roster.of(roster));
  }

  /** Ten events of one student, across every feature. */
  static List<CampaignEvent> events(int i) {
    Subject s = subject(i);
    StudentNumber n = s.student();
    Actor student = Actor.student(n, "学生" + i);
    Actor counsellor = Actor.counsellor("t-" + i / CLASS_SIZE, "辅导员", Set.of(s.classGroup()));
    Actor centre = Actor.captureCentre("c-01", "图像采集点");
    Instant at = T0.plusSeconds(i);
    String request = "r-" + i;
    Sha256 image = new Sha256(String.format(Locale.ROOT, "%064x", i));
    return List.of(
        new SignOffEvent.FieldCorrected(n, RecordField.MAJOR, "软件技术", "软件工程", student, at),
        new SignOffEvent.SignedAsCorrect(n, student, at.plusSeconds(60)),
        new ChangeEvent.RequestOpened(
            request,
            counsellor,
            at,
            "核对签名表更正",
            new StudentFacts(s, LocalDate.of(2021, 9, 1), LocalDate.of(2003, 5, 12)),
            List.of(FieldChange.of(RecordField.ID_NUMBER, idNumber(i), idNumber(i + 1))),
            LocalDate.of(2023, 6, 1),
            "sign-off"),
        new ChangeEvent.EvidenceAttached(
            request,
            student,
            at,
            "",
            EvidenceFile.of(
                EvidenceKind.APPLICATION_FORM,
                "申请表.pdf",
                "application/pdf",
                20_000,
                new Sha256(String.format(Locale.ROOT, "%064x", i + 1)),
                1)),
        new ChangeEvent.StatusChanged(
            request,
            counsellor,
            at,
            "",
            Transition.SUBMIT,
            ChangeStatus.DRAFT,
            ChangeStatus.SUBMITTED),
        new CaptureEvent.Captured(centre, at.plusSeconds(86_400), s, Session.COLLECTIVE, 2000),
        new ImageEvent.Captured(n, centre, at.plusSeconds(86_400), "图像采集点"),
        new ImageEvent.Uploaded(n, centre, at.plusSeconds(172_800), "图像采集点", image),
        new ImageEvent.Confirmed(n, student, at.plusSeconds(259_200), image),
        new RecordCardEvent.Received(n, counsellor, at.plusSeconds(300_000)));
  }
}
