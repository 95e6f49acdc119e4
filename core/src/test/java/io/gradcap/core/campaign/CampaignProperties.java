package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.GraduatingClass;
import io.gradcap.core.cohort.TeachingWeekDay;
import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.core.institution.Task;
import io.gradcap.core.record.StudentNumber;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

class CampaignProperties {

  /** Text that YAML and JSON writers must quote or escape to read back the same. */
  private static final List<String> TRICKY =
      List.of(
          "yes",
          "no",
          "null",
          "~",
          "true",
          "0123",
          "1e3",
          "- item",
          "a: b",
          "#comment",
          "'quoted'",
          "\"double\"",
          "多行\n文本",
          "[x]",
          "{y}",
          "@at",
          "`tick",
          "%pct",
          "2023-04-17",
          "08:30",
          "* star",
          "& amp",
          "! bang",
          "| pipe",
          "> gt",
          "tab\there",
          "反斜杠\\",
          "emoji 🎓",
          "教103");

  private static final Gen<String> TEXT =
      Generate.oneOf(
          Generate.pick(TRICKY),
          org.quicktheories.generators.SourceDSL.strings()
              .betweenCodePoints(0x4E00, 0x9FA5)
              .ofLengthBetween(1, 12));

  private static final Gen<String> NAME =
      Generate.oneOf(
          Generate.pick(
              TRICKY.stream().filter(t -> !t.contains("\n") && !t.contains("\t")).toList()),
          org.quicktheories.generators.SourceDSL.strings()
              .betweenCodePoints(0x4E00, 0x9FA5)
              .ofLengthBetween(1, 4));

  private static final List<CohortId> COHORTS =
      List.of(
          CohortId.of(2019, 5),
          CohortId.of(2021, 3),
          CohortId.of(2022, 2),
          CohortId.jointUndergraduate(2022),
          CohortId.of(2020, 3));

  private static <T> T any(RandomnessSource rs, Gen<T> gen) {
    return gen.generate(rs);
  }

  private static int between(RandomnessSource rs, int min, int max) {
    return any(rs, Generate.range(min, max));
  }

  private static boolean coin(RandomnessSource rs) {
    return any(rs, Generate.booleans());
  }

