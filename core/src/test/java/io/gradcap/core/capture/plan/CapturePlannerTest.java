package io.gradcap.core.capture.plan;

import static io.gradcap.core.capture.plan.Fixtures.group;
import static io.gradcap.core.capture.plan.Fixtures.oneAMinute;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.spi.host.Lesson;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CapturePlannerTest {

  private static final LocalDate MON = LocalDate.of(2023, 4, 24);
  private static final CaptureWindow MON_AM = CaptureWindow.parse("2023-04-24 08:00–10:00");
  private static final CaptureWindow MON_PM = CaptureWindow.parse("2023-04-24 14:00–16:00");
  private static final CaptureWindow TUE_AM = CaptureWindow.parse("2023-04-25 08:00–10:00");

  private final CapturePlanner planner = CapturePlanner.withoutTimetable();

  @Test
  void fixed_order_places_classes_back_to_back_with_arrival_five_minutes_before() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 30, 40), group("b", "何书艺", 20)),
                List.of(MON_AM),
                List.of(oneAMinute("s")),
                Order.FIXED));
    assertThat(plan.slots())
        .extracting(ClassSlot::classGroup, ClassSlot::startInclusive, ClassSlot::arrival)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a-1", LocalTime.of(8, 0), LocalTime.of(7, 55)),
            org.assertj.core.groups.Tuple.tuple("a-2", LocalTime.of(8, 30), LocalTime.of(8, 25)),
            org.assertj.core.groups.Tuple.tuple("b-1", LocalTime.of(9, 10), LocalTime.of(9, 5)));
    assertThat(plan.schedule())
        .extracting(ScheduleRow::group, ScheduleRow::headcount, ScheduleRow::endExclusive)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 70, LocalTime.of(9, 10)),
            org.assertj.core.groups.Tuple.tuple("b", 20, LocalTime.of(9, 30)));
  }

  @Test
  void the_queue_is_in_student_number_order() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 12)),
                List.of(MON_AM),
                List.of(oneAMinute("s")),
                Order.FIXED));
    List<?> queue = plan.slots().get(0).queue();
    assertThat(plan.slots().get(0).queue()).isSorted().hasSize(12);
    assertThat(queue.get(0).toString()).endsWith("001");
  }

  @Test
  void a_group_too_long_for_every_window_is_explained_in_both_languages() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("网络工程学院", "李旋飞", 60, 70)),
                List.of(MON_AM),
                List.of(oneAMinute("s")),
                Order.FREE));
    Finding why =
        plan.justifications().stream().filter(Finding::isBlocking).findFirst().orElseThrow();
    assertThat(why.message(Locale.ENGLISH))
        .isEqualTo(
            "网络工程学院 needs 130 min; the longest window (2023-04-24 08:00–10:00, at 1/min) has 120 min");
    assertThat(why.message(Locale.CHINESE))
        .isEqualTo("网络工程学院 需要 130 分钟，最长的采集时段（2023-04-24 08:00–10:00，按 1/min）只有 120 分钟");
    assertThat(plan.unplaced())
        .extracting(Unplaced::classGroup)
        .containsExactly("网络工程学院-1", "网络工程学院-2");
  }

  @Test
  void a_group_that_fits_a_window_but_not_what_remains_says_how_much_remains() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 90), group("网络工程学院", "李旋飞", 40)),
                List.of(MON_AM),
                List.of(oneAMinute("s")),
                Order.FREE));
    Finding why =
        plan.justifications().stream().filter(Finding::isBlocking).findFirst().orElseThrow();
    assertThat(why.message(Locale.ENGLISH))
        .isEqualTo("网络工程学院 needs 40 min; 30 min remain on 2023-04-24 08:00–10:00 (s)");
  }

  @Test
  void a_splittable_group_is_split_only_between_classes_and_the_schedule_numbers_its_parts() {
    CaptureGroup split = group("a", "林虹", 50, 50, 50).withSplittable(true);
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(split), List.of(MON_AM, MON_PM), List.of(oneAMinute("s")), Order.FIXED));
    assertThat(plan.isComplete()).isTrue();
    assertThat(plan.schedule())
        .extracting(ScheduleRow::headcount, ScheduleRow::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(100, "1/2"),
            org.assertj.core.groups.Tuple.tuple(50, "2/2"));
    CapturePlan whole =
        planner.plan(
            CaptureProblem.of(
                List.of(split.withSplittable(false)),
                List.of(MON_AM, MON_PM),
                List.of(oneAMinute("s")),
                Order.FIXED));
    assertThat(whole.isComplete()).isFalse();
  }

  @Test
  void a_break_is_never_used() {
    CapturePlan plan =
        planner.plan(
            new CaptureProblem(
                List.of(group("a", "林虹", 40, 40)),
                List.of(MON_AM),
                List.of(CaptureWindow.parse("2023-04-24 08:50–09:10")),
                List.of(oneAMinute("s")),
                java.time.Duration.ofMinutes(5),
                Order.FIXED,
                Weights.DEFAULT));
    assertThat(plan.isComplete()).isFalse();
    CapturePlan split =
        planner.plan(
            new CaptureProblem(
                List.of(group("a", "林虹", 40, 40).withSplittable(true)),
                List.of(MON_AM),
                List.of(CaptureWindow.parse("2023-04-24 08:50–09:10")),
                List.of(oneAMinute("s")),
                java.time.Duration.ofMinutes(5),
                Order.FIXED,
                Weights.DEFAULT));
    assertThat(split.slots())
        .extracting(ClassSlot::startInclusive)
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 10));
  }

  @Test
  void a_pinned_group_goes_inside_its_pin() {
    CaptureGroup pinned =
        group("b", "何书艺", 30).withPin(Pin.window(CaptureWindow.parse("2023-04-24 15:00–16:00")));
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 30), pinned),
                List.of(MON_AM, MON_PM, TUE_AM),
                List.of(oneAMinute("s")),
                Order.FREE));
    assertThat(plan.slotOf("b-1").orElseThrow().startInclusive()).isEqualTo(LocalTime.of(15, 0));
  }

  @Test
  void one_responsible_person_is_never_at_two_stations_at_once() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "周庆标", 60), group("b", "周庆标", 60)),
                List.of(MON_AM),
                List.of(oneAMinute("s1"), oneAMinute("s2")),
                Order.FIXED));
    assertThat(plan.schedule())
        .extracting(ScheduleRow::startInclusive)
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0));
    CapturePlan others =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "周庆标", 60), group("b", "陈雪利", 60)),
                List.of(MON_AM),
                List.of(oneAMinute("s1"), oneAMinute("s2")),
                Order.FIXED));
    assertThat(others.schedule())
        .extracting(ScheduleRow::startInclusive)
        .containsExactly(LocalTime.of(8, 0), LocalTime.of(8, 0));
  }

  @Test
  void free_order_uses_the_fewest_days() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(
                    group("a", "p1", 50),
                    group("b", "p2", 60),
                    group("c", "p3", 60),
                    group("d", "p4", 50)),
                List.of(MON_AM, MON_PM, TUE_AM),
                List.of(oneAMinute("s")),
                Order.FREE));
    assertThat(plan.isComplete()).isTrue();
    assertThat(plan.score().daysUsed()).isEqualTo(1);
  }

  @Test
  void free_order_balances_the_days_it_needs() {
    List<CaptureGroup> groups = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      groups.add(group("g" + i, "p" + i, 50));
    }
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                groups, List.of(MON_AM, TUE_AM), List.of(oneAMinute("s")), Order.FREE));
    assertThat(plan.score().daysUsed()).isEqualTo(3 > 2 ? 2 : 0);
    assertThat(plan.score().spreadMinutes()).isLessThanOrEqualTo(50);
  }

  @Test
  void free_order_avoids_lessons_and_reports_the_clashes_it_cannot_avoid() {
    Lesson java =
        new Lesson("a-1", MON, LocalTime.of(8, 0), LocalTime.of(9, 40), "Java 程序设计", "王老师");
    CapturePlanner withLessons = CapturePlanner.of(new InMemoryTeachingTimetable(List.of(java)));
    CapturePlan avoided =
        withLessons.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 30)),
                List.of(MON_AM, MON_PM),
                List.of(oneAMinute("s")),
                Order.FREE));
    assertThat(avoided.clashes()).isEmpty();
    assertThat(avoided.slotOf("a-1").orElseThrow().window()).isEqualTo(MON_PM);

    CapturePlan clashing =
        withLessons.plan(
            CaptureProblem.of(
                List.of(group("a", "林虹", 30)),
                List.of(MON_AM),
                List.of(oneAMinute("s")),
                Order.FREE));
    assertThat(clashing.clashes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.classGroup()).isEqualTo("a-1");
              assertThat(c.lesson().teacher()).isEqualTo("王老师");
            });
    assertThat(clashing.justifications())
        .filteredOn(f -> f.rule().equals("R10.capture.clash"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "a-1's Java 程序设计 (王老师, 2023-04-24 08:00–09:40) clashes with its capture slot 07:55–08:30;"
                            + " the teacher should reschedule"));
  }

  @Test
  void replanning_a_grown_group_moves_it_alone() {
    CaptureProblem problem =
        CaptureProblem.of(
            List.of(group("a", "p1", 40), group("b", "p2", 40), group("c", "p3", 30)),
            List.of(MON_AM, MON_PM),
            List.of(oneAMinute("s")),
            Order.FIXED);
    CapturePlan published = planner.plan(problem);
    List<CaptureGroup> changed = new ArrayList<>(problem.groups());
    changed.set(1, group("b", "p2", 60));
    CapturePlan replanned = planner.replan(published, problem.withGroups(changed));
    assertThat(replanned.isComplete()).isTrue();
    assertThat(replanned.slotOf("a-1")).isEqualTo(published.slotOf("a-1"));
    assertThat(replanned.slotOf("c-1")).isEqualTo(published.slotOf("c-1"));
    assertThat(replanned.slotOf("b-1").orElseThrow().window()).isEqualTo(MON_PM);
    assertThat(replanned.justifications())
        .anySatisfy(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "Re-planned: 1 capture groups affected, 1 classes moved, everything else unchanged"));
  }

  @Test
  void replanning_a_shrunk_group_keeps_it_where_it_started() {
    CaptureProblem problem =
        CaptureProblem.of(
            List.of(group("a", "p1", 40), group("b", "p2", 40)),
            List.of(MON_AM),
            List.of(oneAMinute("s")),
            Order.FIXED);
    CapturePlan published = planner.plan(problem);
    CapturePlan replanned =
        planner.replan(
            published, problem.withGroups(List.of(group("a", "p1", 35), group("b", "p2", 40))));
    assertThat(replanned.slotOf("a-1").orElseThrow().startInclusive())
        .isEqualTo(LocalTime.of(8, 0));
    assertThat(replanned.slotOf("b-1")).isEqualTo(published.slotOf("b-1"));
  }

  @Test
  void replanning_after_a_withdrawn_window_moves_only_its_groups() {
    CaptureProblem problem =
        CaptureProblem.of(
            List.of(group("a", "p1", 100), group("b", "p2", 100)),
            List.of(MON_AM, MON_PM, TUE_AM),
            List.of(oneAMinute("s")),
            Order.FIXED);
    CapturePlan published = planner.plan(problem);
    assertThat(published.slotOf("b-1").orElseThrow().window()).isEqualTo(MON_PM);
    CapturePlan replanned =
        planner.replan(published, problem.withSessions(List.of(MON_AM, TUE_AM)));
    assertThat(replanned.slotOf("a-1")).isEqualTo(published.slotOf("a-1"));
    assertThat(replanned.slotOf("b-1").orElseThrow().window()).isEqualTo(TUE_AM);
  }

  @Test
  void pinned_slots_stay_when_replanning() {
    CaptureGroup pinned = group("b", "p2", 30).withPin(Pin.day(MON));
    CaptureProblem problem =
        CaptureProblem.of(
            List.of(group("a", "p1", 60), pinned),
            List.of(MON_AM, TUE_AM),
            List.of(oneAMinute("s")),
            Order.FREE);
    CapturePlan published = planner.plan(problem);
    CapturePlan replanned =
        planner.replan(published, problem.withGroups(List.of(group("a", "p1", 100), pinned)));
    assertThat(replanned.slotOf("b-1")).isEqualTo(published.slotOf("b-1"));
  }

  @Test
  void the_weights_are_configurable_a_free_clash_is_not_avoided() {
    Lesson java =
        new Lesson("a-1", MON, LocalTime.of(8, 0), LocalTime.of(9, 40), "Java 程序设计", "王老师");
    CapturePlanner withLessons = CapturePlanner.of(new InMemoryTeachingTimetable(List.of(java)));
    CaptureProblem problem =
        CaptureProblem.of(
                List.of(group("a", "林虹", 30)),
                List.of(MON_AM, MON_PM),
                List.of(oneAMinute("s")),
                Order.FREE)
            .withWeights(new Weights(1_000_000, 1, 0));
    CapturePlan plan = withLessons.plan(problem);
    assertThat(plan.slotOf("a-1").orElseThrow().window()).isEqualTo(MON_AM);
    assertThat(plan.clashes()).hasSize(1);
  }

  @Test
  void in_the_requested_order_only_the_time_after_the_previous_group_counts() {
    CapturePlan plan =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "p1", 100), group("b", "p2", 110), group("c", "p3", 30)),
                List.of(MON_AM, MON_PM),
                List.of(oneAMinute("s")),
                Order.FIXED));
    assertThat(plan.slotOf("c-1")).isEmpty();
    Finding why =
        plan.justifications().stream().filter(Finding::isBlocking).findFirst().orElseThrow();
    assertThat(why.message(Locale.ENGLISH))
        .isEqualTo(
            "c needs 30 min; in the requested order at most 10 min remain from then on (2023-04-24 14:00–16:00, s)");
    CapturePlan free =
        planner.plan(
            CaptureProblem.of(
                List.of(group("a", "p1", 100), group("b", "p2", 110), group("c", "p3", 30)),
                List.of(MON_AM, MON_PM),
                List.of(oneAMinute("s")),
                Order.FREE));
    assertThat(free.justifications())
        .filteredOn(f -> f.rule().equals("R9.capture.day-load"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("2023-04-24: 210 of 240 min planned, 30 min remain"));
  }
}
