package io.gradcap.spi.evidence;

import java.util.Objects;

/**
 * A file the vault holds, without its content.
 *
 * @param sha256 the hash of its content, which is also its key
 * @param size its size in bytes
 * @param metadata what was said about it when it was first put
 */
public record EvidenceEntry(Sha256 sha256, long size, EvidenceMetadata metadata) {

  public EvidenceEntry {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(metadata, "metadata");
    if (size < 0) {
      throw new IllegalArgumentException("size must be 0 or more");
    }
  }
}
