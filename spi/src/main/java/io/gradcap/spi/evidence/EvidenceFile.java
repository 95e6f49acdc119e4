package io.gradcap.spi.evidence;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file read back from the vault; its content has been checked against its hash.
 *
 * @param entry its hash, size and metadata
 * @param content its bytes; copied in and out
 */
public record EvidenceFile(EvidenceEntry entry, byte[] content) {

  public EvidenceFile {
    Objects.requireNonNull(entry, "entry");
    content = Objects.requireNonNull(content, "content").clone();
    if (content.length != entry.size() || !entry.sha256().matches(content)) {
      throw new IllegalArgumentException("content does not match " + entry.sha256());
    }
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvidenceFile f
        && entry.equals(f.entry)
        && Arrays.equals(content, f.content);
  }

  @Override
  public int hashCode() {
    return entry.hashCode();
  }

  @Override
  public String toString() {
    return "EvidenceFile["
        + entry.sha256()
        + ", "
        + content.length
        + " bytes, "
        + entry.metadata().mediaType()
        + "]";
  }
}
