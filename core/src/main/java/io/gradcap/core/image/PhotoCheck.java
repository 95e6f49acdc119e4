package io.gradcap.core.image;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.image.JpegHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an image file's bytes against the capture photo specification and reports each deviation
 * as a finding. Reads the JPEG header only: the background colour and the face position need the
 * decoded picture and are left to the capture centre.
 */
public final class PhotoCheck {

  private final PhotoSpec spec;

  public PhotoCheck(PhotoSpec spec) {
    this.spec = spec;
  }

  /** A check against {@link PhotoSpec#standard()}. */
  public static PhotoCheck standard() {
    return new PhotoCheck(PhotoSpec.standard());
  }

  /**
   * Every deviation of the file from the specification; empty when it conforms.
   *
   * @param bytes the whole file
   * @param subject whom the photo shows (a student number), for the findings
   */
  public List<Finding> check(byte[] bytes, String subject) {
    List<Finding> findings = new ArrayList<>();
    Optional<JpegHeader> read = JpegHeader.read(bytes);
    if (read.isEmpty()) {
      findings.add(finding("R16.photo.format", Severity.BLOCKING, subject, "photo.not-jpeg"));
      return findings;
    }
    JpegHeader header = read.get();
    dimensions(header, subject).ifPresent(findings::add);
    colour(header, subject).ifPresent(findings::add);
    complete(header, subject).ifPresent(findings::add);
    dpi(header, subject).ifPresent(findings::add);
    fileSize(bytes.length, subject).ifPresent(findings::add);
    quality(header, subject).ifPresent(findings::add);
    orientation(header, subject).ifPresent(findings::add);
    return findings;
  }

  /** The photo is exactly the specified width and height (480×640, portrait 3:4). */
  Optional<Finding> dimensions(JpegHeader h, String subject) {
    if (h.width() == spec.width() && h.height() == spec.height()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            "R16.photo.dimensions",
            Severity.BLOCKING,
            subject,
            "photo.dimensions",
            h.width(),
            h.height(),
            spec.width(),
            spec.height()));
  }

  /** The photo is 24-bit true colour: three components of eight bits each. */
  Optional<Finding> colour(JpegHeader h, String subject) {
    if (h.components() == 3 && h.precision() == 8) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            "R16.photo.colour",
            Severity.BLOCKING,
            subject,
            "photo.colour",
            h.components(),
            h.precision()));
  }

  /** The file is whole: it ends with the JPEG end-of-image marker. */
  Optional<Finding> complete(JpegHeader h, String subject) {
    return h.complete()
        ? Optional.empty()
        : Optional.of(
            finding("R16.photo.truncated", Severity.BLOCKING, subject, "photo.truncated"));
  }

  /** The metadata states the specified density (300 dpi); a deviation is a warning. */
  Optional<Finding> dpi(JpegHeader h, String subject) {
    Optional<Double> dpi = h.dpi();
    if (dpi.isEmpty()) {
      return Optional.of(
          finding("R16.photo.dpi", Severity.WARNING, subject, "photo.dpi-missing", spec.dpi()));
    }
    long rounded = Math.round(dpi.get());
    return rounded == spec.dpi()
        ? Optional.empty()
        : Optional.of(
            finding("R16.photo.dpi", Severity.WARNING, subject, "photo.dpi", rounded, spec.dpi()));
  }

  /**
   * The file size lies in the usual range (20–40 KB); vendors differ, so a deviation is a warning.
   */
  Optional<Finding> fileSize(int bytes, String subject) {
    if (bytes >= spec.minBytes() && bytes <= spec.maxBytes()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            "R16.photo.file-size",
            Severity.WARNING,
            subject,
            "photo.file-size",
            String.valueOf(bytes),
            String.valueOf(spec.minBytes()),
            String.valueOf(spec.maxBytes())));
  }

  /**
   * The JPEG quality, estimated from the luminance table, is at least the minimum (60); a warning.
   */
  Optional<Finding> quality(JpegHeader h, String subject) {
    if (h.quality() == 0 || h.quality() >= spec.minQuality()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            "R16.photo.quality",
            Severity.WARNING,
            subject,
            "photo.quality",
            h.quality(),
            spec.minQuality()));
  }

  /** The photo is neither rotated nor mirrored: no EXIF orientation other than upright. */
  Optional<Finding> orientation(JpegHeader h, String subject) {
    if (h.orientation() <= 1) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
            "R16.photo.orientation",
            Severity.BLOCKING,
            subject,
            "photo.orientation",
            h.orientation()));
  }

  private static Finding finding(
      String rule, Severity severity, String subject, String key, Object... args) {
    return Finding.of(
        rule, severity, subject, "photo", Message.of(ImageConfirmation.BUNDLE, key, args));
  }
}
