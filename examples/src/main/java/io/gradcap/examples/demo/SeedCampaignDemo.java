package io.gradcap.examples.demo;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcEvidenceVault;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.PublishedWindow;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.capture.ClassFees;
import io.gradcap.core.capture.CodeGate;
import io.gradcap.core.capture.FeeReport;
import io.gradcap.core.capture.MissingCodes;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.PublishedSchedule;
import io.gradcap.core.capture.plan.ScheduleRow;
import io.gradcap.core.capture.plan.Sizing;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.change.ChangeBook;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangePolicy;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.change.EvidenceCatalogue;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceRequirement;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.IdNumberLookup;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.image.ConfirmationTerms;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.print.CapturePrint;
import io.gradcap.core.print.PrintedSheet;
import io.gradcap.core.print.SignOffPrint;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassCards;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.recordcard.RecordCardState;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterRecords;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOff;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import io.gradcap.examples.picture.ProgressHtml;
import io.gradcap.examples.picture.ScheduleSvg;
import io.gradcap.spi.Location;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.Sha256;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The seed notice's campaign end to end on an embedded H2 database: a generated roster with planted
 * mistakes, import, verification, sign-off sheets, signatures and corrections, change requests with
 * evidence, the capture plan beside the published Attachment 1, the capture-code gate, capture,
 * fees and make-ups, record cards, image confirmations and the progress view.
 *
 * <p>Every decision is recorded through the campaign journal ({@code io.gradcap.core.journal}) in
 * the H2 event store, one append per decision. Re-running on the same folder reuses its database:
 * the journal keys each append by its command and the demo's clock is fixed, so a second run stores
 * no event twice and the database holds the same campaign; the files are written again. What it
 * records (reasons, notes) is the campus's data and stays in Chinese whatever the language; only
 * what it prints follows it.
 */
public final class SeedCampaignDemo {

  /** The roster generator's seed: the same roster every run. */
  public static final long SEED = 2024;

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String ROSTER = "roster.xlsx";
  static final String ROSTER_FIXED = "roster-corrected.xlsx";

  /** The corrected roster's file name, next to the database. */
  public static final String ROSTER_FIXED_NAME = ROSTER_FIXED;

  static final String SHEETS = "signoff-sheets.xlsx";
  static final String SCHEDULE = "capture-schedule.xlsx";
  static final String SCHEDULE_SVG = "capture-schedule.svg";
  static final String PROGRESS = "progress.html";

  /** What the run produced, for the caller and for tests. */
  public record Result(
      List<Path> files,
      List<Finding> importFindings,
      VerificationReport verification,
      List<DemoRoster.Planted> planted,
      List<CollegeLine> progress,
      int events,
      int alreadyStored,
      long storedEvents,
      CampaignProgress view) {}

  /** One college's line of the progress view. */
  public record CollegeLine(
      String college,
      int students,
      int signed,
      int corrected,
      int changeRequests,
      int captured,
      int cardsReceived,
      int imagesConfirmed) {}

  private final Campaign campaign;
  private final Path dir;
  private final Locale locale;
  private final PrintWriter out;
  private final List<Path> files = new ArrayList<>();
  private DemoJournal journal;

  private final Actor office = Actor.officeStaff("o-01", "曾曦慧");
  private final Actor centre;

  private SeedCampaignDemo(Campaign campaign, Path dir, Locale locale, PrintWriter out) {
    this.campaign = campaign;
    this.dir = dir;
    this.locale = locale;
    this.out = out;
    this.centre = Actor.captureCentre("centre-01", campaign.capture().centre());
  }

