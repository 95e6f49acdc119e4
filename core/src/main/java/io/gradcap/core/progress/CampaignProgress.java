package io.gradcap.core.progress;

import io.gradcap.core.access.Subject;
import io.gradcap.core.campaign.Milestone;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ClassProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The progress of the whole campaign on one day: a view per class, per college and for the
 * institution, each listing every measure against its milestone with what is overdue first. A
 * college's counts are the sums of its classes', the institution's the sums of its colleges'.
 *
 * @param today the day the views were taken
 * @param classes one view per class, the most overdue first
 * @param colleges one view per college, the most overdue first
 * @param institution the whole institution
 */
public record CampaignProgress(
    LocalDate today,
    List<ProgressView> classes,
    List<ProgressView> colleges,
    ProgressView institution) {

  private static final Set<ImageStatus> DISPUTED =
      Set.of(ImageStatus.DISPUTED, ImageStatus.DISPUTE_REGISTERED, ImageStatus.RESOLVED);

  public CampaignProgress {
    classes = List.copyOf(classes);
    colleges = List.copyOf(colleges);
  }

  /** The views of the campaign as the inputs stand on the day. */
  public static CampaignProgress of(ProgressInputs inputs, LocalDate today) {
    Map<Measure, @Nullable Milestone> due = new EnumMap<>(Measure.class);
    for (Measure measure : Measure.values()) {
      due.put(measure, milestone(inputs.milestones(), measure));
    }
    Map<ClassRef, Map<Measure, Tally>> byClass = tallies(inputs);
    List<ProgressView> classViews = new ArrayList<>();
    Map<String, Map<Measure, Tally>> byCollege = new TreeMap<>();
    Map<Measure, Tally> institution = new EnumMap<>(Measure.class);
    byClass.forEach(
        (classRef, tallies) -> {
          classViews.add(
              view(Scope.CLASS, classRef.college(), classRef.classGroup(), tallies, due, today));
          Map<Measure, Tally> college =
              byCollege.computeIfAbsent(classRef.college(), c -> new EnumMap<>(Measure.class));
          tallies.forEach(
              (m, t) -> {
                college.merge(m, t, Tally::plus);
                institution.merge(m, t, Tally::plus);
              });
        });
    List<ProgressView> collegeViews = new ArrayList<>();
    byCollege.forEach(
        (college, tallies) ->
            collegeViews.add(view(Scope.COLLEGE, college, null, tallies, due, today)));
    classViews.sort(ProgressView.URGENCY);
    collegeViews.sort(ProgressView.URGENCY);
    return new CampaignProgress(
        today,
        classViews,
        collegeViews,
        view(Scope.INSTITUTION, null, null, institution, due, today));
  }

  /** The view of one class, if the campaign has it. */
  public java.util.Optional<ProgressView> classView(String college, String classGroup) {
    return classes.stream()
        .filter(v -> college.equals(v.college()) && classGroup.equals(v.classGroup()))
        .findFirst();
  }

  /** The view of one college, if the campaign has it. */
  public java.util.Optional<ProgressView> collegeView(String college) {
    return colleges.stream().filter(v -> college.equals(v.college())).findFirst();
  }

  private static ProgressView view(
      Scope scope,
      @Nullable String college,
      @Nullable String classGroup,
      Map<Measure, Tally> tallies,
      Map<Measure, @Nullable Milestone> due,
      LocalDate today) {
    List<ProgressLine> lines = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      lines.add(
          ProgressLine.of(
              measure, tallies.getOrDefault(measure, Tally.NONE), due.get(measure), today));
    }
    return new ProgressView(scope, college, classGroup, lines);
  }

  /**
   * A measure is due by the first milestone of its kind, or the last for those that last all
   * capture days.
   */
  private static @Nullable Milestone milestone(List<Milestone> milestones, Measure measure) {
    List<Milestone> ofKind =
        milestones.stream()
            .filter(m -> m.kind() == measure.milestone())
            .sorted(Milestone.CHRONOLOGICAL)
            .toList();
    if (ofKind.isEmpty()) {
      return null;
    }
    return measure.isDueByLast() ? ofKind.get(ofKind.size() - 1) : ofKind.get(0);
  }

  // ---- counting per class

  private static Map<ClassRef, Map<Measure, Tally>> tallies(ProgressInputs in) {
    Map<StudentNumber, ClassRef> classOf = new HashMap<>();
    in.capture().subjects().forEach((s, subject) -> classOf.put(s, classRef(subject)));
    in.images().forEach(i -> classOf.put(i.subject().student(), classRef(i.subject())));
    in.changeRequests().forEach(r -> classOf.put(r.subject().student(), classRef(r.subject())));
    Map<ClassRef, List<StudentNumber>> students = new TreeMap<>();
    for (ClassRef classRef : in.roster().classes()) {
      List<StudentNumber> list =
          in.roster().students(classRef).stream().map(RosterEntry::student).toList();
      students.put(classRef, list);
      list.forEach(s -> classOf.put(s, classRef));
    }
    Map<ClassRef, ClassProgress> sheets = new HashMap<>();
    for (ClassProgress sheet : in.signOff()) {
      ClassRef classRef = ClassRef.of(sheet.college(), sheet.classGroup());
      sheets.put(classRef, sheet);
      students.putIfAbsent(classRef, List.of());
    }
    Map<String, CertificateSubmission> reports = new LinkedHashMap<>();
    in.certificates().forEach(r -> reports.put(r.college(), r));
    Map<ClassRef, List<CertificateSubmission.Line>> certificateRows = new HashMap<>();
    for (CertificateSubmission report : reports.values()) {
      for (CertificateSubmission.Line entry : report.lines()) {
        ClassRef classRef = entry.student() == null ? null : classOf.get(entry.student());
        if (classRef != null) {
          certificateRows.computeIfAbsent(classRef, k -> new ArrayList<>()).add(entry);
        }
      }
    }
    Map<StudentNumber, ImageStatus> images = new HashMap<>();
    in.images().forEach(i -> images.put(i.subject().student(), i.status()));
    // Each collection is split by class once, so the whole count is linear in the campaign's size.
    Map<ClassRef, Integer> openRequests = new HashMap<>();
    in.changeRequests().stream()
        .filter(ChangeRequest::isOpen)
        .forEach(r -> openRequests.merge(classRef(r.subject()), 1, Integer::sum));
    Map<ClassRef, List<StudentNumber>> absentByClass = byClass(in.capture().absent(), classOf);
    Map<ClassRef, List<StudentNumber>> imagedByClass = byClass(images.keySet(), classOf);

    Map<ClassRef, Map<Measure, Tally>> result = new TreeMap<>();
    students.forEach(
        (classRef, list) -> {
          int size = list.size();
          Map<Measure, Tally> t = new EnumMap<>(Measure.class);
          ClassProgress sheet = sheets.get(classRef);
          if (sheet != null) {
            t.put(Measure.SHEETS_RETURNED, progress(sheet.returned(), sheet.students()));
            t.put(Measure.CORRECTIONS, new Tally(sheet.corrected(), sheet.students(), true));
          } else {
            t.put(Measure.SHEETS_RETURNED, progress(0, size));
            t.put(Measure.CORRECTIONS, new Tally(0, size, true));
          }
          int expected = sheet != null && size == 0 ? sheet.students() : size;
          t.put(
              Measure.OPEN_CHANGE_REQUESTS,
              outstanding(openRequests.getOrDefault(classRef, 0), expected));
          CertificateSubmission report = reports.get(classRef.college());
          List<CertificateSubmission.Line> rows = certificateRows.getOrDefault(classRef, List.of());
          int clean = (int) rows.stream().filter(CertificateSubmission.Line::clean).count();
          t.put(
              Measure.CERTIFICATES_SUBMITTED, new Tally(rows.size(), rows.size(), report != null));
          t.put(
              Measure.CERTIFICATES_CLEAN,
              new Tally(
                  clean,
                  rows.size(),
                  report != null && report.layoutClean() && clean == rows.size()));
          t.put(
              Measure.RECORD_CARDS_RECEIVED,
              progress(count(list, s -> in.recordCards().receipt(s).isPresent()), size));
          t.put(
              Measure.CAPTURE_CODES_HELD,
              progress(count(list, in.captureCodesHeld()::contains), size));
          int captured =
              count(
                  list,
                  s -> in.capture().collective().contains(s) || in.capture().madeUp().contains(s));
          t.put(Measure.CAPTURED, progress(captured, size));
          List<StudentNumber> absent =
              inClass(in.capture().absent(), absentByClass.get(classRef), list);
          t.put(Measure.ABSENT, outstanding(absent.size(), size));
          t.put(
              Measure.MAKE_UPS_BOOKED,
              progress(count(absent, in.capture().bookings()::containsKey), absent.size()));
          t.put(
              Measure.CONFIRMED,
              progress(count(list, s -> images.get(s) == ImageStatus.CONFIRMED), size));
          List<StudentNumber> imaged = inClass(images.keySet(), imagedByClass.get(classRef), list);
          t.put(
              Measure.DISPUTED,
              outstanding(count(imaged, s -> DISPUTED.contains(images.get(s))), size));
          result.put(classRef, t);
        });
    return result;
  }

  private static Tally progress(int done, int expected) {
    return new Tally(done, expected, done >= expected);
  }

  private static Tally outstanding(int left, int of) {
    return new Tally(left, of, left == 0);
  }

  private static int count(Collection<StudentNumber> students, Predicate<StudentNumber> test) {
    return (int) students.stream().filter(test).count();
  }

  /** The students of {@code students} by the class each belongs to, where it is known. */
  private static Map<ClassRef, List<StudentNumber>> byClass(
      Set<StudentNumber> students, Map<StudentNumber, ClassRef> classOf) {
    Map<ClassRef, List<StudentNumber>> byClass = new HashMap<>();
    for (StudentNumber s : students) {
      ClassRef classRef = classOf.get(s);
      if (classRef != null) {
        byClass.computeIfAbsent(classRef, k -> new ArrayList<>()).add(s);
      }
    }
    return byClass;
  }

  /**
   * The students of {@code students} in a class, in order: those whose class is this one, and those
   * on its roster (a student on two classes' rosters counts in both).
   */
  private static List<StudentNumber> inClass(
      Set<StudentNumber> students,
      @Nullable List<StudentNumber> ofClass,
      List<StudentNumber> roster) {
    Set<StudentNumber> in = new TreeSet<>(ofClass == null ? List.of() : ofClass);
    for (StudentNumber s : roster) {
      if (students.contains(s)) {
        in.add(s);
      }
    }
    return List.copyOf(in);
  }

  private static ClassRef classRef(Subject subject) {
    return ClassRef.of(subject.college(), subject.classGroup());
  }
}
