package io.gradcap.spi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void the_hash_of_abc_is_the_published_one_and_round_trips() {
    Sha256 abc = Sha256.of("abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(abc.toString())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.parse(abc.toString())).isEqualTo(abc);
    assertThat(Sha256.parse(abc.toString().toUpperCase(java.util.Locale.ROOT))).isEqualTo(abc);
    assertThat(abc.matches("abc".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(abc.matches("abd".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void anything_but_64_hex_digits_is_refused() {
    assertThatThrownBy(() -> Sha256.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sha256.parse("g".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void only_sixty_four_lower_case_hex_digits_make_one_directly() {
    String digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assertThat(new Sha256(digest).hex()).isEqualTo(digest);
    assertThat(Sha256.parse(" " + digest.toUpperCase(java.util.Locale.ROOT) + " "))
        .isEqualTo(new Sha256(digest));
    for (String bad :
        new String[] {
          digest.toUpperCase(java.util.Locale.ROOT),
          digest.substring(1) + "g",
          digest.substring(1),
          digest + "0",
          ""
        }) {
      assertThatThrownBy(() -> new Sha256(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void a_file_whose_content_does_not_match_its_entry_cannot_be_made() {
    byte[] content = {1, 2, 3};
    EvidenceMetadata metadata =
        new EvidenceMetadata("id-card", "a.pdf", "application/pdf", 1, "s-1", Instant.EPOCH);
    EvidenceEntry entry = new EvidenceEntry(Sha256.of(content), 3, metadata);
    assertThat(new EvidenceFile(entry, content).content()).isEqualTo(content);
    assertThatThrownBy(() -> new EvidenceFile(entry, new byte[] {1, 2, 4}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metadata_is_held_to_its_shape() {
    assertThatThrownBy(
            () -> new EvidenceMetadata("id-card", "a.pdf", "pdf", 1, "s-1", Instant.EPOCH))
        .hasMessageContaining("media type");
    assertThatThrownBy(
            () -> new EvidenceMetadata("id-card", " ", "application/pdf", 1, "s-1", Instant.EPOCH))
        .hasMessageContaining("file name");
    assertThatThrownBy(
            () ->
                new EvidenceMetadata(
                    "id-card", "a.pdf", "application/pdf", -1, "s-1", Instant.EPOCH))
        .hasMessageContaining("pages");
  }
}
