package io.gradcap.core.capture.plan;

import static io.gradcap.core.capture.plan.PlanMessages.BUNDLE;
import static io.gradcap.core.capture.plan.PlanMessages.minutesUp;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.spi.host.Lesson;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the placed chunks into the plan people read: a slot per class and a schedule row per chunk
 * (lane by lane, in time order), the clashes with lessons, and after the explanations the findings
 * that sum the plan up: splits, each day's load, the days used and the busy time against its lower
 * bound.
 */
final class PlanAssembly {

  private final Placement placement;
  private final PlanModel model;
  private final Explanations explanations;
  private final List<ClassSlot> slots = new ArrayList<>();
  private final List<ScheduleRow> rows = new ArrayList<>();
  private final List<Clash> clashes = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  /** Station-seconds of all chunks. */
  private long busy;

  PlanAssembly(Placement placement, Explanations explanations) {
    this.placement = placement;
    this.model = placement.model;
    this.explanations = explanations;
  }

  CapturePlan result() {
    findings.addAll(explanations.justifications);
    for (Lane lane : model.lanes) {
      for (Chunk c : lane.chunks) {
        busy = Math.addExact(busy, c.length());
        addSlots(c);
        rows.add(row(c));
      }
    }
    rows.sort(
        Comparator.comparing(ScheduleRow::date)
            .thenComparing(ScheduleRow::startInclusive)
            .thenComparing(ScheduleRow::station));
    addSplits();
    long placed = 0;
    for (ClassSlot slot : slots) {
      placed += slot.headcount();
    }
    long lowerBound = lowerBound(placed);
    Weights w = model.problem.weights();
    double sq = placement.squaredMinutes();
    long spread = spreadMinutes();
    int days = placement.daysUsed();
    Score score =
        new Score(
            days,
            Math.round(sq),
            spread,
            clashes.size(),
            Math.round(
                w.perDay() * (double) days
                    + w.perSquaredMinute() * sq
                    + w.perClash() * (double) clashes.size()));
    addDayLoads();
    findings.add(
        Finding.of(
            "R9.capture.days",
            Severity.INFO,
            null,
            null,
            Message.of(BUNDLE, "plan.days", score.daysUsed(), spread, clashes.size())));
    findings.add(
        Finding.of(
            "R9.capture.lower-bound",
            Severity.INFO,
            null,
            null,
            Message.of(
                BUNDLE,
                "plan.lower-bound",
                minutesUp(busy),
                minutesUp(lowerBound),
                placed,
                minutesUp(Math.max(0, busy - lowerBound)))));
    return new CapturePlan(
        model.problem,
        slots,
        rows,
        explanations.unplaced,
        clashes,
        findings,
        score,
        busy,
        lowerBound);
  }

  /**
   * A slot for each class of the chunk, and a clash for each of its lessons the slot overlaps
   * (arrival included).
   */
  private void addSlots(Chunk c) {
    CaptureGroup group = model.group(c.group);
    Lane lane = c.lane;
    for (int k = c.from; k < c.to; k++) {
      CaptureClass cls = group.classes().get(k);
      long s = model.classStart(c.group, c.from, k, lane, c.start);
      long e = model.classStart(c.group, c.from, k + 1, lane, c.start);
      ClassSlot slot =
          new ClassSlot(
              group.id(),
              group.college(),
              cls.name(),
              lane.station.name(),
              lane.station.room(),
              lane.window,
              time(s),
              time(e),
              time(Math.max(0, s - model.lead)),
              cls.queue());
      slots.add(slot);
      if (model.hasLessons(c.group)) {
        for (Lesson l : model.lessons(c.group, k)) {
          if (l.overlaps(lane.window.date(), slot.arrival(), slot.endExclusive())) {
            addClash(slot, l);
          }
        }
      }
    }
  }