  private static Map<Task, List<ResponsiblePerson>> responsibilities(RandomnessSource rs) {
    Map<Task, List<ResponsiblePerson>> map = new EnumMap<>(Task.class);
    for (Task task : Task.values()) {
      if (coin(rs)) {
        int n = between(rs, 1, 4);
        List<ResponsiblePerson> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          String name = "p" + i + any(rs, NAME).replaceAll("[（()）、,，]", "");
          persons.add(
              coin(rs)
                  ? ResponsiblePerson.of(name)
                  : ResponsiblePerson.of(name, any(rs, NAME).replaceAll("[（()）]", "")));
        }
        map.put(task, persons);
      }
    }
    return map;
  }

  static final Gen<Campaign> CAMPAIGNS =
      rs -> {
        int[] counter = {0};
        List<College> colleges = new ArrayList<>();
        for (int c = between(rs, 1, 4); c > 0; c--) {
          List<ClassGroup> classes = new ArrayList<>();
          for (int g = between(rs, 0, 3); g > 0; g--) {
            List<StudentNumber> students = new ArrayList<>();
            for (int s = between(rs, 0, 4); s > 0; s--) {
              String digits =
                  String.format(Locale.ROOT, "%0" + between(rs, 3, 12) + "d", ++counter[0]);
              students.add(StudentNumber.of(coin(rs) ? digits : "A-" + digits));
            }
            classes.add(
                ClassGroup.of(
                    "班" + (++counter[0]) + any(rs, NAME),
                    any(rs, Generate.pick(COHORTS)),
                    students));
          }
          colleges.add(
              new College(
                  "学院" + (++counter[0]) + any(rs, NAME),
                  coin(rs) ? any(rs, TEXT) : null,
                  classes,
                  responsibilities(rs)));
        }
        Institution institution =
            new Institution(
                any(rs, TEXT), coin(rs) ? any(rs, TEXT) : null, colleges, responsibilities(rs));
        LocalDate monday = LocalDate.of(2020, 1, 6).plusWeeks(between(rs, 0, 500));
        TermCalendar first = TermCalendar.of("1" + any(rs, TEXT), monday, between(rs, 1, 30));
        AcademicCalendar calendar =
            coin(rs)
                ? AcademicCalendar.of(first)
                : AcademicCalendar.of(
                    first,
                    TermCalendar.of(
                        "2" + any(rs, TEXT),
                        first.endExclusive().plusWeeks(between(rs, 0, 8)),
                        between(rs, 1, 30)));
        List<Milestone> milestones = new ArrayList<>();
        for (MilestoneKind kind : MilestoneKind.values()) {
          for (int n = kind.isRepeatable() ? between(rs, 0, 3) : between(rs, 0, 1); n > 0; n--) {
            milestones.add(
                new Milestone(
                    kind,
                    monday.plusDays(between(rs, -30, 400)),
                    coin(rs) ? any(rs, TEXT) : null,
                    coin(rs) ? any(rs, TEXT) : null));
          }
        }
        CaptureTerms terms =
            new CaptureTerms(
                any(rs, TEXT),
                any(rs, TEXT),
                BigDecimal.valueOf(between(rs, 0, 100_000), between(rs, 0, 2)),
                coin(rs) ? any(rs, TEXT) : null,
                between(rs, 0, 60),
                between(rs, 0, 120),
                coin(rs) ? any(rs, TEXT) : null);
        List<PublishedWindow> windows = new ArrayList<>();
        for (int w = between(rs, 0, 5); w > 0; w--) {
          int start = between(rs, 0, 23 * 60);
          int end = between(rs, start + 1, 24 * 60 - 1);
          List<CohortId> cohorts = coin(rs) ? List.of() : List.of(any(rs, Generate.pick(COHORTS)));
          windows.add(
              new PublishedWindow(
                  monday.plusDays(between(rs, 0, 200)),
                  LocalTime.of(start / 60, start % 60),
                  LocalTime.of(end / 60, end % 60),
                  any(rs, Generate.pick(colleges)).name(),
                  cohorts,
                  between(rs, 0, 1000),
                  coin(rs) ? any(rs, TEXT) : null));
        }
        NoticeClaims notice = null;
        if (coin(rs)) {
          List<WeekdayClaim> claims = new ArrayList<>();
          for (int n = between(rs, 0, 3); n > 0; n--) {
            claims.add(
                WeekdayClaim.of(
                    MonthDay.of(between(rs, 1, 12), between(rs, 1, 28)),
                    TeachingWeekDay.of(between(rs, 1, 30), DayOfWeek.of(between(rs, 1, 7)))));
          }
          List<String> sections = new ArrayList<>();
          for (int n = between(rs, 0, 5); n > 0; n--) {
            sections.add(any(rs, Generate.pick(List.of("一", "二", "三", "四", "十一", "甲"))));
          }
          notice =
              new NoticeClaims(
                  coin(rs)
                      ? DocumentNumber.of("琼软院教务", between(rs, 2000, 2030), between(rs, 1, 300))
                      : null,
                  coin(rs) ? monday.plusDays(between(rs, -400, 100)) : null,
                  claims,
                  sections);
        }
        List<CohortId> cohorts = COHORTS.subList(0, between(rs, 1, COHORTS.size()));
        return new Campaign(
            any(rs, TEXT),
            GraduatingClass.of(between(rs, 2020, 2030)),
            cohorts,
            institution,
            calendar,
            milestones,
            terms,
            windows,
            notice);
      };

  @Test
  void every_campaign_round_trips_through_json() {
    qt().withExamples(100)
        .forAll(CAMPAIGNS)
        .checkAssert(
            c ->
                assertThat(
                        CampaignCodec.read(
                            CampaignCodec.write(c, CampaignFormat.JSON),
                            CampaignFormat.JSON,
                            "p.json"))
                    .isEqualTo(c));
  }

  @Test
  void every_campaign_round_trips_through_yaml() {
    qt().withExamples(100)
        .forAll(CAMPAIGNS)
        .checkAssert(
            c ->
                assertThat(
                        CampaignCodec.read(
                            CampaignCodec.write(c, CampaignFormat.YAML),
                            CampaignFormat.YAML,
                            "p.yaml"))
                    .isEqualTo(c));
  }

  @Test
  void the_self_check_never_throws_and_speaks_both_languages() {
    qt().withExamples(100)
        .forAll(CAMPAIGNS)
        .checkAssert(
            c -> {
              for (Finding f : NoticeSelfCheck.check(c)) {
                assertThat(f.message(Locale.CHINESE)).doesNotContain("!io.gradcap");
                assertThat(f.message(Locale.ENGLISH)).doesNotContain("!io.gradcap");
              }
            });
  }

  @Test
  void document_numbers_and_weekday_claims_round_trip() {
    qt().forAll(integers().between(1900, 9999), integers().between(1, 999999))
        .checkAssert(
            (year, serial) ->
                assertThat(
                        DocumentNumber.parse(DocumentNumber.of("琼软院教务", year, serial).toString()))
                    .isEqualTo(DocumentNumber.of("琼软院教务", year, serial)));
    qt().forAll(
            integers().between(1, 366),
            integers().between(1, TeachingWeekDay.MAX_WEEK),
            integers().between(1, 7))
        .checkAssert(
            (dayOfYear, week, day) -> {
              WeekdayClaim claim =
                  WeekdayClaim.of(
                      MonthDay.from(LocalDate.ofYearDay(2024, dayOfYear)),
                      TeachingWeekDay.of(week, DayOfWeek.of(day)));
              assertThat(WeekdayClaim.parse(claim.toString())).isEqualTo(claim);
            });
  }
}
