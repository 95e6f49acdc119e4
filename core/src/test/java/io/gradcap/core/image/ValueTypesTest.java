package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.spi.evidence.Sha256;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void content_hash_is_the_sha256_of_the_bytes() {
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).hasToString(ABC_SHA256);
  }

  @Test
  void content_hash_parses_what_people_paste_and_refuses_what_is_not_a_sha256() {
    assertThat(Sha256.parse(" " + ABC_SHA256.toUpperCase(java.util.Locale.ROOT) + " "))
        .isEqualTo(Sha256.parse(ABC_SHA256));
    assertThatThrownBy(() -> Sha256.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvidenceRef.parse("ID_COPY:abc"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE));
  }

  @Test
  void evidence_reference_reads_kind_and_hash() {
    EvidenceRef ref = EvidenceRef.parse("ID_COPY:" + ABC_SHA256);
    assertThat(ref.kind()).isEqualTo(DisputeEvidenceKind.ID_COPY);
    assertThat(ref).hasToString("ID_COPY:" + ABC_SHA256);
    assertThatThrownBy(() -> EvidenceRef.parse("PASSPORT:" + ABC_SHA256))
        .isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> EvidenceRef.parse(ABC_SHA256)).isInstanceOf(GradcapException.class);
  }

  @Test
  void equality() {
    Sha256 abc = Sha256.parse(ABC_SHA256);
    Sha256 other = Sha256.of(new byte[0]);
    new EqualsTester()
        .addEqualityGroup(abc, Sha256.parse(ABC_SHA256.toUpperCase(java.util.Locale.ROOT)))
        .addEqualityGroup(other)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            EvidenceRef.of(DisputeEvidenceKind.ID_COPY, abc),
            EvidenceRef.parse("ID_COPY:" + ABC_SHA256))
        .addEqualityGroup(EvidenceRef.of(DisputeEvidenceKind.OTHER, abc))
        .addEqualityGroup(EvidenceRef.of(DisputeEvidenceKind.ID_COPY, other))
        .testEquals();
  }
}
