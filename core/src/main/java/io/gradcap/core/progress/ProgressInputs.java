package io.gradcap.core.progress;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.Milestone;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.RecordCardState;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.signoff.ClassProgress;
import java.util.List;
import java.util.Set;

/**
 * What the progress view is computed from: the campaign's milestones, the roster, and each task's
 * state as its feature folds it. No storage: the caller loads the states.
 *
 * @param milestones the campaign's milestones
 * @param roster the students expected, by class and college
 * @param signOff each class's sign-off progress (R2)
 * @param changeRequests every change request, open or not (R3–R5)
 * @param certificates the checked certificate submissions (R7), one per college; a later one
 *     replaces an earlier one
 * @param recordCards the record cards received (R8)
 * @param captureCodesHeld the students the host says hold a capture code (R11)
 * @param capture the capture sessions' state (R9–R12)
 * @param images each student's image state (R16–R18)
 */
public record ProgressInputs(
    List<Milestone> milestones,
    Roster roster,
    List<ClassProgress> signOff,
    List<ChangeRequest> changeRequests,
    List<CertificateSubmission> certificates,
    RecordCardState recordCards,
    Set<StudentNumber> captureCodesHeld,
    CaptureState capture,
    List<ImageState> images) {

  public ProgressInputs {
    milestones = List.copyOf(milestones);
    signOff = List.copyOf(signOff);
    changeRequests = List.copyOf(changeRequests);
    certificates = List.copyOf(certificates);
    captureCodesHeld = Set.copyOf(captureCodesHeld);
    images = List.copyOf(images);
  }

  /** Nothing done yet for anyone on the roster. */
  public static ProgressInputs of(List<Milestone> milestones, Roster roster) {
    return new ProgressInputs(
        milestones,
        roster,
        List.of(),
        List.of(),
        List.of(),
        RecordCardState.initial(roster),
        Set.of(),
        CaptureState.EMPTY,
        List.of());
  }

  /** Nothing done yet, against the campaign's milestones. */
  public static ProgressInputs of(Campaign campaign, Roster roster) {
    return of(campaign.timeline(), roster);
  }

  public ProgressInputs withSignOff(List<ClassProgress> classes) {
    return new ProgressInputs(
        milestones,
        roster,
        classes,
        changeRequests,
        certificates,
        recordCards,
        captureCodesHeld,
        capture,
        images);
  }

  public ProgressInputs withChangeRequests(List<ChangeRequest> requests) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        requests,
        certificates,
        recordCards,
        captureCodesHeld,
        capture,
        images);
  }

  public ProgressInputs withCertificates(List<CertificateSubmission> reports) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        changeRequests,
        reports,
        recordCards,
        captureCodesHeld,
        capture,
        images);
  }

  public ProgressInputs withRecordCards(RecordCardState state) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        changeRequests,
        certificates,
        state,
        captureCodesHeld,
        capture,
        images);
  }

  public ProgressInputs withCaptureCodesHeld(Set<StudentNumber> held) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        changeRequests,
        certificates,
        recordCards,
        held,
        capture,
        images);
  }

  public ProgressInputs withCapture(CaptureState state) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        changeRequests,
        certificates,
        recordCards,
        captureCodesHeld,
        state,
        images);
  }

  public ProgressInputs withImages(List<ImageState> states) {
    return new ProgressInputs(
        milestones,
        roster,
        signOff,
        changeRequests,
        certificates,
        recordCards,
        captureCodesHeld,
        capture,
        states);
  }
}