  /** The seed notice's campaign, bundled as {@code /campaigns/seed-2024.yaml}. */
  public static Campaign seedCampaign() {
    try (java.io.InputStream in =
        SeedCampaignDemo.class.getResourceAsStream("/campaigns/seed-2024.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /campaigns/seed-2024.yaml");
      }
      return io.gradcap.core.campaign.CampaignCodec.read(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          io.gradcap.core.campaign.CampaignFormat.YAML,
          "seed-2024.yaml");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs the campaign into {@code dir}, printing what happens to {@code out}. */
  public static Result run(Campaign campaign, Path dir, Locale locale, PrintWriter out)
      throws IOException {
    Files.createDirectories(dir);
    return new SeedCampaignDemo(campaign, dir, locale, out).run();
  }

  /** The rules change requests are decided by: the office's receiving staff is named. */
  private ChangeDecider changeDecider() {
    return new ChangeDecider(
        EvidenceCatalogue.defaults(),
        ChangePolicy.defaults().withReceivingStaff(office.id()),
        IdNumberLookup.none());
  }

  /** The capture settings of the seed notice: its fee and its capture-code lead time. */
  private CaptureSettings captureSettings() {
    return CaptureSettings.DEFAULT
        .withFee(campaign.capture().fee().movePointRight(2).longValueExact())
        .withCodeLeadDays(campaign.capture().codeLeadDays());
  }

  private ImageConfirmation imageConfirmation() {
    return new ImageConfirmation(
        ConfirmationTerms.of(campaign.capture().centre(), LocalDate.of(2024, 7, 1)));
  }

  private static RecordCards recordCards() {
    return RecordCards.dueBy(LocalDate.of(2023, 5, 19));
  }

  private String t(String chinese, String english) {
    return "en".equals(locale.getLanguage()) ? english : chinese;
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(CHINA).toInstant();
  }

  private Result run() throws IOException {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("campaign") + ";AUTO_SERVER=FALSE";
    try (JdbcEventStore store = JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults());
        JdbcEvidenceVault vault =
            JdbcEvidenceVault.open(url, new Properties(), JdbcOptions.defaults())) {
      DemoRoster roster = DemoRoster.generate(campaign, SEED);

      // 1. The roster as a college hands it in, then corrected by the registry clerk.
      heading(t("一、名单导入", "1. Roster import"));
      Path handedIn = writeRoster(roster, ROSTER, true);
      RosterImport first = importRoster(handedIn);
      out.println(
          t(
              "  " + ROSTER + "：" + roster.size() + " 名学生，导入被拒：",
              "  " + ROSTER + ": " + roster.size() + " students, import refused:"));
      first.findings().forEach(f -> out.println("    " + f.describe(locale)));
      out.println(
          t(
              "  学籍员将该单元格改为文本格式，照身份证重新录入号码，另存为 " + ROSTER_FIXED + "。",
              "  The registry clerk formats the cell as text, retypes the number from the ID card and saves "
                  + ROSTER_FIXED
                  + "."));
      Path fixed = writeRoster(roster, ROSTER_FIXED, false);
      RosterImport second = importRoster(fixed);
      out.println(
          t(
              "  重新导入：" + second.rows().size() + " 行，" + second.findings().size() + " 条导入问题。",
              "  Imported again: "
                  + second.rows().size()
                  + " rows, "
                  + second.findings().size()
                  + " import findings."));
      List<StudentRecord> records = RosterRecords.toRecords(second.rows());

      // 2. Verification.
      heading(t("二、学籍核对（R6）", "2. Verification (R6)"));
      VerificationContext context =
          VerificationContext.of(VerificationPolicy.defaults(), LocalDate.of(2023, 4, 3))
              .withGraduatingYear(campaign.graduatingClass().year())
              .withClasses(roster.classes());
      VerificationReport report = Verifier.withBuiltInRules().verify(records, context);
      for (Finding f : report.findings()) {
        if (f.severity() != Severity.INFO) {
          out.println("  " + f.describe(locale));
        }
      }
      out.println(
          t(
              "  共 "
                  + report.records()
                  + " 条记录，阻断 "
                  + report.blocking().size()
                  + " 条，警告 "
                  + report.withSeverity(Severity.WARNING).size()
                  + " 条。",
              "  "
                  + report.records()
                  + " records, "
                  + report.blocking().size()
                  + " blocking, "
                  + report.withSeverity(Severity.WARNING).size()
                  + " warnings."));

      // The duplicate number is the registry's own mistake: fixed at once from the enrolment list
      // (R4).
      DemoRoster.Planted duplicate = DemoStart.duplicate(roster);
      List<StudentRecord> fixedRecords = fixDuplicate(records, duplicate);
      records = fixedRecords;

      // 3. Sign-off sheets, signatures, direct corrections and change requests.
      heading(t("三、核对签名表（R2–R5）", "3. Sign-off sheets (R2–R5)"));
      ReturnDeadline deadline = DemoStart.deadline();
      List<SignOffSheet> sheets = SignOffSheet.perClass(records, deadline);
      writeSheets(sheets);
      out.println(
          t(
              "  " + sheets.size() + " 个班级的签名表已写入 " + SHEETS + "。",
              "  Sign-off sheets of " + sheets.size() + " classes written to " + SHEETS + "."));
      // Every decision from here on goes through the campaign journal into the H2 event store.
      DemoJournal journal =
          new DemoJournal(
              store,
              DemoStart.start(sheets, fixedRecords),
              changeDecider(),
              Captures.of(captureSettings()),
              imageConfirmation(),
              recordCards());
      this.journal = journal;
      Map<String, SignOffState> signOff = signOff(sheets, records, roster, journal);

      // 4. Change requests with evidence.
      heading(t("四、学籍变更申请（R3、R7、R8）", "4. Change requests (R3, R7, R8)"));
      ChangeBook book = changeRequests(signOff, records, vault, journal);

      // 5. The capture plan beside Attachment 1.
      heading(t("五、图像采集安排（R9、R10）", "5. Capture schedule (R9, R10)"));
      List<CaptureGroup> groups = groups(records, roster);
      CapturePlan plan = plan(groups);

      // 6. Capture-code gate, capture, fees, make-ups.
      heading(
          t("六、采集码、采集、收费与补采（R11–R14）", "6. Capture codes, capture, fees and make-ups (R11–R14)"));
      CaptureState captured = capture(plan, records, journal);

      // 7. Record cards.
      heading(t("七、学籍卡（R15）", "7. Record cards (R15)"));
      RecordCardState cards = recordCards(records, journal);

      // 8. Image confirmations.
      heading(t("八、图像确认（R16、R17）", "8. Image confirmations (R16, R17)"));
      Map<StudentNumber, ImageState> images = images(records, vault, journal);

      // 9. Progress.
      heading(t("九、进度", "9. Progress"));
      List<CollegeLine> progress = progress(records, signOff, book, captured, cards, images);
      CampaignProgress view = DemoProgress.of(campaign, journal.state(), DemoProgress.DEMO_DAY);
      printProgress(view);
      Path html = dir.resolve(PROGRESS);
      ProgressHtml.write(html, campaign.title(), campaign, view, locale);
      files.add(html);
      files.add(dir.resolve("campaign.mv.db"));

      heading(t("事件与文件", "Events and files"));
      out.println(
          t(
              "  本次提交 "
                  + journal.events()
                  + " 个事件（"
                  + journal.appends()
                  + " 次追加，其中 "
                  + journal.alreadyStored()
                  + " 次此前已保存）；数据库共 "
                  + journal.head()
                  + " 个事件位置。",
              "  "
                  + journal.events()
                  + " events handed to the store ("
                  + journal.appends()
                  + " appends, "
                  + journal.alreadyStored()
                  + " of them stored by an earlier run); the database's head position is "
                  + journal.head()
                  + "."));
      out.println(t("  写入的文件：", "  Files written:"));
      for (Path file : files) {
        out.println("    " + file.toAbsolutePath().normalize());
      }
      out.flush();
      return new Result(
          List.copyOf(files),
          first.findings(),
          report,
          roster.planted(),
          progress,
          journal.events(),
          journal.alreadyStored(),
          journal.head(),
          view);
    }
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }

