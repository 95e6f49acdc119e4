package io.gradcap.core.campaign;

import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.TeachingWeekDay;
import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.internal.ChineseNumerals;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks a campaign definition against itself and against what its notice claims: every
 * inconsistency is a {@link Finding} with a message in Chinese and English. Each rule is one
 * method; {@link #check} runs them all.
 */
public final class NoticeSelfCheck {

  /** How far after the notice's date a working deadline may plausibly lie. */
  static final int PLAUSIBLE_DAYS_AFTER_NOTICE = 180;

  private NoticeSelfCheck() {}

  /** Every finding of every rule, in rule order. */
  public static List<Finding> check(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(cohortsGraduateThisYear(campaign));
    findings.addAll(classesOfThisYearAreCovered(campaign));
    findings.addAll(numberYearMatchesSigningYear(campaign));
    findings.addAll(weekdayClaimsHoldInTheNoticeYears(campaign));
    findings.addAll(weekdayClaimsMatchTheCalendar(campaign));
    findings.addAll(sectionsAreNumberedWithoutGaps(campaign));
    findings.addAll(morningWindowsStartAlike(campaign));
    findings.addAll(windowsDoNotOverlap(campaign));
    findings.addAll(windowsFallOnCaptureDays(campaign));
    findings.addAll(windowsHaveResponsiblePersons(campaign));
    findings.addAll(workingMilestonesAvoidWeekends(campaign));
    findings.addAll(workingMilestonesLieInTheTerm(campaign));
    findings.addAll(milestonesFollowTheNotice(campaign));
    findings.addAll(captureCodeDeadlineFollowsTheNotice(campaign));
    findings.addAll(deadlinesLieSoonAfterTheNotice(campaign));
    return findings;
  }

  /** R1: every cohort the campaign covers graduates in the campaign's year. */
  static List<Finding> cohortsGraduateThisYear(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < campaign.cohorts().size(); i++) {
      String at = "cohorts[" + i + "]";
      campaign
          .graduatingClass()
          .checkCohort(campaign.cohorts().get(i))
          .ifPresent(f -> findings.add(f.at(at)));
    }
    return findings;
  }

  /** R1: a class whose cohort graduates this year belongs to a cohort the campaign covers. */
  static List<Finding> classesOfThisYearAreCovered(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    for (College college : campaign.institution().colleges()) {
      for (ClassGroup group : college.classGroups()) {
        if (campaign.graduatingClass().includes(group.cohort())
            && !campaign.cohorts().contains(group.cohort())) {
          findings.add(
              finding(
                  "R1.cohort.not-covered",
                  Severity.WARNING,
                  group.name(),
                  "cohort",
                  "institution.colleges",
                  "r1.not-covered",
                  group.name(),
                  group.cohort().toString(),
                  campaign.graduatingClass().toString()));
        }
      }
    }
    return findings;
  }

  /** The year in the document number is the year the notice is signed. */
  static List<Finding> numberYearMatchesSigningYear(Campaign campaign) {
    NoticeClaims notice = campaign.notice();
    if (notice == null
        || notice.number() == null
        || notice.signedOn() == null
        || notice.number().year() == notice.signedOn().getYear()) {
      return List.of();
    }
    return List.of(
        finding(
            "notice.number-year",
            Severity.BLOCKING,
            notice.number().toString(),
            "signedOn",
            "notice.signedOn",
            "notice.number-year",
            notice.number().toString(),
            year(notice.number().year()),
            notice.signedOn().toString(),
            year(notice.signedOn().getYear())));
  }

  /**
   * A weekday claim holds in the years the notice refers to: the year it is signed, the year of its
   * number and the year its calendar starts; the finding names the years around these and the
   * graduating year in which it does hold.
   */
  static List<Finding> weekdayClaimsHoldInTheNoticeYears(Campaign campaign) {
    NoticeClaims notice = campaign.notice();
    if (notice == null) {
      return List.of();
    }
    TreeMap<Integer, String> references = new TreeMap<>();
    references.put(campaign.calendar().first().firstMonday().getYear(), "year.calendar");
    if (notice.number() != null) {
      references.put(notice.number().year(), "year.number");
    }
    if (notice.signedOn() != null) {
      references.put(notice.signedOn().getYear(), "year.signed");
    }
    int graduating = campaign.graduatingClass().year();
    int from = Math.min(references.firstKey(), graduating) - 1;
    int to = Math.max(references.lastKey(), graduating) + 1;
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < notice.weekdayClaims().size(); i++) {
      WeekdayClaim claim = notice.weekdayClaims().get(i);
      String fits =
          IntStream.rangeClosed(from, to)
              .filter(claim::weekdayHoldsIn)
              .mapToObj(Integer::toString)
              .collect(Collectors.joining("/"));
      for (Map.Entry<Integer, String> reference : references.entrySet()) {
        int y = reference.getKey();
        if (claim.weekdayHoldsIn(y)) {
          continue;
        }
        DayOfWeek actual = claim.in(y).getDayOfWeek();
        Message holds =
            fits.isEmpty()
                ? Message.of(Campaign.MESSAGES, "notice.weekday-year.nowhere", year(from), year(to))
                : Message.of(
                    Campaign.MESSAGES, "notice.weekday-year.holds", fits, year(from), year(to));
        findings.add(
            finding(
                "notice.weekday-year",
                Severity.WARNING,
                claim.toString(),
                "weekdayClaims",
                "notice.weekdayClaims[" + i + "]",
                "notice.weekday-year",
                claim.toString(),
                year(y),
                Message.of(Campaign.MESSAGES, reference.getValue()),
                weekday(actual, Locale.CHINESE),
                weekday(actual, Locale.ENGLISH),
                weekday(claim.teachingDay().weekday(), Locale.CHINESE),
                weekday(claim.teachingDay().weekday(), Locale.ENGLISH),
                holds));
      }
    }
    return findings;
  }

  /** A weekday claim names the teaching day the campaign's own calendar gives that date. */
  static List<Finding> weekdayClaimsMatchTheCalendar(Campaign campaign) {
    NoticeClaims notice = campaign.notice();
    if (notice == null) {
      return List.of();
    }
    AcademicCalendar calendar = campaign.calendar();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < notice.weekdayClaims().size(); i++) {
      WeekdayClaim claim = notice.weekdayClaims().get(i);
      String at = "notice.weekdayClaims[" + i + "]";
      List<LocalDate> candidates = candidateDates(calendar, claim);
      if (candidates.stream()
          .anyMatch(d -> calendar.teachingDay(d).orElseThrow().equals(claim.teachingDay()))) {
        continue;
      }
      if (candidates.isEmpty()) {
        findings.add(
            finding(
                "notice.weekday-calendar",
                Severity.BLOCKING,
                claim.toString(),
                "weekdayClaims",
                at,
                "notice.weekday-outside",
                claim.toString(),
                calendar.describe()));
        continue;
      }
      LocalDate date = candidates.get(0);
      TermCalendar term = calendar.termOf(date).orElseThrow();
      findings.add(
          finding(
              "notice.weekday-calendar",
              Severity.BLOCKING,
              claim.toString(),
              "weekdayClaims",
              at,
              "notice.weekday-calendar",
              claim.toString(),
              date.toString(),
              term.requireTeachingDay(date).toString(),
              term.term(),
              term.firstMonday().toString(),
              claim.teachingDay().toString()));
    }
    return findings;
  }

  /** The notice's sections are numbered 一、二、三 … in order, none left out or repeated. */
  static List<Finding> sectionsAreNumberedWithoutGaps(Campaign campaign) {
    NoticeClaims notice = campaign.notice();
    if (notice == null || notice.sections().isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    String printed = String.join("、", notice.sections());
    int expected = 1;
    for (int i = 0; i < notice.sections().size(); i++) {
      String section = notice.sections().get(i);
      OptionalInt number = ChineseNumerals.parse(section);
      String at = "notice.sections[" + i + "]";
      if (number.isEmpty()) {
        findings.add(
            finding(
                "notice.section-numbering",
                Severity.WARNING,
                section,
                "sections",
                at,
                "notice.section-unreadable",
                section,
                printed));
        continue;
      }
      int n = number.getAsInt();
      if (n > expected) {
        String missing =
            IntStream.range(expected, n)
                .mapToObj(ChineseNumerals::format)
                .collect(Collectors.joining("、"));
        findings.add(
            finding(
                "notice.section-numbering",
                Severity.WARNING,
                section,
                "sections",
                at,
                "notice.section-gap",
                printed,
                missing));
      } else if (n < expected) {
        findings.add(
            finding(
                "notice.section-numbering",
                Severity.WARNING,
                section,
                "sections",
                at,
                "notice.section-order",
                printed,
                section));
      }
      expected = Math.max(expected, n + 1);
    }
    return findings;
  }

  /** Every morning capture session starts at the same time; a day that differs is named. */
  static List<Finding> morningWindowsStartAlike(Campaign campaign) {
    Map<LocalDate, LocalTime> firstMorningStart = new TreeMap<>();
    for (PublishedWindow w : campaign.captureWindows()) {
      if (w.isMorning()) {
        firstMorningStart.merge(w.date(), w.startInclusive(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<LocalTime, Long> counts =
        firstMorningStart.values().stream()
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    if (counts.size() < 2) {
      return List.of();
    }
    long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<LocalTime> usual =
        counts.entrySet().stream()
            .filter(e -> e.getValue() == most)
            .map(Map.Entry::getKey)
            .toList();
    if (usual.size() != 1) {
      return List.of(
          finding(
              "campaign.capture.morning-start",
              Severity.WARNING,
              null,
              "captureWindows",
              "captureWindows",
              "capture.morning-start.mixed",
              firstMorningStart.toString()));
    }
    LocalTime norm = usual.get(0);
    List<Finding> findings = new ArrayList<>();
    firstMorningStart.forEach(
        (date, start) -> {
          if (!start.equals(norm)) {
            findings.add(
                finding(
                    "campaign.capture.morning-start",
                    Severity.WARNING,
                    date.toString(),
                    "startInclusive",
                    "captureWindows[" + indexOf(campaign, date, start) + "]",
                    "capture.morning-start",
                    date.toString(),
                    start.toString(),
                    norm.toString()));
          }
        });
    return findings;
  }

  /** R9: one room, so no two capture windows share a minute. */
  static List<Finding> windowsDoNotOverlap(Campaign campaign) {
    List<PublishedWindow> windows = campaign.captureWindows();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      for (int j = i + 1; j < windows.size(); j++) {
        if (windows.get(i).overlaps(windows.get(j))) {
          findings.add(
              finding(
                  "campaign.capture.overlap",
                  Severity.BLOCKING,
                  windows.get(j).college(),
                  "startInclusive",
                  "captureWindows[" + j + "]",
                  "capture.overlap",
                  windows.get(j).toString(),
                  windows.get(i).toString()));
        }
      }
    }
    return findings;
  }

  /** R9: capture windows fall on the campaign's capture days, and every capture day has windows. */
  static List<Finding> windowsFallOnCaptureDays(Campaign campaign) {
    TreeSet<LocalDate> declared = new TreeSet<>();
    campaign.milestones(MilestoneKind.CAPTURE_DAY).forEach(m -> declared.add(m.date()));
    if (declared.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (LocalDate day : campaign.captureDays()) {
      if (!declared.contains(day)) {
        findings.add(
            finding(
                "campaign.capture.day",
                Severity.WARNING,
                day.toString(),
                "date",
                "captureWindows",
                "capture.window-not-on-day",
                day.toString()));
      }
    }
    for (LocalDate day : declared) {
      if (!campaign.captureDays().contains(day)) {
        findings.add(
            finding(
                "campaign.capture.day",
                Severity.WARNING,
                day.toString(),
                "date",
                "milestones",
                "capture.day-without-window",
                day.toString()));
      }
    }
    return findings;
  }

  /** R9: every college with a capture window names someone responsible for image capture. */
  static List<Finding> windowsHaveResponsiblePersons(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < campaign.captureWindows().size(); i++) {
      PublishedWindow w = campaign.captureWindows().get(i);
      if (campaign.responsible(w).isEmpty()) {
        findings.add(
            finding(
                "campaign.capture.responsible",
                Severity.WARNING,
                w.college(),
                "college",
                "captureWindows[" + i + "]",
                "capture.no-responsible",
                w.college(),
                w.date().toString()));
      }
    }
    return findings;
  }

  /** A deadline or capture day people must act on falls on a weekday, not a Saturday or Sunday. */
  static List<Finding> workingMilestonesAvoidWeekends(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < campaign.milestones().size(); i++) {
      Milestone m = campaign.milestones().get(i);
      DayOfWeek day = m.date().getDayOfWeek();
      if (m.kind().isWorkingDay() && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
        findings.add(
            finding(
                "campaign.milestone.weekend",
                Severity.WARNING,
                m.kind().key(),
                "date",
                "milestones[" + i + "]",
                "milestone.weekend",
                label(m),
                m.date().toString(),
                weekday(day, Locale.CHINESE),
                weekday(day, Locale.ENGLISH)));
      }
    }
    return findings;
  }

  /** A deadline or capture day people must act on lies in the teaching weeks of a term. */
  static List<Finding> workingMilestonesLieInTheTerm(Campaign campaign) {
    List<Finding> findings = new ArrayList<>();
    AcademicCalendar calendar = campaign.calendar();
    for (int i = 0; i < campaign.milestones().size(); i++) {
      Milestone m = campaign.milestones().get(i);
      if (m.kind().isWorkingDay() && !calendar.contains(m.date())) {
        findings.add(
            finding(
                "campaign.milestone.outside-term",
                Severity.WARNING,
                m.kind().key(),
                "date",
                "milestones[" + i + "]",
                "milestone.outside-term",
                label(m),
                m.date().toString(),
                calendar.describe()));
      }
    }
    return findings;
  }

  /** No milestone lies before the day the notice is signed. */
  static List<Finding> milestonesFollowTheNotice(Campaign campaign) {
    LocalDate signed = signedOn(campaign);
    if (signed == null) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < campaign.milestones().size(); i++) {
      Milestone m = campaign.milestones().get(i);
      if (m.date().isBefore(signed)) {
        findings.add(
            finding(
                "campaign.milestone.before-notice",
                Severity.BLOCKING,
                m.kind().key(),
                "date",
                "milestones[" + i + "]",
                "milestone.before-notice",
                label(m),
                m.date().toString(),
                signed.toString()));
      }
    }
    return findings;
  }

  /**
   * R11: students can obtain their capture code in time, so its deadline is not before the notice's
   * date.
   */
  static List<Finding> captureCodeDeadlineFollowsTheNotice(Campaign campaign) {
    LocalDate signed = signedOn(campaign);
    if (signed == null) {
      return List.of();
    }
    return campaign
        .captureCodeDeadline()
        .filter(deadline -> deadline.isBefore(signed))
        .map(
            deadline ->
                List.of(
                    finding(
                        "campaign.capture-code.deadline",
                        Severity.BLOCKING,
                        deadline.toString(),
                        "codeLeadDays",
                        "capture.codeLeadDays",
                        "capture-code.before-notice",
                        deadline.toString(),
                        campaign.capture().codeLeadDays(),
                        campaign.captureDays().first().toString(),
                        signed.toString())))
        .orElse(List.of());
  }

  /**
   * The first working deadline lies within half a year of the notice's date; further means a wrong
   * year.
   */
  static List<Finding> deadlinesLieSoonAfterTheNotice(Campaign campaign) {
    LocalDate signed = signedOn(campaign);
    if (signed == null) {
      return List.of();
    }
    return campaign.timeline().stream()
        .filter(m -> m.kind().isWorkingDay() && !m.date().isBefore(signed))
        .findFirst()
        .filter(m -> ChronoUnit.DAYS.between(signed, m.date()) > PLAUSIBLE_DAYS_AFTER_NOTICE)
        .map(
            m ->
                List.of(
                    finding(
                        "notice.date-distance",
                        Severity.WARNING,
                        m.kind().key(),
                        "signedOn",
                        "notice.signedOn",
                        "notice.date-distance",
                        signed.toString(),
                        label(m),
                        m.date().toString(),
                        ChronoUnit.DAYS.between(signed, m.date()))))
        .orElse(List.of());
  }

  // ---- helpers

  /** The dates a claim's day of the year can be inside the calendar's terms. */
  private static List<LocalDate> candidateDates(AcademicCalendar calendar, WeekdayClaim claim) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (TermCalendar term : calendar.terms()) {
      for (int y = term.startInclusive().getYear(); y <= term.endExclusive().getYear(); y++) {
        if (claim.date().isValidYear(y) && term.contains(claim.in(y))) {
          dates.add(claim.in(y));
        }
      }
    }
    return List.copyOf(dates);
  }

  private static @Nullable LocalDate signedOn(Campaign campaign) {
    NoticeClaims notice = campaign.notice();
    return notice == null ? null : notice.signedOn();
  }

  private static int indexOf(Campaign campaign, LocalDate date, LocalTime start) {
    List<PublishedWindow> windows = campaign.captureWindows();
    for (int i = 0; i < windows.size(); i++) {
      if (windows.get(i).date().equals(date) && windows.get(i).startInclusive().equals(start)) {
        return i;
      }
    }
    return -1;
  }

  private static Message label(Milestone m) {
    return Message.of(Campaign.MESSAGES, "milestone." + m.kind().key());
  }

  private static String weekday(DayOfWeek day, Locale locale) {
    return Locale.ENGLISH.equals(locale)
        ? day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        : TeachingWeekDay.chineseWeekday(day);
  }

  /** Years as plain digits: MessageFormat would print 2,023. */
  private static String year(int year) {
    return Integer.toString(year);
  }

  private static Finding finding(
      String rule,
      Severity severity,
      @Nullable String subject,
      String field,
      String location,
      String key,
      Object... args) {
    return new Finding(
        rule, severity, subject, field, location, Message.of(Campaign.MESSAGES, key, args));
  }
}
