package io.gradcap.core.certificate;

import static io.gradcap.core.testing.Decisions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.table.CellRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateSubmissionsTest {

  private static final String SOFTWARE = "软件工程学院";
  private static final Instant AT = Instant.parse("2024-04-10T02:00:00Z");
  private static final Actor RESPONSIBLE =
      Actor.collegeResponsible("t-02", "周庆标", Set.of(SOFTWARE));
  private static final Actor OFFICE = Actor.officeStaff("o-01", "陈老师");
  private static final StudentNumber ZHANG = StudentNumber.of("2021010101");

  private static CertificateSubmission submission(boolean clean) {
    return new CertificateSubmission(
        SOFTWARE,
        "软件工程学院-证书.xlsx",
        List.of(new CertificateSubmission.Line(ZHANG, clean)),
        true,
        clean ? 0 : 1);
  }

  private static Decision<CertificateEvent> submit(
      Actor actor, CertificateSubmission submission, CertificateState state) {
    return CertificateSubmissions.decide(
        new CertificateCommand.Submit(actor, AT, submission), state);
  }

  @Test
  void a_colleges_responsible_person_hands_in_its_workbook_on_the_colleges_stream() {
    Decision<CertificateEvent> decision =
        submit(RESPONSIBLE, submission(false), CertificateState.EMPTY);

    assertThat(decision.recordsOn()).contains(StreamId.college(SOFTWARE));
    assertThat(decision.events())
        .containsExactly(new CertificateEvent.Submitted(submission(false), RESPONSIBLE, AT));
  }

  @Test
  void a_later_submission_replaces_the_earlier_one_and_the_same_one_again_changes_nothing() {
    CertificateState first =
        CertificateSubmissions.evolve(
            CertificateState.EMPTY,
            new CertificateEvent.Submitted(submission(false), RESPONSIBLE, AT));
    CertificateState second =
        CertificateSubmissions.evolve(
            first, new CertificateEvent.Submitted(submission(true), OFFICE, AT.plusSeconds(60)));

    assertThat(second.submission(SOFTWARE)).contains(submission(true));
    assertThat(second.submissions()).hasSize(1);
    Decision<CertificateEvent> again = submit(OFFICE, submission(true), second);
    assertThat(again.isAccepted()).isTrue();
    assertThat(again.events()).isEmpty();
  }

  @Test
  void only_the_colleges_responsible_person_or_the_office_hands_in_its_workbook() {
    Actor other = Actor.collegeResponsible("t-03", "叶宏代", Set.of("动画学院"));
    Actor counsellor = Actor.counsellor("t-01", "王老师", Set.of("21软件1班"));
    Actor centre = Actor.captureCentre("c-01", "图像采集点");
    for (Actor actor : List.of(other, counsellor, centre, Actor.student(ZHANG, "张三"))) {
      assertRefused(
          submit(actor, submission(true), CertificateState.EMPTY), ErrorCode.OUT_OF_SCOPE);
    }
    assertThat(submit(OFFICE, submission(true), CertificateState.EMPTY).events()).hasSize(1);
  }

  @Test
  void a_checked_workbook_keeps_who_each_row_is_for_whether_it_is_clean_and_the_blocking_count() {
    CellRef a2 = CellRef.of("c.xlsx", "Sheet1", 1, 0);
    CertificateReport report =
        new CertificateReport(
            SOFTWARE,
            0,
            List.of(
                new CertificateEntry(a2, ZHANG, Map.of(), false, true),
                new CertificateEntry(
                    CellRef.of("c.xlsx", "Sheet1", 2, 0), null, Map.of(), false, false)),
            List.of(
                new Finding(
                    "R7.certificate.student-unknown",
                    Severity.BLOCKING,
                    null,
                    null,
                    "c.xlsx!Sheet1!A3",
                    Message.of(CertificateCheck.BUNDLE, "column.inserted", "x")),
                new Finding(
                    "R7.certificate.note",
                    Severity.WARNING,
                    null,
                    null,
                    null,
                    Message.of(CertificateCheck.BUNDLE, "column.inserted", "y"))));

    CertificateSubmission kept = CertificateSubmission.of(report, SOFTWARE, "c.xlsx");

    assertThat(kept.lines())
        .containsExactly(
            new CertificateSubmission.Line(ZHANG, true),
            new CertificateSubmission.Line(null, false));
    assertThat(kept.blockingFindings()).isEqualTo(1);
    assertThat(kept.isClean()).isFalse();
    assertThat(kept.layoutClean()).isTrue();
  }
}