  // ---------------------------------------------------------------- roster

  private Path writeRoster(DemoRoster roster, String name, boolean idAsNumber) {
    Path file = dir.resolve(name);
    SheetLayout layout =
        SheetLayout.of("名单", DemoRoster.HEADERS.stream().map(Column::of).toList())
            .withTitleRows(campaign.graduatingClass() + "毕业生名单");
    List<SheetRow> rows = new ArrayList<>(roster.size());
    for (int i = 0; i < roster.size(); i++) {
      List<Object> values = new ArrayList<>(List.of((Object[]) roster.rows().get(i)));
      if (idAsNumber && i == roster.excelNumberRow()) {
        // What Excel keeps of an 18-digit number typed into a General cell: 15 significant digits.
        values.set(
            DemoRoster.ID,
            Double.parseDouble(roster.rows().get(i)[DemoRoster.ID].substring(0, 17)) * 10);
      }
      rows.add(new SheetRow.Values(values));
    }
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(layout, rows.stream());
    }
    files.add(file);
    return file;
  }

  private static RosterImport importRoster(Path file) {
    return DemoStart.importRoster(file);
  }

  private List<StudentRecord> fixDuplicate(
      List<StudentRecord> records, DemoRoster.Planted duplicate) {
    return DemoStart.fixDuplicate(
        records,
        duplicate,
        r ->
            out.println(
                t(
                    "  R4 直接更正："
                        + r.location(RecordField.STUDENT_NUMBER).orElse("")
                        + " 的学号按录取名单改为 "
                        + duplicate.correction()
                        + "（与 "
                        + duplicate.studentNumber()
                        + " 重复）。",
                    "  R4 direct correction: the student number at "
                        + r.location(RecordField.STUDENT_NUMBER).orElse("")
                        + " becomes "
                        + duplicate.correction()
                        + " from the enrolment list (it repeated "
                        + duplicate.studentNumber()
                        + ").")));
  }

  // ---------------------------------------------------------------- sign-off

  /**
   * The printable sheets ({@link SignOffPrint}), one worksheet per college, a section and page per
   * class.
   */
  private void writeSheets(List<SignOffSheet> sheets) {
    Path file = dir.resolve(SHEETS);
    Map<String, List<SignOffSheet>> byCollege =
        sheets.stream()
            .collect(
                Collectors.groupingBy(
                    SignOffSheet::college, LinkedHashMap::new, Collectors.toList()));
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      for (Map.Entry<String, List<SignOffSheet>> e : byCollege.entrySet()) {
        PrintedSheet printed = SignOffPrint.of(e.getValue(), locale);
        SheetLayout l = printed.layout();
        writer.writeSheet(
            new SheetLayout(
                e.getKey(),
                l.titleRows(),
                l.columns(),
                l.repeatHeader(),
                l.freezeHeader(),
                l.page(),
                l.footer(),
                l.breakBeforeSection(),
                l.rowHeight()),
            printed.stream());
      }
    }
    files.add(file);
  }

  private Map<String, SignOffState> signOff(
      List<SignOffSheet> sheets,
      List<StudentRecord> records,
      DemoRoster roster,
      DemoJournal journal) {
    Map<String, DemoRoster.Planted> planted = new HashMap<>();
    roster.planted().stream()
        .filter(p -> p.field() != RecordField.STUDENT_NUMBER)
        .forEach(p -> planted.put(p.studentNumber(), p));
    Map<String, SignOffState> states = new LinkedHashMap<>();
    int signed = 0;
    int corrected = 0;
    int requested = 0;
    int notReturned = 0;
    Instant day = at(LocalDate.of(2023, 4, 14), 10, 0);
    for (SignOffSheet sheet : sheets) {
      SignOffState state = SignOffState.open(sheet, records, FieldClasses.defaults());
      Actor counsellor =
          Actor.counsellor("c-" + sheet.classGroup(), "班主任", Set.of(sheet.classGroup()));
      List<SignOffEvent> events = new ArrayList<>();
      int row = 0;
      for (StudentNumber student : sheet.students()) {
        row++;
        Instant when = day.plusSeconds(60L * row);
        List<SignOffCommand> commands = new ArrayList<>();
        DemoRoster.Planted p = planted.get(student.value());
        if (p != null) {
          commands.add(
              new SignOffCommand.ReportWrong(student, p.field(), p.correction(), counsellor, when));
        } else if (row == 7 && sheet.classGroup().hashCode() % 3 == 0) {
          // R4: a non-critical field is corrected on the sheet at once.
          commands.add(
              new SignOffCommand.ReportWrong(
                  student, RecordField.POLITICAL_STATUS, "中共党员", counsellor, when));
        } else if (row == 11 && sheet.classGroup().hashCode() % 5 == 0) {
          commands.add(new SignOffCommand.MarkNotReturned(student, counsellor, when));
          notReturned++;
          commands.clear();
          commands.add(new SignOffCommand.MarkNotReturned(student, counsellor, when));
        }
        if (!(commands.size() == 1 && commands.get(0) instanceof SignOffCommand.MarkNotReturned)) {
          commands.add(new SignOffCommand.Sign(student, counsellor, when.plusSeconds(30)));
        }
        for (SignOffCommand command : commands) {
          List<SignOffEvent> decided = SignOff.decide(command, state).events();
          journal.record(command, decided);
          for (SignOffEvent event : decided) {
            state = SignOff.evolve(state, event);
            events.add(event);
            if (event instanceof SignOffEvent.SignedAsCorrect) {
              signed++;
            } else if (event instanceof SignOffEvent.FieldCorrected fc) {
              corrected++;
              if (corrected <= 3) {
                out.println(
                    t("  R4 直接更正：", "  R4 direct correction: ")
                        + fc.student()
                        + " "
                        + fc.field().label(locale)
                        + " "
                        + fc.oldValue()
                        + " → "
                        + fc.newValue());
              }
            } else if (event instanceof SignOffEvent.ChangeRequestOpened cr) {
              requested++;
              out.println(
                  t("  R3 关键字段转变更申请：", "  R3 critical field routed to a change request: ")
                      + cr.student()
                      + " "
                      + cr.field().label(locale));
            }
          }
        }
      }
      states.put(sheet.classGroup(), state);
    }
    out.println(
        t(
            "  签名 "
                + signed
                + "，直接更正 "
                + corrected
                + "，转变更申请 "
                + requested
                + "，未交回 "
                + notReturned
                + "。",
            "  Signed "
                + signed
                + ", corrected directly "
                + corrected
                + ", routed to change requests "
                + requested
                + ", not returned "
                + notReturned
                + "."));
    return states;
  }

  // ---------------------------------------------------------------- change requests

  private ChangeBook changeRequests(
      Map<String, SignOffState> signOff,
      List<StudentRecord> records,
      JdbcEvidenceVault vault,
      DemoJournal journal) {
    ChangeDecider decider = changeDecider();
    Map<String, StudentRecord> byNumber = new HashMap<>();
    records.forEach(r -> byNumber.putIfAbsent(r.subject(), r));
    ChangeBook book = ChangeBook.empty();
    int n = 0;
    List<Opened> opened = new ArrayList<>();
    for (SignOffState state : signOff.values()) {
      for (var outcome : state.outcomes().values()) {
        for (var request : outcome.changeRequests()) {
          opened.add(
              new Opened(
                  state.sheet().college(),
                  state.sheet().classGroup(),
                  outcome.student(),
                  FieldChange.of(request.field(), request.currentValue(), request.proposedValue()),
                  false));
        }
      }
    }
    // One request the office turns down: a name "correction" the household register does not
    // support.
    StudentRecord other = records.get(99);
    opened.add(
        new Opened(
            other.college(),
            other.classGroup(),
            other.studentNumber().orElseThrow(),
            FieldChange.of(
                RecordField.NAME, other.text(RecordField.NAME), other.text(RecordField.NAME) + "儿"),
            true));
    Instant t0 = at(LocalDate.of(2023, 4, 17), 9, 0);
    for (Opened o : opened) {
      n++;
      String id = "cr-" + o.student().value() + "-" + o.change().field().key();
      StudentRecord r = byNumber.get(o.student().value());
      Subject subject = new Subject(o.college(), o.classGroup(), o.student());
      Actor student = Actor.student(o.student(), r.text(RecordField.NAME));
      Actor counsellor = Actor.counsellor("c-" + o.classGroup(), "班主任", Set.of(o.classGroup()));
      Actor responsible =
          Actor.collegeResponsible("r-" + o.college(), "学院负责人", Set.of(o.college()));
      Instant at = t0.plusSeconds(600L * n);
      StudentFacts facts =
          new StudentFacts(
              subject,
              r.entryDate().orElse(LocalDate.of(2021, 9, 1)),
              r.birthDate().orElse(LocalDate.of(2003, 1, 1)));
      List<ChangeCommand> commands = new ArrayList<>();
      commands.add(
          new ChangeCommand.Open(
              id,
              student,
              at,
              facts,
              List.of(o.change()),
              LocalDate.of(2023, 4, 14),
              "sign-off",
              "核对签名表发现信息有误"));
      List<EvidenceRequirement> needed = new ArrayList<>(decider.catalogue().everyRequest());
      needed.addAll(decider.catalogue().forField(o.change().field()));
      List<ChangeCommand> checks = new ArrayList<>();
      for (EvidenceRequirement req : needed) {
        byte[] bytes = evidence(req.kind().key(), o.student().value());
        EvidenceEntry entry =
            vault.put(
                bytes,
                new EvidenceMetadata(
                    req.kind().key(),
                    req.kind().key() + ".pdf",
                    "application/pdf",
                    1,
                    student.id(),
                    at));
        Sha256 sha = entry.sha256();
        commands.add(
            new ChangeCommand.AttachEvidence(
                id,
                student,
                at.plusSeconds(1),
                EvidenceFile.of(
                    req.kind(),
                    req.kind().key() + ".pdf",
                    "application/pdf",
                    bytes.length,
                    sha,
                    1)));
        if (req.checkAgainstOriginal()) {
          Role role = req.checkedBy() == null ? Role.COLLEGE_RESPONSIBLE : req.checkedBy();
          checks.add(
              new ChangeCommand.CheckOriginal(
                  id,
                  role == Role.OFFICE_STAFF
                      ? office
                      : role == Role.COUNSELLOR ? counsellor : responsible,
                  at.plusSeconds(2),
                  sha));
        }
      }
      commands.addAll(checks);
      commands.add(new ChangeCommand.Move(id, student, at.plusSeconds(3), Transition.SUBMIT, ""));
      commands.add(
          new ChangeCommand.Move(id, responsible, at.plusSeconds(4), Transition.COLLECT, ""));
      commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(5), Transition.RECEIVE, ""));
      commands.add(
          new ChangeCommand.Move(id, office, at.plusSeconds(6), Transition.START_REVIEW, ""));
      if (o.reject()) {
        commands.add(
            new ChangeCommand.Move(
                id, office, at.plusSeconds(7), Transition.REJECT, "户口簿姓名与学籍一致，不予变更"));
      } else {
        commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(7), Transition.APPROVE, ""));
        commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(8), Transition.APPLY, ""));
      }
      List<ChangeEvent> events = new ArrayList<>();
      for (ChangeCommand command : commands) {
        Decision<ChangeEvent> decision = decider.decide(command, book);
        if (!decision.isAccepted()) {
          out.println(
              "  "
                  + o.student()
                  + " "
                  + o.change().field().label(locale)
                  + t("：不予受理 ", ": refused ")
                  + ((Decision.Refused<ChangeEvent>) decision)
                      .describe(locale)
                      .replace("\n", "\n    "));
          break;
        }
        journal.record(command, decision.events());
        for (ChangeEvent event : decision.events()) {
          book = ChangeDecider.evolve(book, event);
          events.add(event);
        }
      }
      ChangeRequest request = book.request(id).orElse(null);
      if (request == null) {
        continue;
      }
      out.println(
          "  "
              + o.student()
              + " "
              + o.change().field().label(locale)
              + t("：", ": ")
              + request.status()
              + t("（证明材料 ", " (evidence ")
              + needed.size()
              + t(" 份，已存入证据库）", " files in the evidence vault)"));
    }
    return book;
  }

  private record Opened(
      String college,
      String classGroup,
      StudentNumber student,
      FieldChange change,
      boolean reject) {}

  /** A small but real PDF standing in for a scanned document. */
  private static byte[] evidence(String kind, String student) {
    String body = "%PDF-1.4\n% gradcap demo evidence: " + kind + " of " + student + "\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  // ---------------------------------------------------------------- capture plan

  private List<CaptureGroup> groups(List<StudentRecord> records, DemoRoster roster) {
    Map<String, List<StudentNumber>> byClass = new LinkedHashMap<>();
    roster.classColleges().keySet().forEach(c -> byClass.put(c, new ArrayList<>()));
    records.forEach(r -> byClass.get(r.classGroup()).add(r.studentNumber().orElseThrow()));
    List<CaptureGroup> groups = new ArrayList<>();
    int g = 0;
    for (PublishedWindow window : campaign.captureSchedule()) {
      g++;
      var cohort = DemoRoster.cohortOf(window);
      List<CaptureClass> classes = new ArrayList<>();
      byClass.forEach(
          (name, students) -> {
            var placement = roster.classes().get(name);
            if (placement.college().equals(window.college()) && placement.cohort().equals(cohort)) {
              classes.add(new CaptureClass(name, students.stream().sorted().toList()));
            }
          });
      List<String> persons = campaign.responsible(window).stream().map(p -> p.name()).toList();
      groups.add(
          new CaptureGroup(
              "g" + g,
              window.college() + (window.cohorts().isEmpty() ? "" : " " + cohort),
              window.college(),
              classes,
              persons,
              false,
              null,
              window.noteIfAny().orElse("")));
    }
    return groups;
  }

  private List<ScheduleRow> published(List<CaptureGroup> groups) {
    List<ScheduleRow> rows = new ArrayList<>();
    int g = 0;
    for (PublishedWindow window : campaign.captureSchedule()) {
      CaptureGroup group = groups.get(g++);
      rows.add(
          new ScheduleRow(
              window.date(),
              window.startInclusive(),
              window.endExclusive(),
              campaign.capture().room(),
              group.id(),
              group.name(),
              window.expectedStudents(),
              group.responsible(),
              window.noteIfAny().orElse("")));
    }
    return rows;
  }

  private CapturePlan plan(List<CaptureGroup> groups) throws IOException {
    List<CaptureWindow> sessions = new ArrayList<>();
    for (LocalDate day : campaign.captureDays()) {
      LocalTime morning =
          campaign.captureSchedule().stream()
              .filter(w -> w.date().equals(day) && w.isMorning())
              .map(PublishedWindow::startInclusive)
              .min(LocalTime::compareTo)
              .orElse(LocalTime.of(8, 10));
      sessions.add(CaptureWindow.of(day, morning, LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(day, LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    String room = campaign.capture().room();
    Station station = new Station(room, room, 1, Throughput.perMinute("2.5"));
    CaptureProblem problem = CaptureProblem.of(groups, sessions, List.of(station), Order.FIXED);
    CapturePlanner planner = CapturePlanner.withoutTimetable();
    Sizing sizing = planner.smallestThroughput(problem, new BigDecimal("0.01")).orElseThrow();
    out.println(
        t(
            "  一台相机需要的最小采集速度：" + sizing.value(),
            "  Smallest throughput one camera needs: " + sizing.value()));
    sizing.verdict().forEach(f -> out.println("    " + f.message(locale)));
    Station realistic = station.withThroughput(Throughput.perMinute("1.5"));
    planner
        .fewestCameras(problem.withStations(s -> realistic), 3)
        .ifPresent(
            two -> {
              out.println(
                  t(
                      "  按每台相机每分钟 1.5 人：需要 " + two.value() + " 台相机",
                      "  At 1.5 students a minute a camera: " + two.value() + " cameras"));
              two.verdict().forEach(f -> out.println("    " + f.message(locale)));
            });
    CapturePlan plan = sizing.plan();
    Station used = plan.problem().stations().get(0);
    out.println(t("  计划（左）与附件1（右）：", "  Plan (left) beside Attachment 1 (right):"));
    List<ScheduleRow> published = published(groups);
    Map<String, List<ScheduleRow>> planned =
        plan.schedule().stream()
            .collect(
                Collectors.groupingBy(ScheduleRow::groupId, TreeMap::new, Collectors.toList()));
    for (ScheduleRow p : published) {
      List<ScheduleRow> mine = planned.getOrDefault(p.groupId(), List.of());
      String left =
          mine.stream()
              .map(r -> r.date() + " " + r.startInclusive() + "–" + r.endExclusive())
              .collect(Collectors.joining(", "));
      out.println(
          "    "
              + pad(p.group(), 34)
              + pad(left, 30)
              + " | "
              + p.date()
              + " "
              + p.startInclusive()
              + "–"
              + p.endExclusive()
              + "  "
              + p.headcount());
    }
    out.println(
        t(
            "  附件1检查（按计划速度 " + used.throughput() + "）：",
            "  Attachment 1 checked (at the plan's rate " + used.throughput() + "):"));
    for (Finding f : PublishedSchedule.check(published, groups, used)) {
      if (f.severity() != Severity.INFO) {
        out.println("    " + f.describe(locale));
      }
    }
    writeSchedule(plan);
    return plan;
  }

  /**
   * The plan as printable sheets ({@link CapturePrint}: schedule and queues) and as an SVG Gantt
   * chart.
   */
  private void writeSchedule(CapturePlan plan) throws IOException {
    Path file = dir.resolve(SCHEDULE);
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      for (PrintedSheet sheet :
          List.of(CapturePrint.schedule(plan, locale), CapturePrint.queues(plan, locale))) {
        writer.writeSheet(sheet.layout(), sheet.stream());
      }
    }
    files.add(file);
    Path svg = dir.resolve(SCHEDULE_SVG);
    Files.writeString(svg, ScheduleSvg.render(plan, locale), StandardCharsets.UTF_8);
    files.add(svg);
  }

  static String pad(String text, int width) {
    int columns =
        text.codePoints()
            .map(
                c ->
                    Character.isIdeographic(c)
                            || (c >= 0xFF00 && c <= 0xFFEF)
                            || (c >= 0x3000 && c <= 0x303F)
                        ? 2
                        : 1)
            .sum();
    return text + " ".repeat(Math.max(1, width - columns));
  }

  // ---------------------------------------------------------------- capture

  private CaptureState capture(CapturePlan plan, List<StudentRecord> records, DemoJournal journal) {
    CaptureSettings settings = captureSettings();
    Map<String, StudentRecord> byNumber = new HashMap<>();
    records.forEach(r -> byNumber.put(r.subject(), r));
    // The host's capture codes: every 97th student has none yet.
    List<String> numbers = records.stream().map(StudentRecord::subject).sorted().toList();
    Map<String, CaptureCodeStatus> codes = new HashMap<>();
    for (int i = 0; i < numbers.size(); i++) {
      codes.put(
          numbers.get(i),
          i % 97 == 5
              ? CaptureCodeStatus.missing(numbers.get(i))
              : CaptureCodeStatus.held(numbers.get(i), at(LocalDate.of(2023, 4, 10), 12, 0)));
    }
    CaptureCodes host = number -> codes.getOrDefault(number, CaptureCodeStatus.missing(number));
    List<MissingCodes> missing = CodeGate.missing(plan, host, LocalDate.of(2023, 4, 21), settings);
    for (Finding f : CodeGate.findings(missing)) {
      out.println("  " + f.describe(locale));
    }
    Captures captures = Captures.of(settings);
    CaptureState state = CaptureState.EMPTY;
    int absent = 0;
    for (ClassSlot slot : plan.slots()) {
      List<CaptureEvent> events = new ArrayList<>();
      Instant when = slot.date().atTime(slot.startInclusive()).atZone(CHINA).toInstant();
      int i = 0;
      for (StudentNumber student : slot.queue()) {
        Subject subject = new Subject(slot.college(), slot.classGroup(), student);
        CaptureCommand command =
            (++i == 3 && slot.classGroup().hashCode() % 4 == 0)
                ? new CaptureCommand.MarkAbsent(centre, when.plusSeconds(25L * i), subject)
                : CaptureCommand.Capture.collective(
                    centre, when.plusSeconds(25L * i), subject, host);
        if (command instanceof CaptureCommand.MarkAbsent) {
          absent++;
        }
        // Each student's decision depends on that student alone: the class's events fold in one
        // pass below.
        events.addAll(decideCapture(captures, command, state));
      }
      state = Captures.replay(state, events);
    }
    // Make-ups: one slot after the last capture day, every absentee booked and photographed.
    List<CaptureEvent> makeUps = new ArrayList<>();
    Instant slotAt = at(LocalDate.of(2023, 5, 8), 14, 30);
    for (CaptureCommand command :
        List.<CaptureCommand>of(
            new CaptureCommand.OpenMakeUpSlot(
                office, at(LocalDate.of(2023, 4, 27), 9, 0), "makeup-1", slotAt, 40))) {
      for (CaptureEvent event : decideCapture(captures, command, state)) {
        state = Captures.evolve(state, event);
        makeUps.add(event);
      }
    }
    List<StudentNumber> absentees = new ArrayList<>(state.makeUpList());
    absentees.sort(null);
    for (StudentNumber student : absentees) {
      Subject subject = state.subjects().get(student);
      Actor who = Actor.student(student, byNumber.get(student.value()).text(RecordField.NAME));
      for (CaptureCommand command :
          List.<CaptureCommand>of(
              new CaptureCommand.BookMakeUp(
                  who, at(LocalDate.of(2023, 4, 28), 10, 0), subject, "makeup-1"),
              new CaptureCommand.Capture(
                  centre,
                  slotAt.plusSeconds(60),
                  subject,
                  io.gradcap.core.capture.Session.MAKE_UP,
                  host.status(student.value()).held(),
                  "makeup-1"))) {
        for (CaptureEvent event : decideCapture(captures, command, state)) {
          state = Captures.evolve(state, event);
          makeUps.add(event);
        }
      }
    }
    // R13: each class pays for its photographs, make-ups included, in one payment to the centre.
    List<CaptureEvent> fees = new ArrayList<>();
    Instant paidAt = at(LocalDate.of(2023, 5, 9), 10, 0);
    for (ClassSlot slot : plan.slots()) {
      CaptureState now = state;
      long photographs =
          slot.queue().stream()
              .filter(n -> now.collective().contains(n) || now.madeUp().contains(n))
              .count();
      // One class pays short, so the fee report has something to say.
      long fen =
          settings.feeFenPerPhoto()
              * (photographs
                  - (slot.classGroup().equals(plan.slots().get(4).classGroup()) ? 1 : 0));
      for (CaptureEvent event :
          decideCapture(
              captures,
              new CaptureCommand.CollectFee(centre, paidAt, slot.college(), slot.classGroup(), fen),
              state)) {
        state = Captures.evolve(state, event);
        fees.add(event);
      }
    }
    FeeReport report = FeeReport.of(state, plan, settings);
    long expected = report.colleges().stream().mapToLong(ClassFees::expectedFen).sum();
    long collected = report.colleges().stream().mapToLong(ClassFees::collectedFen).sum();
    out.println(
        t(
            "  集体采集 "
                + state.collective().size()
                + " 人，缺席 "
                + absent
                + " 人，补采 "
                + state.madeUp().size()
                + " 人；应收 "
                + yuan(expected)
                + " 元，已收 "
                + yuan(collected)
                + " 元。",
            "  Collective session: "
                + state.collective().size()
                + " photographed, "
                + absent
                + " absent, "
                + state.madeUp().size()
                + " made up; fees due "
                + yuan(expected)
                + " yuan, collected "
                + yuan(collected)
                + "."));
    report.findings().stream().limit(5).forEach(f -> out.println("    " + f.describe(locale)));
    return state;
  }

  private static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
  }

  private List<CaptureEvent> decideCapture(
      Captures captures, CaptureCommand command, CaptureState state) {
    Decision<CaptureEvent> decision = captures.decide(command, state);
    journal.record(command, decision.events());
    if (decision.events().isEmpty() && decision.refusal().isPresent()) {
      out.println("    " + decision.refusal().get().message(locale));
    }
    return decision.events();
  }

  // ---------------------------------------------------------------- record cards

  private static io.gradcap.core.recordcard.Roster cardRoster(List<StudentRecord> records) {
    return DemoStart.cardRoster(records);
  }

  private RecordCardState recordCards(List<StudentRecord> records, DemoJournal journal) {
    RecordCards cards = recordCards();
    RecordCardState state = RecordCardState.initial(cardRoster(records));
    Actor receiver = office;
    int n = 0;
    for (ClassRef classRef : state.roster().classes()) {
      List<RecordCardEvent> events = new ArrayList<>();
      int i = 0;
      for (RosterEntry entry : state.roster().students(classRef)) {
        // One class in nine is still missing a card at the deadline.
        if (++i == 2 && n % 9 == 4) {
          continue;
        }
        // Each card's decision depends on that student alone: the class's receipts fold in one pass
        // below.
        events.addAll(
            applyCard(
                cards,
                new RecordCardCommand.Receive(
                    receiver, at(LocalDate.of(2023, 5, 10), 9, 0).plusSeconds(i), entry.student()),
                state));
      }
      state = RecordCards.replay(state, events);
      if (state.isComplete(classRef)) {
        List<RecordCardEvent> handover =
            applyCard(
                cards,
                new RecordCardCommand.HandOver(
                    receiver, at(LocalDate.of(2023, 5, 18), 15, 0), classRef),
                state);
        events.addAll(handover);
        state = RecordCards.replay(state, handover);
      }
      n++;
    }
    List<ClassCards> progress = cards.progress(state, LocalDate.of(2023, 5, 22));
    long complete = progress.stream().filter(ClassCards::isComplete).count();
    out.println(
        t(
            "  " + complete + " / " + progress.size() + " 个班级的学籍卡已收齐并移交（" + receiver.name() + "）。",
            "  "
                + complete
                + " of "
                + progress.size()
                + " classes handed in all record cards (to "
                + receiver.name()
                + ")."));
    cards.overdue(state, LocalDate.of(2023, 5, 22)).stream()
        .limit(3)
        .forEach(f -> out.println("    " + f.describe(locale)));
    return state;
  }

  private List<RecordCardEvent> applyCard(
      RecordCards cards, RecordCardCommand command, RecordCardState state) {
    Decision<RecordCardEvent> decision = cards.decide(command, state);
    journal.record(command, decision.events());
    if (!decision.isAccepted()) {
      out.println("    " + decision.refusal().orElseThrow().describe(locale));
    }
    return decision.events();
  }

  // ---------------------------------------------------------------- images

  private Map<StudentNumber, ImageState> images(
      List<StudentRecord> records, JdbcEvidenceVault vault, DemoJournal journal) {
    ImageConfirmation confirmation = imageConfirmation();
    Map<StudentNumber, ImageState> states = new LinkedHashMap<>();
    Map<String, List<StudentRecord>> byClass =
        records.stream()
            .collect(
                Collectors.groupingBy(
                    StudentRecord::classGroup, LinkedHashMap::new, Collectors.toList()));
    StudentNumber disputed = records.get(250).studentNumber().orElseThrow();
    int unconfirmed = 0;
    for (Map.Entry<String, List<StudentRecord>> e : byClass.entrySet()) {
      List<ImageEvent> events = new ArrayList<>();
      int i = 0;
      for (StudentRecord r : e.getValue()) {
        i++;
        StudentNumber number = r.studentNumber().orElseThrow();
        Subject subject = new Subject(r.college(), r.classGroup(), number);
        Actor student = Actor.student(number, r.text(RecordField.NAME));
        Actor counsellor = Actor.counsellor("c-" + r.classGroup(), "班主任", Set.of(r.classGroup()));
        Instant t0 = at(LocalDate.of(2023, 6, 5), 9, 0).plusSeconds(i * 60L);
        Sha256 photo = Sha256.of(("photo " + number.value()).getBytes(StandardCharsets.UTF_8));
        List<ImageCommand> commands =
            new ArrayList<>(
                List.of(
                    new ImageCommand.MarkCaptured(number, centre, t0, campaign.capture().centre()),
                    new ImageCommand.Upload(
                        number,
                        centre,
                        t0.plusSeconds(86_400),
                        campaign.capture().centre(),
                        photo)));
        if (number.equals(disputed)) {
          byte[] note =
              ("%PDF-1.4\n% ID card copy of " + number.value() + "\n%%EOF\n")
                  .getBytes(StandardCharsets.US_ASCII);
          EvidenceEntry entry =
              vault.put(
                  note,
                  new EvidenceMetadata(
                      "id-copy",
                      "id-copy.pdf",
                      "application/pdf",
                      1,
                      office.id(),
                      t0.plusSeconds(3 * 86_400)));
          Sha256 retake = Sha256.of(("retake " + number.value()).getBytes(StandardCharsets.UTF_8));
          commands.addAll(
              List.of(
                  new ImageCommand.Dispute(
                      number, student, t0.plusSeconds(2 * 86_400), "照片与本人不符（眼镜反光）"),
                  new ImageCommand.RegisterDispute(
                      number, counsellor, t0.plusSeconds(2 * 86_400 + 600), "已登记，申请重拍"),
                  new ImageCommand.ResolveDispute(
                      number,
                      office,
                      t0.plusSeconds(3 * 86_400),
                      "同意重拍",
                      List.of(
                          EvidenceRef.of(
                              io.gradcap.core.image.DisputeEvidenceKind.ID_COPY, entry.sha256()))),
                  new ImageCommand.MarkCaptured(
                      number, centre, t0.plusSeconds(5 * 86_400), campaign.capture().centre()),
                  new ImageCommand.Upload(
                      number,
                      centre,
                      t0.plusSeconds(6 * 86_400),
                      campaign.capture().centre(),
                      retake),
                  new ImageCommand.Confirm(number, student, t0.plusSeconds(7 * 86_400), retake)));
        } else if (i % 40 != 7) {
          commands.add(
              new ImageCommand.Confirm(number, student, t0.plusSeconds(2 * 86_400), photo));
        } else {
          unconfirmed++;
        }
        ImageState state = ImageState.notCaptured(subject);
        for (ImageCommand command : commands) {
          Decision<ImageEvent> decision = confirmation.decide(command, state);
          if (!decision.isAccepted()) {
            out.println("    " + decision.refusal().orElseThrow().describe(locale));
            continue;
          }
          journal.record(command, decision.events());
          for (ImageEvent event : decision.events()) {
            state = ImageConfirmation.evolve(state, event);
            events.add(event);
          }
        }
        if (number.equals(disputed)) {
          out.println(
              t(
                  "  " + number + " 对图像提出异议，班主任登记，教务处同意重拍，重拍后确认：" + state.status(),
                  "  "
                      + number
                      + " disputed the photo, the counsellor registered it, the office approved a retake, confirmed: "
                      + state.status()));
        }
        states.put(number, state);
      }
    }
    long confirmed = states.values().stream().filter(ImageState::isConfirmed).count();
    out.println(
        t(
            "  已确认 " + confirmed + " 人，未确认 " + unconfirmed + " 人（锁定日 2024-07-01 前需确认）。",
            "  "
                + confirmed
                + " confirmed, "
                + unconfirmed
                + " not yet (to confirm before the lock on 2024-07-01)."));
    return states;
  }

  // ---------------------------------------------------------------- progress

  private List<CollegeLine> progress(
      List<StudentRecord> records,
      Map<String, SignOffState> signOff,
      ChangeBook book,
      CaptureState captured,
      RecordCardState cards,
      Map<StudentNumber, ImageState> images) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    campaign.captureSchedule().forEach(w -> counts.putIfAbsent(w.college(), new int[7]));
    for (StudentRecord r : records) {
      StudentNumber n = r.studentNumber().orElseThrow();
      int[] c = counts.computeIfAbsent(r.college(), k -> new int[7]);
      c[0]++;
      var outcome = signOff.get(r.classGroup()).outcome(n);
      if (outcome.signedAt() != null) {
        c[1]++;
      }
      if (!outcome.corrections().isEmpty()) {
        c[2]++;
      }
      if (!outcome.changeRequests().isEmpty()) {
        c[3]++;
      }
      if (captured.collective().contains(n) || captured.madeUp().contains(n)) {
        c[4]++;
      }
      if (cards.receipt(n).isPresent()) {
        c[5]++;
      }
      if (images.get(n).isConfirmed()) {
        c[6]++;
      }
    }
    List<CollegeLine> lines = new ArrayList<>();
    counts.forEach(
        (college, c) ->
            lines.add(new CollegeLine(college, c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
    return lines;
  }

  /**
   * The institution's and every college's progress, as the journal's state has it on the demo's
   * day.
   */
  private void printProgress(CampaignProgress view) {
    out.println(t("  截至 ", "  As of ") + view.today() + t("：", ":"));
    printView(view.institution());
    for (ProgressView college : view.colleges()) {
      printView(college);
    }
  }

  private void printView(ProgressView view) {
    out.println("  " + view.collegeIfAny().map(this::collegeName).orElse(view.title(locale)));
    for (ProgressLine line : view.lines()) {
      out.println("    " + line.describe(locale));
    }
  }

  private String collegeName(String college) {
    return campaign.institution().college(college).map(c -> c.name(locale)).orElse(college);
  }
}