  private void addClash(ClassSlot slot, Lesson l) {
    String name = slot.classGroup();
    clashes.add(new Clash(name, slot, l));
    findings.add(
        Finding.of(
            "R10.capture.clash",
            Severity.WARNING,
            name,
            null,
            Message.of(
                BUNDLE,
                "plan.clash",
                name,
                l.course(),
                l.teacher(),
                l.date().toString(),
                l.startInclusive().toString(),
                l.endExclusive().toString(),
                slot.arrival().toString(),
                slot.endExclusive().toString())));
  }

  /** The chunk's schedule row; a part of a split group is noted as {@code 2/3}. */
  private ScheduleRow row(Chunk c) {
    CaptureGroup group = model.group(c.group);
    List<Chunk> parts = placement.chunksOf(c.group);
    String note = group.note();
    if (parts.size() > 1) {
      note = (note.isEmpty() ? "" : note + " ") + (parts.indexOf(c) + 1) + "/" + parts.size();
    }
    return new ScheduleRow(
        c.lane.window.date(),
        time(c.start),
        time(c.end),
        c.lane.station.name(),
        group.id(),
        group.name(),
        Math.toIntExact(model.students(c.group, c.from, c.to)),
        group.responsible(),
        note);
  }

  private void addSplits() {
    for (int g = 0; g < model.groups.size(); g++) {
      int parts = placement.chunksOf(g).size();
      if (parts > 1) {
        String name = model.group(g).name();
        findings.add(
            Finding.of(
                "R9.capture.split",
                Severity.INFO,
                name,
                null,
                Message.of(BUNDLE, "plan.split", name, parts)));
      }
    }
  }

  private void addDayLoads() {
    long[] capacity = new long[model.dayCount()];
    for (Lane lane : model.lanes) {
      capacity[lane.day] += lane.closes - lane.opens;
    }
    for (int d = 0; d < model.dayCount(); d++) {
      if (placement.isUsed(d)) {
        String day = model.days.get(d).toString();
        long load = placement.load(d);
        findings.add(
            Finding.of(
                "R9.capture.day-load",
                Severity.INFO,
                day,
                null,
                Message.of(
                    BUNDLE,
                    "plan.day-load",
                    day,
                    minutesUp(load),
                    capacity[d] / 60,
                    (capacity[d] - load) / 60)));
      }
    }
  }

  /**
   * The busy time no plan can beat, in station-seconds like {@code busy}: every station working at
   * the stations' average rate, rounded up. Exact: the combined rate is the fraction num/den
   * students a minute, in arbitrary precision so that no rates overflow it.
   */
  private long lowerBound(long placed) {
    BigInteger den = BigInteger.ONE;
    for (Station s : model.problem.stations()) {
      BigInteger m = BigInteger.valueOf(s.throughput().minutes());
      den = den.divide(den.gcd(m)).multiply(m);
    }
    BigInteger num = BigInteger.ZERO;
    for (Station s : model.problem.stations()) {
      num =
          num.add(
              BigInteger.valueOf(s.throughput().students())
                  .multiply(BigInteger.valueOf(s.cameras()))
                  .multiply(den.divide(BigInteger.valueOf(s.throughput().minutes()))));
    }
    BigInteger stationSeconds =
        BigInteger.valueOf(placed)
            .multiply(BigInteger.valueOf(60))
            .multiply(den)
            .multiply(BigInteger.valueOf(model.problem.stations().size()));
    return new java.math.BigDecimal(stationSeconds)
        .divide(new java.math.BigDecimal(num), 0, RoundingMode.CEILING)
        .longValueExact();
  }

  /** Minutes between the busiest and the quietest used day. */
  private long spreadMinutes() {
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int d = 0; d < model.dayCount(); d++) {
      if (placement.isUsed(d)) {
        max = Math.max(max, placement.load(d));
        min = Math.min(min, placement.load(d));
      }
    }
    return max == Long.MIN_VALUE ? 0 : (max - min) / 60;
  }

  private static LocalTime time(long secondOfDay) {
    return LocalTime.ofSecondOfDay(secondOfDay);
  }
}
