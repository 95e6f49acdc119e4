package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.sha;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvidenceFileValidationTest {

  private static EvidenceFile file(
      String name, String mediaType, long size, Sha256 sha256, int pages) {
    return EvidenceFile.of(EvidenceKind.ID_CARD, name, mediaType, size, sha256, pages);
  }

  @Test
  void a_file_needs_a_name_a_media_type_some_bytes_and_a_page() {
    assertThatThrownBy(() -> file(" ", "application/pdf", 1, sha(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> file("id.pdf", "pdf", 1, sha(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> file("id.pdf", "application/pdf", 0, sha(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> file("id.pdf", "application/pdf", 1, sha(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(file("id.pdf", "application/pdf", 1, sha(1), 1).size()).isEqualTo(1);
  }

  @Test
  void the_hash_is_folded_to_lower_case_and_must_be_sha_256() {
    String upper = " " + sha(0xabc).hex().toUpperCase(Locale.ROOT) + " ";

    assertThat(file("id.pdf", "application/pdf", 1, Sha256.parse(upper), 1).sha256())
        .isEqualTo(sha(0xabc));
    assertThatThrownBy(() -> file("id.pdf", "application/pdf", 1, Sha256.parse("abc"), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_file_counts_as_checked_once_someone_checked_it_against_the_original() {
    EvidenceFile file = file("id.pdf", "application/pdf", 1, sha(1), 1);

    assertThat(file.isChecked()).isFalse();
    assertThat(file.checked(new OriginalCheck(Fixtures.RECEIVER, Instant.EPOCH)).isChecked())
        .isTrue();
  }
}
