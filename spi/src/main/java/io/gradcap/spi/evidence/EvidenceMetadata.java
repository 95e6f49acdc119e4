package io.gradcap.spi.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the uploader says about an evidence file. The vault adds the hash and the size itself.
 *
 * @param kind what the file proves, such as {@code id-card} or {@code household-register}; at most
 *     {@value #MAX_TEXT_LENGTH} characters
 * @param fileName the file's name as uploaded, such as {@code 身份证.pdf}
 * @param mediaType its media type, such as {@code application/pdf}
 * @param pages how many pages it has, 0 when not a paged document or not known
 * @param uploadedBy the actor id of the uploader
 * @param uploadedAt when it was uploaded, held to the microsecond
 */
public record EvidenceMetadata(
    String kind,
    String fileName,
    String mediaType,
    int pages,
    String uploadedBy,
    Instant uploadedAt) {

  public static final int MAX_TEXT_LENGTH = 200;

  public EvidenceMetadata {
    check("kind", kind);
    check("file name", fileName);
    check("media type", mediaType);
    check("uploaded by", uploadedBy);
    if (!mediaType.matches("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*")) {
      throw new IllegalArgumentException(
          "media type \"" + mediaType + "\" is not like application/pdf");
    }
    if (pages < 0) {
      throw new IllegalArgumentException("pages must be 0 or more");
    }
    uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt").truncatedTo(ChronoUnit.MICROS);
  }

  private static void check(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()
        || value.length() > MAX_TEXT_LENGTH
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          what + " must have 1 to " + MAX_TEXT_LENGTH + " characters and no control characters");
    }
  }
}
