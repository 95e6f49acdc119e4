package io.gradcap.core.capture;

import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The fee reconciliation (R13) per class and per college: expected from the headcount, collected,
 * owed for the photographs taken.
 *
 * @param classes one line per class, by college and class
 * @param colleges one total per college
 */
public record FeeReport(List<ClassFees> classes, List<ClassFees> colleges) {

  public FeeReport {
    classes = List.copyOf(classes);
    colleges = List.copyOf(colleges);
  }

  /** Reconciles the state's photographs and money against the plan's classes. */
  public static FeeReport of(CaptureState state, CapturePlan plan, CaptureSettings settings) {
    long fee = settings.feeFenPerPhoto();
    Map<String, int[]> headcounts = new TreeMap<>();
    Map<String, String[]> names = new TreeMap<>();
    for (ClassSlot slot : plan.slots()) {
      String key = CaptureState.classKey(slot.college(), slot.classGroup());
      headcounts.put(key, new int[] {slot.headcount()});
      names.put(key, new String[] {slot.college(), slot.classGroup()});
    }
    for (String key : state.classKeys()) {
      if (!names.containsKey(key)) {
        int slash = key.indexOf('/');
        names.put(key, new String[] {key.substring(0, slash), key.substring(slash + 1)});
        headcounts.put(key, new int[] {0});
      }
    }
    List<ClassFees> classes = new ArrayList<>();
    Map<String, ClassFees> colleges = new TreeMap<>();
    for (Map.Entry<String, String[]> e : names.entrySet()) {
      int headcount = Objects.requireNonNull(headcounts.get(e.getKey()))[0];
      int photographs = state.photographs().getOrDefault(e.getKey(), 0);
      ClassFees line =
          new ClassFees(
              e.getValue()[0],
              e.getValue()[1],
              headcount,
              headcount * fee,
              state.collectedFen().getOrDefault(e.getKey(), 0L),
              photographs * fee,
              photographs);
      classes.add(line);
      colleges.merge(
          line.college(),
          new ClassFees(line.college(), "", 0, 0, 0, 0, 0).plus(line),
          ClassFees::plus);
    }
    return new FeeReport(classes, new ArrayList<>(colleges.values()));
  }

  /** A finding for each class whose money and photographs disagree. */
  public List<Finding> findings() {
    List<Finding> result = new ArrayList<>();
    for (ClassFees c : classes) {
      if (c.balanceFen() != 0) {
        result.add(
            Finding.of(
                "R13.fee.balance",
                Severity.WARNING,
                c.classGroup(),
                null,
                Message.of(
                    Captures.BUNDLE,
                    c.balanceFen() < 0 ? "fee.owed" : "fee.refund",
                    c.college(),
                    c.classGroup(),
                    CaptureSettings.yuan(Math.abs(c.balanceFen())),
                    c.photographs(),
                    CaptureSettings.yuan(c.collectedFen()))));
      }
    }
    return result;
  }
}
