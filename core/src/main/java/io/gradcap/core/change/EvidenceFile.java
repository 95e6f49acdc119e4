package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.spi.evidence.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * One evidence file as data: the file itself lives in the evidence vault under its SHA-256.
 *
 * @param kind what document it is
 * @param fileName the name it was uploaded under
 * @param mediaType its media type, such as {@code application/pdf}
 * @param size its size in bytes
 * @param sha256 its content hash, the key the vault stores the file under
 * @param pages how many pages it has
 * @param check who checked it against the original and when, once someone has
 */
public record EvidenceFile(
    EvidenceKind kind,
    String fileName,
    String mediaType,
    long size,
    Sha256 sha256,
    int pages,
    @Nullable OriginalCheck check) {

  public EvidenceFile {
    Preconditions.checkArgument(!fileName.isBlank(), "file name is blank");
    Preconditions.checkArgument(mediaType.contains("/"), "media type %s", mediaType);
    Preconditions.checkArgument(size > 0, "size %s", size);
    Preconditions.checkArgument(pages > 0, "pages %s", pages);
  }

  /** A file nobody has checked against its original yet. */
  public static EvidenceFile of(
      EvidenceKind kind, String fileName, String mediaType, long size, Sha256 sha256, int pages) {
    return new EvidenceFile(kind, fileName, mediaType, size, sha256, pages, null);
  }

  /** The same file, checked against its original. */
  public EvidenceFile checked(OriginalCheck by) {
    return new EvidenceFile(kind, fileName, mediaType, size, sha256, pages, by);
  }

  public boolean isChecked() {
    return check != null;
  }
}
