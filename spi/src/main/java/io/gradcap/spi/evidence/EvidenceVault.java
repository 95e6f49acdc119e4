package io.gradcap.spi.evidence;

import java.util.Optional;

/**
 * Evidence files, stored once per content and fetched by SHA-256. Nothing is ever replaced or
 * deleted: putting the same content again keeps the first metadata and answers with it.
 * Implementations are safe for use by several threads.
 */
public interface EvidenceVault extends AutoCloseable {

  /**
   * Stores the content unless the vault already holds it, and returns what the vault holds.
   *
   * @throws IllegalArgumentException if the content is larger than {@link #maxContentBytes()}
   */
  EvidenceEntry put(byte[] content, EvidenceMetadata metadata);

  /**
   * The file with the given hash, checked against it.
   *
   * @throws EvidenceCorruptedException if the stored content no longer matches its hash
   */
  Optional<EvidenceFile> get(Sha256 sha256);

  /** The hash, size and metadata of the file, without reading its content. */
  Optional<EvidenceEntry> describe(Sha256 sha256);

  /** The largest file, in bytes, this vault accepts. */
  int maxContentBytes();

  /** Releases what the vault opened itself; a host's own pool is left open. */
  @Override
  default void close() {}
}
