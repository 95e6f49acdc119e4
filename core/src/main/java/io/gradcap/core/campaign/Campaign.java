package io.gradcap.core.campaign;

import com.google.common.base.Preconditions;
import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.GraduatingClass;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.core.institution.Task;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One year's campaign as data: which graduating class and cohorts it covers, the institution's
 * structure, the academic calendar, the milestones, the capture terms and windows, and what the
 * notice says about itself. Read and written by {@link CampaignCodec}; checked by {@link
 * NoticeSelfCheck}.
 *
 * @param title the notice's title, such as {@code 关于做好2024届毕业生信息收集及毕业图像采集工作的通知}
 * @param graduatingClass the class the campaign is for
 * @param cohorts the cohorts it covers (data: R1 is checked, not assumed)
 * @param institution colleges, classes, students and responsible persons
 * @param calendar the terms the campaign runs through
 * @param milestones the dated steps, in the order given
 * @param capture place, centre, fee, lead times, dress code
 * @param captureWindows the capture schedule as published, in the order given
 * @param notice the notice's claims about itself, if recorded
 */
public record Campaign(
    String title,
    GraduatingClass graduatingClass,
    List<CohortId> cohorts,
    Institution institution,
    AcademicCalendar calendar,
    List<Milestone> milestones,
    CaptureTerms capture,
    List<PublishedWindow> captureWindows,
    @Nullable NoticeClaims notice) {

  /** The bundle of this package's messages. */
  public static final String MESSAGES = "io.gradcap.core.campaign.messages";

  public Campaign {
    title = title.strip();
    Preconditions.checkArgument(!title.isEmpty(), "title is blank");
    cohorts = List.copyOf(cohorts);
    Preconditions.checkArgument(!cohorts.isEmpty(), "a campaign covers at least one cohort");
    Preconditions.checkArgument(
        Set.copyOf(cohorts).size() == cohorts.size(), "a cohort is named twice");
    milestones = List.copyOf(milestones);
    Set<MilestoneKind> once = EnumSet.noneOf(MilestoneKind.class);
    for (Milestone milestone : milestones) {
      Preconditions.checkArgument(
          milestone.kind().isRepeatable() || once.add(milestone.kind()),
          "milestone %s appears twice",
          milestone.kind().key());
    }
    captureWindows = List.copyOf(captureWindows);
    for (PublishedWindow window : captureWindows) {
      Preconditions.checkArgument(
          institution.college(window.college()).isPresent(),
          "capture window %s names no college of the institution",
          window);
    }
  }

  /** The milestones of one kind, by date. */
  public List<Milestone> milestones(MilestoneKind kind) {
    return milestones.stream()
        .filter(m -> m.kind() == kind)
        .sorted(Milestone.CHRONOLOGICAL)
        .toList();
  }

  /** The one milestone of a non-repeatable kind, or the first of a repeatable one. */
  public Optional<Milestone> milestone(MilestoneKind kind) {
    return milestones(kind).stream().findFirst();
  }

  /** Every milestone by date. */
  public List<Milestone> timeline() {
    return milestones.stream().sorted(Milestone.CHRONOLOGICAL).toList();
  }

  /** The capture windows by date and start. */
  public List<PublishedWindow> captureSchedule() {
    return captureWindows.stream().sorted(PublishedWindow.CHRONOLOGICAL).toList();
  }

  /** The days with at least one capture window. */
  public SortedSet<LocalDate> captureDays() {
    TreeSet<LocalDate> days = new TreeSet<>();
    captureWindows.forEach(w -> days.add(w.date()));
    return days;
  }

  /** R11: the last day a student of the window may obtain their capture code. */
  public LocalDate captureCodeDeadline(PublishedWindow window) {
    return window.date().minusDays(capture.codeLeadDays());
  }

  /** R11: the capture-code deadline of the earliest window, if there is any window. */
  public Optional<LocalDate> captureCodeDeadline() {
    return captureSchedule().stream().findFirst().map(this::captureCodeDeadline);
  }

  /** The persons the window's college names for image capture. */
  public List<ResponsiblePerson> responsible(PublishedWindow window) {
    return institution.responsible(window.college(), Task.IMAGE_CAPTURE);
  }

  /** The college a window belongs to. */
  public College college(PublishedWindow window) {
    return institution.college(window.college()).orElseThrow();
  }

  /** How many students the published windows expect. */
  public int expectedStudents() {
    return captureWindows.stream().mapToInt(PublishedWindow::expectedStudents).sum();
  }

  public Optional<NoticeClaims> noticeIfAny() {
    return Optional.ofNullable(notice);
  }

  @Override
  public String toString() {
    return graduatingClass + " " + title;
  }
}
