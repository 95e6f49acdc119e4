package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed notice's campaign: 3,110 students, 1,270 minutes, one room. */
class SeedPlanTest {

  private final CapturePlanner planner = CapturePlanner.withoutTimetable();
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private static List<String> english(List<Finding> findings) {
    return findings.stream().map(f -> f.message(Locale.ENGLISH)).toList();
  }

  @Test
  void the_fixture_matches_attachment_1() {
    List<CaptureGroup> groups = Seed.groups();
    assertThat(groups.stream().mapToInt(CaptureGroup::headcount).sum()).isEqualTo(3110);
    for (int i = 0; i < groups.size(); i++) {
      assertThat(groups.get(i).headcount()).isEqualTo(Seed.ATTACHMENT_1.get(i).headcount());
      assertThat(groups.get(i).classes())
          .allSatisfy(c -> assertThat(c.headcount()).isBetween(30, 60));
    }
    assertThat(Seed.problem(Order.FREE, Seed.PUBLISHED_RATE).sessionMinutes()).isEqualTo(1270);
  }

  @Test
  void at_the_published_average_whole_groups_do_not_fit_and_the_plan_says_why() {
    CapturePlan plan = planner.plan(Seed.problem(Order.FREE, Seed.PUBLISHED_RATE));
    assertThat(plan.isComplete()).isFalse();
    List<Finding> blocking = plan.justifications().stream().filter(Finding::isBlocking).toList();
    assertThat(english(blocking))
        .contains(
            "网络工程学院 needs 228 min; the longest window (2023-04-25 08:10–11:50, at 2.45/min) has 220 min",
            "软件工程学院 needs 225 min; the longest window (2023-04-25 08:10–11:50, at 2.45/min) has 220 min");
    assertThat(blocking.get(0).message(Locale.CHINESE)).startsWith("网络工程学院 需要 228 分钟，最长的采集时段");
    assertThat(plan.unplaced()).extracting(Unplaced::groupId).containsOnly("net", "soft");
  }

  @Test
  void even_split_at_class_boundaries_whole_classes_do_not_quite_fit_at_the_average() {
    CaptureProblem splittable =
        Seed.problem(Order.FREE, Seed.PUBLISHED_RATE)
            .withGroups(Seed.groups().stream().map(g -> g.withSplittable(true)).toList());
    CapturePlan plan = planner.plan(splittable);
    assertThat(
            plan.lowerBoundSeconds()
                + plan.unplaced().stream().mapToInt(Unplaced::headcount).sum() * 60 * 100 / 245)
        .isLessThanOrEqualTo(1270 * 60);
    assertThat(plan.isComplete()).isFalse();
    assertThat(english(plan.justifications().stream().filter(Finding::isBlocking).toList()))
        .allSatisfy(
            m -> assertThat(m).containsPattern("needs \\d+ min; \\d+ min remain on 2023-04-2\\d"));
  }

  @Test
  void the_smallest_throughput_fits_and_one_cent_less_does_not_with_its_reason() {
    Sizing sizing =
        planner
            .smallestThroughput(Seed.problem(Order.FREE, Seed.PUBLISHED_RATE), CENT)
            .orElseThrow();
    Throughput found = Throughput.parse(sizing.value());
    assertThat(found).isGreaterThan(Seed.PUBLISHED_RATE);
    assertThat(sizing.plan().isComplete()).isTrue();
    assertThat(sizing.nextSmaller()).isNotNull();
    assertThat(sizing.nextSmaller().isComplete()).isFalse();
    Throughput smaller = Throughput.perMinute(found.perMinute().subtract(CENT));
    assertThat(planner.plan(Seed.problem(Order.FREE, smaller)).isComplete()).isFalse();
    // The network engineering college's 558 students need 558 / 220 = 2.54 a minute in the longest
    // window.
    assertThat(sizing.value()).isEqualTo("2.54/min");
    assertThat(sizing.verdict().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Each camera needs at least 2.54 students a minute; at 2.53 a minute 1 things do not fit:");
    assertThat(sizing.verdict().get(1).message(Locale.ENGLISH)).startsWith("网络工程学院 needs 221 min");
  }

  @Test
  void a_second_camera_makes_the_published_rate_fit() {
    Sizing sizing =
        planner.fewestCameras(Seed.problem(Order.FREE, Seed.PUBLISHED_RATE), 4).orElseThrow();
    assertThat(sizing.value()).isEqualTo("2");
    assertThat(sizing.plan().isComplete()).isTrue();
    assertThat(sizing.plan().score().daysUsed()).isLessThanOrEqualTo(3);
    assertThat(sizing.verdict()).hasSize(3);
  }

  @Test
  void in_the_published_order_first_fit_needs_more_speed_than_free_order() {
    Sizing fixed =
        planner
            .smallestThroughput(Seed.problem(Order.FIXED, Seed.PUBLISHED_RATE), CENT)
            .orElseThrow();
    Sizing free =
        planner
            .smallestThroughput(Seed.problem(Order.FREE, Seed.PUBLISHED_RATE), CENT)
            .orElseThrow();
    assertThat(Throughput.parse(fixed.value()))
        .isGreaterThanOrEqualTo(Throughput.parse(free.value()));
    List<String> order = fixed.plan().schedule().stream().map(ScheduleRow::groupId).toList();
    assertThat(order)
        .containsExactly("intl", "edu", "net", "anim", "net5", "econ", "soft", "mech", "joint");
  }

  @Test
  void attachment_1_fits_each_window_at_its_own_rate_but_not_all_at_the_average() {
    List<Finding> findings =
        PublishedSchedule.check(Seed.published(), Seed.groups(), Seed.room(Seed.PUBLISHED_RATE));
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("R9.published.window-rate"))
        .hasSize(9)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("R9.published.station-rate"))
        .extracting(Finding::subject)
        .containsExactly("教育与艺术学院", "网络工程学院", "经济管理学院", "软件工程学院");
    assertThat(findings).noneMatch(Finding::isBlocking);
    assertThat(findings.get(findings.size() - 1).message(Locale.ENGLISH))
        .isEqualTo(
            "3,110 students in 1,270 min, 2.45 a minute on average; windows need 1.76–3.09 a minute");
  }

  @Test
  void attachment_1_with_a_person_in_two_rows_at_once_is_caught() {
    List<ScheduleRow> rows = new java.util.ArrayList<>(Seed.published());
    ScheduleRow joint = rows.remove(8);
    rows.add(
        new ScheduleRow(
            joint.date(),
            java.time.LocalTime.of(9, 0),
            java.time.LocalTime.of(11, 20),
            "教104",
            joint.groupId(),
            joint.group(),
            joint.headcount(),
            joint.responsible(),
            ""));
    List<Finding> findings =
        PublishedSchedule.check(rows, Seed.groups(), Seed.room(Seed.PUBLISHED_RATE));
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("R9.published.person-overlap"))
        .extracting(Finding::subject)
        .containsExactly("周庆标");
  }

  @Test
  void the_seed_plans_the_same_twice() {
    CaptureProblem problem = Seed.problem(Order.FREE, Throughput.perMinute("2.6"));
    assertThat(planner.plan(problem)).isEqualTo(planner.plan(problem));
  }
}
