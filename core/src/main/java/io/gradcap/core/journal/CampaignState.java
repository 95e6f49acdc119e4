package io.gradcap.core.journal;

import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.certificate.CertificateState;
import io.gradcap.core.change.ChangeBook;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RecordCardState;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.SignOffState;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole campaign as the fold of its journal: each feature's state side by side. Features never
 * see each other's events, so each part is exactly what its own feature's {@code evolve} makes.
 *
 * @param signOffs the sign-off of each class
 * @param changes every change request
 * @param captures the capture ledger: photographs, make-ups, fees
 * @param images each student's graduation image
 * @param recordCards the record cards received and handed over
 * @param certificates each college's latest certificate submission
 */
public record CampaignState(
    Map<ClassRef, SignOffState> signOffs,
    ChangeBook changes,
    CaptureState captures,
    Map<StudentNumber, ImageState> images,
    RecordCardState recordCards,
    CertificateState certificates) {

  public CampaignState {
    signOffs = Collections.unmodifiableMap(new LinkedHashMap<>(signOffs));
    images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
  }

  /**
   * The campaign before anything is recorded: the sign-off sheets as printed, no change request, no
   * photograph, every student on the roster with no image yet and no card received, no certificate
   * workbook handed in.
   */
  public static CampaignState start(Collection<SignOffState> signOffs, Roster roster) {
    Map<ClassRef, SignOffState> byClass = new LinkedHashMap<>();
    for (SignOffState s : signOffs) {
      byClass.put(ClassRef.of(s.sheet().college(), s.sheet().classGroup()), s);
    }
    Map<StudentNumber, ImageState> images = new LinkedHashMap<>();
    for (ClassRef c : roster.classes()) {
      for (RosterEntry e : roster.students(c)) {
        images.put(e.student(), ImageState.notCaptured(e.subject()));
      }
    }
    return new CampaignState(
        byClass,
        ChangeBook.empty(),
        CaptureState.EMPTY,
        images,
        RecordCardState.initial(roster),
        CertificateState.EMPTY);
  }

  /** The sign-off state of a class, if it has a sheet. */
  public java.util.Optional<SignOffState> signOff(ClassRef classRef) {
    return java.util.Optional.ofNullable(signOffs.get(classRef));
  }

  /** Counts only: the parts hold personal data. */
  @Override
  public String toString() {
    return "CampaignState["
        + signOffs.size()
        + " sign-off sheets, "
        + changes
        + ", "
        + captures.collective().size()
        + " photographed collectively, "
        + images.size()
        + " images, "
        + recordCards.received().size()
        + " record cards, "
        + certificates.submissions().size()
        + " certificate submissions]";
  }
}
