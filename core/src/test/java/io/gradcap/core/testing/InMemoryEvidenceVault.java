package io.gradcap.core.testing;

import io.gradcap.spi.evidence.EvidenceCorruptedException;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceFile;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link EvidenceVault} in memory, for tests. */
public final class InMemoryEvidenceVault implements EvidenceVault {

  private final int maxContentBytes;
  private final Map<Sha256, Stored> files = new ConcurrentHashMap<>();

  private record Stored(EvidenceEntry entry, byte[] content) {}

  public InMemoryEvidenceVault() {
    this(32 << 20);
  }

  public InMemoryEvidenceVault(int maxContentBytes) {
    this.maxContentBytes = maxContentBytes;
  }

  @Override
  public EvidenceEntry put(byte[] content, EvidenceMetadata metadata) {
    if (content.length > maxContentBytes) {
      throw new IllegalArgumentException(
          "evidence file \""
              + metadata.fileName()
              + "\" has "
              + content.length
              + " bytes, more than the "
              + maxContentBytes
              + " this vault accepts");
    }
    Sha256 sha256 = Sha256.of(content);
    return files.computeIfAbsent(
            sha256,
            h -> new Stored(new EvidenceEntry(h, content.length, metadata), content.clone()))
        .entry;
  }

  @Override
  public Optional<EvidenceFile> get(Sha256 sha256) {
    Stored stored = files.get(sha256);
    if (stored == null) {
      return Optional.empty();
    }
    Sha256 actual = Sha256.of(stored.content);
    if (!actual.equals(sha256)) {
      throw new EvidenceCorruptedException("memory:", sha256, actual);
    }
    return Optional.of(new EvidenceFile(stored.entry, stored.content));
  }

  @Override
  public Optional<EvidenceEntry> describe(Sha256 sha256) {
    return Optional.ofNullable(files.get(sha256)).map(Stored::entry);
  }

  @Override
  public int maxContentBytes() {
    return maxContentBytes;
  }

  /** Flips a bit of a stored file, as damaged storage would, so tests can check it is caught. */
  public void corrupt(Sha256 sha256) {
    byte[] content = files.get(sha256).content;
    if (content.length == 0) {
      files.computeIfPresent(sha256, (h, s) -> new Stored(s.entry, new byte[] {0}));
    } else {
      content[0] ^= 1;
    }
  }
}
