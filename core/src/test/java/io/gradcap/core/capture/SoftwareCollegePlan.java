package io.gradcap.core.capture;

import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import java.util.List;

/**
 * The plan the capture tests run against: the classes of 软件工程学院 (responsible 周庆标) in fixed order on
 * the morning of 2023-04-26, one camera at 教103 taking 2.45 students a minute.
 */
final class SoftwareCollegePlan {

  static final String COLLEGE = "软件工程学院";

  private SoftwareCollegePlan() {}

  static CapturePlan of(CaptureClass... classes) {
    return CapturePlanner.withoutTimetable()
        .plan(
            CaptureProblem.of(
                List.of(
                    new CaptureGroup(
                        "soft",
                        COLLEGE,
                        COLLEGE,
                        List.of(classes),
                        List.of("周庆标"),
                        false,
                        null,
                        "")),
                List.of(CaptureWindow.parse("2023-04-26 08:10–11:50")),
                List.of(new Station("教103", "教103", 1, Throughput.perMinute("2.45"))),
                Order.FIXED));
  }
}
