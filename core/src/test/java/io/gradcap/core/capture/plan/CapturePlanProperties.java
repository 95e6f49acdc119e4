package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.CodeGate;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The planner's guarantees over generated campaigns; counter-examples print as readable problems.
 */
class CapturePlanProperties {

  private static final CapturePlanner PLANNER = CapturePlanner.withoutTimetable();
  private static final List<String> PEOPLE = List.of("林虹", "何书艺", "周庆标", "陈雪利");
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 4, 24);

  /** The shape of a generated campaign; shrinking makes each number smaller. */
  record Shape(
      int groups,
      int maxClasses,
      int stations,
      int days,
      int rateTenths,
      int cameras,
      int seed,
      boolean free) {}

  static Gen<Shape> shapes() {
    Gen<int[]> sizes =
        integers()
            .between(1, 6)
            .zip(
                integers().between(1, 4),
                integers().between(1, 2),
                integers().between(1, 3),
                (g, c, s, d) -> new int[] {g, c, s, d});
    return sizes.zip(
        integers().between(10, 40),
        integers().between(1, 2),
        integers().between(0, 10_000),
        booleans().all(),
        (a, rate, cameras, seed, free) ->
            new Shape(a[0], a[1], a[2], a[3], rate, cameras, seed, free));
  }

  static CaptureProblem build(Shape shape) {
    Random random = new Random(shape.seed());
    List<CaptureGroup> groups = new ArrayList<>();
    for (int g = 0; g < shape.groups(); g++) {
      List<CaptureClass> classes = new ArrayList<>();
      int count = 1 + random.nextInt(shape.maxClasses());
      for (int c = 0; c < count; c++) {
        int size = 20 + random.nextInt(41);
        List<StudentNumber> students = new ArrayList<>();
        for (int s = size; s >= 1; s--) {
          students.add(StudentNumber.of(String.format("2021%02d%02d%03d", g, c, s)));
        }
        classes.add(new CaptureClass("g" + g + "c" + c, students));
      }
      List<String> responsible =
          new ArrayList<>(List.of(PEOPLE.get(random.nextInt(PEOPLE.size()))));
      if (random.nextInt(4) == 0) {
        String second = PEOPLE.get(random.nextInt(PEOPLE.size()));
        if (!responsible.contains(second)) {
          responsible.add(second);
        }
      }
      Pin pin =
          random.nextInt(6) == 0 ? Pin.day(FIRST_DAY.plusDays(random.nextInt(shape.days()))) : null;
      groups.add(
          new CaptureGroup(
              "g" + g,
              "g" + g,
              "college" + g % 3,
              classes,
              responsible,
              random.nextBoolean(),
              pin,
              ""));
    }
    List<CaptureWindow> sessions = new ArrayList<>();
    for (int d = 0; d < shape.days(); d++) {
      sessions.add(
          CaptureWindow.of(FIRST_DAY.plusDays(d), LocalTime.of(8, 10), LocalTime.of(11, 50)));
      sessions.add(
          CaptureWindow.of(FIRST_DAY.plusDays(d), LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    List<Station> stations = new ArrayList<>();
    for (int s = 0; s < shape.stations(); s++) {
      stations.add(
          new Station("s" + s, "教10" + s, shape.cameras(), Throughput.of(shape.rateTenths(), 10)));
    }
    return CaptureProblem.of(groups, sessions, stations, shape.free() ? Order.FREE : Order.FIXED);
  }

  static Gen<CaptureProblem> problems() {
    return shapes().map(CapturePlanProperties::build);
  }

  private static int sec(LocalTime t) {
    return t.toSecondOfDay();
  }

  @Test
  void no_two_classes_overlap_at_a_station() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            problem -> {
              List<ClassSlot> slots = new ArrayList<>(PLANNER.plan(problem).slots());
              slots.sort(
                  Comparator.comparing(ClassSlot::station)
                      .thenComparing(ClassSlot::date)
                      .thenComparing(ClassSlot::startInclusive));
              for (int i = 1; i < slots.size(); i++) {
                ClassSlot a = slots.get(i - 1);
                ClassSlot b = slots.get(i);
                if (a.station().equals(b.station()) && a.date().equals(b.date())) {
                  assertThat(a.endExclusive())
                      .as("%s then %s", a, b)
                      .isBeforeOrEqualTo(b.startInclusive());
                }
              }
            });
  }

  @Test
  void every_student_is_placed_exactly_once_or_reported_unplaceable_with_a_reason() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            problem -> {
              CapturePlan plan = PLANNER.plan(problem);
              Map<StudentNumber, Integer> seen = new HashMap<>();
              plan.slots().forEach(s -> s.queue().forEach(n -> seen.merge(n, 1, Integer::sum)));
              Map<String, CaptureClass> classes = new HashMap<>();
              problem.groups().forEach(g -> g.classes().forEach(c -> classes.put(c.name(), c)));
              for (Unplaced u : plan.unplaced()) {
                assertThat(u.reason().format(java.util.Locale.ENGLISH))
                    .doesNotStartWith("!")
                    .isNotBlank();
                classes.get(u.classGroup()).students().forEach(n -> seen.merge(n, 1, Integer::sum));
              }
              int total = problem.headcount();
              assertThat(seen).hasSize(total);
              assertThat(seen.values()).containsOnly(1);
            });
  }

  @Test
  void classes_are_consecutive_within_groups_and_split_only_between_classes_when_allowed() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            problem -> {
              CapturePlan plan = PLANNER.plan(problem);
              for (CaptureGroup g : problem.groups()) {
                List<ClassSlot> slots = new ArrayList<>();
                boolean unplacedSeen = false;
                for (CaptureClass c : g.classes()) {
                  var slot = plan.slotOf(c.name());
                  if (slot.isEmpty()) {
                    unplacedSeen = true;
                  } else {
                    assertThat(unplacedSeen)
                        .as("a placed class after an unplaced one in %s", g.id())
                        .isFalse();
                    slots.add(slot.get());
                  }
                }
                for (int i = 1; i < slots.size(); i++) {
                  ClassSlot a = slots.get(i - 1);
                  ClassSlot b = slots.get(i);
                  boolean sameRun =
                      a.station().equals(b.station()) && a.window().equals(b.window());
                  if (sameRun) {
                    assertThat(b.startInclusive())
                        .as("%s follows %s directly", b, a)
                        .isEqualTo(a.endExclusive());
                  } else {
                    assertThat(g.splittable())
                        .as("%s split between %s and %s", g.id(), a, b)
                        .isTrue();
                    assertThat(b.window().compareTo(a.window()))
                        .as("later part of %s", g.id())
                        .isGreaterThanOrEqualTo(0);
                  }
                }
              }
            });
  }

  @Test
  void each_slot_lies_inside_its_window_and_never_outruns_its_station() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            problem -> {
              CapturePlan plan = PLANNER.plan(problem);
              Map<String, Station> stations = new HashMap<>();
              problem.stations().forEach(s -> stations.put(s.name(), s));
              ClassSlot runStart = null;
              long runHeadcount = 0;
              for (ClassSlot slot : plan.slots()) {
                assertThat(problem.sessions())
                    .anySatisfy(s -> assertThat(s.contains(slot.window())).isTrue());
                assertThat(slot.startInclusive()).isAfterOrEqualTo(slot.window().startInclusive());
                assertThat(slot.endExclusive()).isBeforeOrEqualTo(slot.window().endExclusive());
                boolean continues =
                    runStart != null
                        && runStart.groupId().equals(slot.groupId())
                        && runStart.station().equals(slot.station())
                        && runStart.window().equals(slot.window());
                if (!continues) {
                  runStart = slot;
                  runHeadcount = 0;
                }
                runHeadcount += slot.headcount();
                Throughput t = stations.get(slot.station()).throughput();
                long elapsed = sec(slot.endExclusive()) - sec(runStart.startInclusive());
                assertThat(elapsed * t.students() * stations.get(slot.station()).cameras())
                    .as("%s faster than %s", slot, t)
                    .isGreaterThanOrEqualTo(runHeadcount * t.minutes() * 60);
              }
            });
  }

  @Test
  void responsible_persons_are_never_in_two_places_at_once() {
    qt().withExamples(300)
        .forAll(problems())
        .checkAssert(
            problem -> {
              List<ScheduleRow> rows = PLANNER.plan(problem).schedule();
              for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                  ScheduleRow a = rows.get(i);
                  ScheduleRow b = rows.get(j);
                  boolean overlap =
                      a.date().equals(b.date())
                          && a.startInclusive().isBefore(b.endExclusive())
                          && b.startInclusive().isBefore(a.endExclusive());
                  if (overlap) {
                    assertThat(a.responsible())
                        .as("%s and %s", a, b)
                        .doesNotContainAnyElementsOf(b.responsible());
                  }
                }
              }
            });
  }

  @Test
  void queues_are_in_student_number_order() {
    qt().withExamples(200)
        .forAll(problems())
        .checkAssert(
            problem -> {
              for (ClassSlot slot : PLANNER.plan(problem).slots()) {
                assertThat(slot.queue()).isSorted();
                assertThat(slot.queue())
                    .containsExactlyInAnyOrderElementsOf(
                        problem.groups().stream()
                            .flatMap(g -> g.classes().stream())
                            .filter(c -> c.name().equals(slot.classGroup()))
                            .findFirst()
                            .orElseThrow()
                            .students());
              }
            });
  }

  @Test
  void code_deadlines_are_the_slot_date_minus_the_lead() {
    qt().withExamples(100)
        .forAll(problems(), integers().between(0, 14))
        .checkAssert(
            (problem, lead) -> {
              CaptureSettings settings = CaptureSettings.DEFAULT.withCodeLeadDays(lead);
              for (ClassSlot slot : PLANNER.plan(problem).slots()) {
                assertThat(CodeGate.deadline(slot, settings))
                    .isEqualTo(slot.date().minusDays(lead));
              }
            });
  }

  @Test
  void alike_stations_priced_a_day_at_a_time_give_the_plan_of_the_station_by_station_search() {
    // Twice the cameras at half the rate take exactly as long, but make the stations unalike, so
    // local search prices every lane instead of every day: the plans must not differ.
    // Many groups over several days, in free order, so that local search has days to choose from.
    Gen<Shape> busy =
        integers()
            .between(8, 60)
            .zip(
                integers().between(2, 3),
                integers().between(3, 8),
                integers().between(10, 40),
                integers().between(0, 10_000),
                (g, st, d, rate, seed) -> new Shape(g, 3, st, d, rate, 1, seed, true));
    qt().withExamples(300)
        .forAll(busy)
        .checkAssert(CapturePlanProperties::alikeAndUnalikeStationsPlanAlike);
  }

  @Test
  void two_equally_good_moves_are_chosen_alike_however_they_were_priced() {
    // Found by the property above: groups 7 and 15 have 109 students each, and a running cost in
    // floating-point minutes drifted by one ulp while moves were tried, so the lane-by-lane search
    // took the later group and the day-at-a-time pricing the earlier one.
    alikeAndUnalikeStationsPlanAlike(new Shape(22, 3, 3, 5, 21, 1, 1113, true));
  }

  private static void alikeAndUnalikeStationsPlanAlike(Shape shape) {
    CaptureProblem alike = build(shape);
    CaptureProblem unalike =
        alike.withStations(
            st ->
                st.name().equals("s0")
                    ? new Station(
                        st.name(),
                        st.room(),
                        st.cameras() * 2,
                        Throughput.of(shape.rateTenths(), 20))
                    : st);
    CapturePlan fast = PLANNER.plan(alike);
    CapturePlan slow = PLANNER.plan(unalike);
    assertThat(fast.slots()).isEqualTo(slow.slots());
    assertThat(fast.unplaced().stream().map(u -> u.groupId() + "/" + u.classGroup()).toList())
        .isEqualTo(slow.unplaced().stream().map(u -> u.groupId() + "/" + u.classGroup()).toList());
  }

  @Test
  void planning_is_deterministic() {
    qt().withExamples(200)
        .forAll(shapes())
        .checkAssert(
            shape -> assertThat(PLANNER.plan(build(shape))).isEqualTo(PLANNER.plan(build(shape))));
  }

  @Test
  void minimal_change_replanning_keeps_every_unaffected_class_where_it_was() {
    qt().withExamples(300)
        .forAll(problems(), integers().between(0, 1), integers().between(0, 100))
        .checkAssert(
            (problem, kind, target) -> {
              CapturePlan published = PLANNER.plan(problem);
              CaptureProblem changed;
              String changedGroup = null;
              CaptureWindow withdrawn = null;
              if (kind == 0) {
                int g = target % problem.groups().size();
                CaptureGroup group = problem.groups().get(g);
                CaptureClass first = group.classes().get(0);
                List<StudentNumber> students = new ArrayList<>(first.students());
                for (int i = 0; i < 15; i++) {
                  students.add(StudentNumber.of(String.format("2099%02d%04d", g, i)));
                }
                List<CaptureClass> classes = new ArrayList<>(group.classes());
                classes.set(0, new CaptureClass(first.name(), students));
                List<CaptureGroup> groups = new ArrayList<>(problem.groups());
                groups.set(g, group.withClasses(classes));
                changed = problem.withGroups(groups);
                changedGroup = group.id();
              } else {
                withdrawn = problem.sessions().get(target % problem.sessions().size());
                List<CaptureWindow> sessions = new ArrayList<>(problem.sessions());
                sessions.remove(withdrawn);
                changed = problem.withSessions(sessions);
              }
              CapturePlan replanned = PLANNER.replan(published, changed);
              for (CaptureGroup g : problem.groups()) {
                boolean fullyPlaced =
                    g.classes().stream().allMatch(c -> published.slotOf(c.name()).isPresent());
                CaptureWindow gone = withdrawn;
                boolean touched =
                    g.id().equals(changedGroup)
                        || g.classes().stream()
                            .anyMatch(
                                c ->
                                    published
                                        .slotOf(c.name())
                                        .map(s -> gone != null && gone.contains(s.window()))
                                        .orElse(false));
                if (fullyPlaced && !touched) {
                  for (CaptureClass c : g.classes()) {
                    assertThat(replanned.slotOf(c.name()))
                        .as(c.name())
                        .isEqualTo(published.slotOf(c.name()));
                  }
                }
              }
            });
  }

  /**
   * One long session at one station, groups whole and in order: nothing between classes but
   * rounding.
   */
  static Gen<CaptureProblem> fixedOrderInOneLongSession() {
    return shapes()
        .map(
            shape -> {
              CaptureProblem p = build(shape);
              List<CaptureGroup> groups =
                  p.groups().stream().map(g -> g.withPin(null).withSplittable(false)).toList();
              return CaptureProblem.of(
                  groups,
                  List.of(CaptureWindow.parse("2023-04-24 06:00–23:00")),
                  List.of(p.stations().get(0)),
                  Order.FIXED);
            });
  }

  @Test
  void fixed_order_total_time_is_within_one_class_of_the_lower_bound() {
    qt().withExamples(300)
        .forAll(fixedOrderInOneLongSession())
        .checkAssert(
            problem -> {
              CapturePlan plan = PLANNER.plan(problem);
              assertThat(plan.isComplete()).isTrue();
              Station station = problem.stations().get(0);
              long exact =
                  (long)
                      Math.ceil(
                          problem.headcount()
                              * 60.0
                              * station.throughput().minutes()
                              / (station.throughput().students() * station.cameras()));
              long longestClass =
                  problem.groups().stream()
                      .flatMap(g -> g.classes().stream())
                      .mapToLong(c -> station.seconds(c.headcount()))
                      .max()
                      .orElse(0);
              ClassSlot last =
                  plan.slots().stream()
                      .max(Comparator.comparing(ClassSlot::endExclusive))
                      .orElseThrow();
              long total = Duration.between(LocalTime.of(6, 0), last.endExclusive()).toSeconds();
              assertThat(total).isGreaterThanOrEqualTo(exact);
              assertThat(total - exact).isLessThanOrEqualTo(longestClass);
              assertThat(plan.lowerBoundSeconds()).isEqualTo(exact);
            });
  }
}
