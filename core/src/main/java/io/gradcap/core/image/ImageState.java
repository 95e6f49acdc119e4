package io.gradcap.core.image;

import io.gradcap.core.access.Subject;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One student's image as the fold of its events.
 *
 * @param subject the student, their class and college
 * @param status where the image stands
 * @param centre the centre that took the current photo, if any
 * @param image the image uploaded last, if any
 * @param confirmedAt when the student confirmed it, if they did
 * @param evidence every piece of evidence the office cited, in order
 * @param disputes how many times the student disputed an image
 */
public record ImageState(
    Subject subject,
    ImageStatus status,
    @Nullable String centre,
    @Nullable Sha256 image,
    @Nullable Instant confirmedAt,
    List<EvidenceRef> evidence,
    int disputes) {

  public ImageState {
    evidence = List.copyOf(evidence);
  }

  /** A student before any capture. */
  public static ImageState notCaptured(Subject subject) {
    return new ImageState(subject, ImageStatus.NOT_CAPTURED, null, null, null, List.of(), 0);
  }

  public boolean isConfirmed() {
    return status == ImageStatus.CONFIRMED;
  }

  /**
   * R16: only an image from the designated centre that the student confirmed goes onto the diploma.
   */
  public boolean countsForDiploma() {
    return isConfirmed();
  }

  public Optional<Sha256> imageIfAny() {
    return Optional.ofNullable(image);
  }

  public Optional<Instant> confirmedAtIfAny() {
    return Optional.ofNullable(confirmedAt);
  }

  ImageState with(ImageStatus newStatus) {
    return new ImageState(subject, newStatus, centre, image, confirmedAt, evidence, disputes);
  }
}
