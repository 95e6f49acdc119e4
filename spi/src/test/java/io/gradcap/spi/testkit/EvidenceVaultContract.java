package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.evidence.EvidenceCorruptedException;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceFile;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EvidenceVault} promises. An implementation's test extends this class,
 * supplies a fresh, empty vault per test and a way to damage a stored file.
 */
public abstract class EvidenceVaultContract {

  protected static final Instant T0 = Instant.parse("2024-03-01T08:00:00.123456Z");

  protected EvidenceVault vault;

  /** A new, empty vault; it is closed after each test. */
  protected abstract EvidenceVault newVault();

  /** Changes the stored content of the file with the given hash behind the vault's back. */
  protected abstract void corrupt(Sha256 sha256);

  @BeforeEach
  void openVault() {
    vault = newVault();
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  protected static EvidenceMetadata metadata(String fileName) {
    return new EvidenceMetadata("id-card", fileName, "application/pdf", 2, "student:s-1", T0);
  }

  protected static byte[] pdf(String text) {
    return ("%PDF-1.7\n" + text + "\n%%EOF").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_file_put_is_got_back_by_its_hash_with_its_metadata() {
    byte[] content = pdf("身份证 正反面");
    EvidenceEntry entry = vault.put(content, metadata("身份证.pdf"));

    assertThat(entry.sha256()).isEqualTo(Sha256.of(content));
    assertThat(entry.size()).isEqualTo(content.length);
    assertThat(entry.metadata()).isEqualTo(metadata("身份证.pdf"));
    Optional<EvidenceFile> file = vault.get(entry.sha256());
    assertThat(file).isPresent();
    assertThat(file.get().content()).isEqualTo(content);
    assertThat(file.get().entry()).isEqualTo(entry);
    assertThat(vault.describe(entry.sha256())).contains(entry);
  }

  @Test
  void an_unknown_hash_finds_nothing() {
    Sha256 unknown = Sha256.of(new byte[] {42});
    assertThat(vault.get(unknown)).isEmpty();
    assertThat(vault.describe(unknown)).isEmpty();
  }

  @Test
  void the_same_content_is_stored_once_and_keeps_its_first_metadata() {
    byte[] content = pdf("户口本");
    EvidenceEntry first = vault.put(content, metadata("户口本.pdf"));
    EvidenceEntry second = vault.put(content.clone(), metadata("copy.pdf"));
    assertThat(second).isEqualTo(first);
    assertThat(vault.describe(first.sha256()).orElseThrow().metadata().fileName())
        .isEqualTo("户口本.pdf");
  }

  @Test
  void different_contents_are_different_files() {
    EvidenceEntry a = vault.put(pdf("a"), metadata("a.pdf"));
    EvidenceEntry b = vault.put(pdf("b"), metadata("b.pdf"));
    assertThat(a.sha256()).isNotEqualTo(b.sha256());
    assertThat(vault.get(a.sha256()).orElseThrow().content()).isEqualTo(pdf("a"));
    assertThat(vault.get(b.sha256()).orElseThrow().content()).isEqualTo(pdf("b"));
  }

  @Test
  void an_empty_file_is_a_file() {
    EvidenceEntry entry = vault.put(new byte[0], metadata("empty.pdf"));
    assertThat(vault.get(entry.sha256()).orElseThrow().content()).isEmpty();
  }

  @Test
  void an_oversized_file_is_refused_and_nothing_stored() {
    byte[] big = new byte[vault.maxContentBytes() + 1];
    assertThatThrownBy(() -> vault.put(big, metadata("big.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(vault.maxContentBytes()));
    assertThat(vault.describe(Sha256.of(big))).isEmpty();
  }

  @Test
  void a_damaged_file_is_never_handed_out() {
    EvidenceEntry entry = vault.put(pdf("毕业证书"), metadata("毕业证书.pdf"));
    corrupt(entry.sha256());
    assertThatThrownBy(() -> vault.get(entry.sha256()))
        .isInstanceOfSatisfying(
            EvidenceCorruptedException.class,
            e -> assertThat(e.expected()).isEqualTo(entry.sha256()));
  }
}
