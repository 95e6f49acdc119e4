package io.gradcap.examples.demo;

import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.signoff.StudentOutcome;
import io.gradcap.examples.picture.ProgressHtml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's progress: the view of the institution and of each college as the journal's state
 * has it on the demo's day ({@link DemoProgress}), printed and drawn as {@code progress.html}; and
 * each college's own counts, for the demo's caller.
 */
final class ProgressExample {

  static final String PROGRESS = "progress.html";

  private ProgressExample() {}

  static CampaignProgress run(DemoOutput out, DemoJournal journal) throws IOException {
    CampaignProgress view = DemoProgress.of(out.campaign(), journal.state(), DemoProgress.DEMO_DAY);
    out.say("progress.as-of", view.today());
    print(out, view.institution());
    view.colleges().forEach(college -> print(out, college));
    Path html = out.file(PROGRESS);
    ProgressHtml.write(html, out.campaign().title(), out.campaign(), view, out.locale());
    out.wrote(html);
    return view;
  }

  private static void print(DemoOutput out, ProgressView view) {
    out.line(
        view.collegeIfAny()
            .map(
                c ->
                    out.campaign()
                        .institution()
                        .college(c)
                        .map(college -> college.name(out.locale()))
                        .orElse(c))
            .orElse(view.title(out.locale())));
    for (ProgressLine line : view.lines()) {
      out.detail(line.describe(out.locale()));
    }
  }

  /** Each college's counts, from the journal's state, in Attachment 1's order of colleges. */
  static List<SeedCampaignDemo.CollegeLine> collegeLines(
      DemoOutput out, DemoJournal journal, List<StudentRecord> records) {
    CampaignState state = journal.state();
    Map<String, int[]> counts = new LinkedHashMap<>();
    out.campaign().captureSchedule().forEach(w -> counts.putIfAbsent(w.college(), new int[7]));
    for (StudentRecord r : records) {
      StudentNumber n = r.studentNumber().orElseThrow();
      int[] c = counts.computeIfAbsent(r.college(), k -> new int[7]);
      StudentOutcome outcome =
          state.signOffs().get(ClassRef.of(r.college(), r.classGroup())).outcome(n);
      c[0]++;
      c[1] += outcome.signedAt() != null ? 1 : 0;
      c[2] += outcome.corrections().isEmpty() ? 0 : 1;
      c[3] += outcome.changeRequests().isEmpty() ? 0 : 1;
      boolean photographed =
          state.captures().collective().contains(n) || state.captures().madeUp().contains(n);
      c[4] += photographed ? 1 : 0;
      c[5] += state.recordCards().receipt(n).isPresent() ? 1 : 0;
      c[6] += state.images().get(n).isConfirmed() ? 1 : 0;
    }
    List<SeedCampaignDemo.CollegeLine> lines = new ArrayList<>();
    counts.forEach(
        (college, c) ->
            lines.add(
                new SeedCampaignDemo.CollegeLine(
                    college, c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
    return lines;
  }
}
