package io.gradcap.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.gradcap.core.access.Subject;
import io.gradcap.core.campaign.Milestone;
import io.gradcap.core.campaign.MilestoneKind;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CampaignProgressProperties {

  private static final List<ClassRef> CLASSES =
      List.of(
          ClassRef.of("软件工程学院", "21软件1班"),
          ClassRef.of("软件工程学院", "21软件2班"),
          ClassRef.of("动画学院", "21动画2班"),
          ClassRef.of("动画学院", "22动画1班"));
  private static final List<Milestone> MILESTONES =
      List.of(
          Milestone.of(MilestoneKind.SIGN_OFF_SHEETS_RETURNED, LocalDate.of(2024, 4, 19)),
          Milestone.of(MilestoneKind.RECORD_CARDS_DUE, LocalDate.of(2024, 5, 19)),
          Milestone.of(MilestoneKind.CAPTURE_DAY, LocalDate.of(2024, 5, 27)),
          Milestone.of(MilestoneKind.CONFIRMATION_LOCK, LocalDate.of(2024, 7, 1)));
  private static final ImageStatus[] STATUSES = ImageStatus.values();

  /**
   * Students 1..n in random classes, each with a random state in every task (as bits of one
   * number).
   */
  private static Gen<List<int[]>> students() {
    return lists()
        .of(
            integers()
                .between(0, CLASSES.size() - 1)
                .zip(integers().between(0, 1 << 12), (c, bits) -> new int[] {c, bits}))
        .ofSizeBetween(0, 60);
  }

  private static ProgressInputs inputs(List<int[]> students) {
    List<RosterEntry> entries = new ArrayList<>();
    Set<StudentNumber> codes = new HashSet<>();
    Set<StudentNumber> collective = new HashSet<>();
    Set<StudentNumber> absent = new HashSet<>();
    Map<StudentNumber, String> bookings = new HashMap<>();
    List<ImageState> images = new ArrayList<>();
    for (int i = 0; i < students.size(); i++) {
      ClassRef classRef = CLASSES.get(students.get(i)[0]);
      int bits = students.get(i)[1];
      StudentNumber number = StudentNumber.of(Integer.toString(1000 + i));
      entries.add(new RosterEntry(number, "学生" + i, classRef.college(), classRef.classGroup()));
      if ((bits & 1) != 0) {
        codes.add(number);
      }
      if ((bits & 2) != 0) {
        collective.add(number);
      } else if ((bits & 4) != 0) {
        absent.add(number);
        if ((bits & 8) != 0) {
          bookings.put(number, "slot");
        }
      }
      images.add(
          new ImageState(
              new Subject(classRef.college(), classRef.classGroup(), number),
              STATUSES[(bits >> 4) % STATUSES.length],
              null,
              null,
              null,
              List.of(),
              0));
    }
    CaptureState capture =
        new CaptureState(
            collective, absent, Set.of(), Map.of(), bookings, Map.of(), Map.of(), Map.of());
    return ProgressInputs.of(MILESTONES, Roster.of(entries))
        .withCaptureCodesHeld(codes)
        .withCapture(capture)
        .withImages(images);
  }

  @Test
  void every_college_sums_its_classes_and_the_institution_sums_its_colleges() {
    qt().forAll(students(), integers().between(0, 120))
        .checkAssert(
            (students, day) -> {
              CampaignProgress progress =
                  CampaignProgress.of(inputs(students), LocalDate.of(2024, 4, 1).plusDays(day));
              for (Measure measure : Measure.values()) {
                ProgressLine institution = progress.institution().line(measure);
                assertThat(progress.colleges().stream().mapToInt(v -> v.line(measure).done()).sum())
                    .isEqualTo(institution.done());
                assertThat(
                        progress.colleges().stream()
                            .mapToInt(v -> v.line(measure).expected())
                            .sum())
                    .isEqualTo(institution.expected());
                assertThat(institution.complete())
                    .isEqualTo(
                        progress.colleges().stream().allMatch(v -> v.line(measure).complete()));
                for (ProgressView college : progress.colleges()) {
                  List<ProgressView> classes =
                      progress.classes().stream()
                          .filter(c -> c.college().equals(college.college()))
                          .toList();
                  assertThat(classes.stream().mapToInt(v -> v.line(measure).done()).sum())
                      .isEqualTo(college.line(measure).done());
                  assertThat(college.line(measure).complete())
                      .isEqualTo(classes.stream().allMatch(v -> v.line(measure).complete()));
                }
              }
              assertThat(progress.institution().line(Measure.CAPTURED).expected())
                  .isEqualTo(students.size());
            });
  }

  @Test
  void within_every_view_no_line_comes_before_a_more_urgent_one() {
    qt().forAll(students(), integers().between(0, 120))
        .checkAssert(
            (students, day) -> {
              CampaignProgress progress =
                  CampaignProgress.of(inputs(students), LocalDate.of(2024, 4, 1).plusDays(day));
              List<ProgressView> views = new ArrayList<>(progress.classes());
              views.addAll(progress.colleges());
              views.add(progress.institution());
              for (ProgressView view : views) {
                List<ProgressLine> lines = view.lines();
                for (int i = 1; i < lines.size(); i++) {
                  assertThat(ProgressLine.URGENCY.compare(lines.get(i - 1), lines.get(i)))
                      .isLessThanOrEqualTo(0);
                  if (lines.get(i).isOverdue()) {
                    assertThat(lines.get(i - 1).isOverdue()).isTrue();
                  }
                }
              }
              for (int i = 1; i < progress.classes().size(); i++) {
                assertThat(progress.classes().get(i - 1).mostOverdueDays())
                    .isGreaterThanOrEqualTo(progress.classes().get(i).mostOverdueDays());
              }
            });
  }
}
