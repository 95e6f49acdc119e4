package io.gradcap.core.capture.plan;

import java.util.ArrayList;
import java.util.List;

/** Sessions minus breaks. */
final class Windows {

  private Windows() {}

  /** The sessions with every break cut out, sorted. */
  static List<CaptureWindow> effective(List<CaptureWindow> sessions, List<CaptureWindow> breaks) {
    List<CaptureWindow> result = new ArrayList<>();
    for (CaptureWindow session : sessions.stream().sorted().toList()) {
      List<CaptureWindow> pieces = new ArrayList<>(List.of(session));
      for (CaptureWindow b : breaks) {
        List<CaptureWindow> next = new ArrayList<>();
        for (CaptureWindow p : pieces) {
          if (!p.overlaps(b)) {
            next.add(p);
            continue;
          }
          if (p.startInclusive().isBefore(b.startInclusive())) {
            next.add(CaptureWindow.of(p.date(), p.startInclusive(), b.startInclusive()));
          }
          if (b.endExclusive().isBefore(p.endExclusive())) {
            next.add(CaptureWindow.of(p.date(), b.endExclusive(), p.endExclusive()));
          }
        }
        pieces = next;
      }
      result.addAll(pieces);
    }
    return result;
  }
}
