package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void evidence_files_name_their_content_by_sha256() {
    EvidenceFile file =
        EvidenceFile.of(
            EvidenceKind.ID_CARD,
            "id.jpg",
            "image/jpeg",
            2048,
            Sha256.parse(Fixtures.sha(7).hex().toUpperCase(Locale.ROOT)),
            2);
    assertThat(file.sha256()).isEqualTo(Fixtures.sha(7));
    assertThat(file.isChecked()).isFalse();
    assertThat(file.checked(new OriginalCheck(Fixtures.RECEIVER, Instant.EPOCH)).isChecked())
        .isTrue();
    assertThatThrownBy(
            () ->
                EvidenceFile.of(
                    EvidenceKind.ID_CARD, "id.jpg", "image/jpeg", 2048, Sha256.parse("abc"), 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                EvidenceFile.of(
                    EvidenceKind.ID_CARD, "id.jpg", "image/jpeg", 2048, Fixtures.sha(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality() {
    EvidenceFile file = Fixtures.file(EvidenceKind.ID_CARD, 1);
    new EqualsTester()
        .addEqualityGroup(file, Fixtures.file(EvidenceKind.ID_CARD, 1))
        .addEqualityGroup(Fixtures.file(EvidenceKind.ID_CARD, 2))
        .addEqualityGroup(file.checked(new OriginalCheck(Fixtures.RECEIVER, Instant.EPOCH)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            EvidenceCatalogue.defaults(),
            EvidenceCatalogue.load("{}", EvidenceCatalogue.Format.JSON))
        .addEqualityGroup(EvidenceCatalogue.load("mode: replace", EvidenceCatalogue.Format.YAML))
        .testEquals();
  }

  @Test
  void id_numbers_are_masked_wherever_they_are_shown() {
    FieldChange change =
        FieldChange.of(RecordField.ID_NUMBER, "11010519491231002X", "１１０１０５１９４９１２３１００２ｘ ");
    assertThat(change.toString()).isEqualTo("idNumber: 110105********002X -> 110105********002X");
    assertThat(FieldChange.of(RecordField.NAME, "张三", "张叁").toString()).isEqualTo("name: 张三 -> 张叁");
    var changed =
        new ChangeEvent.RecordFieldChanged(
            "r-1",
            Fixtures.RECEIVER,
            Instant.EPOCH,
            "",
            Fixtures.ZHANG.student(),
            RecordField.ID_NUMBER,
            "11010519491231002X",
            "440524188001010014");
    assertThat(changed.toString())
        .contains("110105********002X", "440524********0014")
        .doesNotContain("19491231");
  }

  @Test
  void a_change_must_change_something() {
    assertThatThrownBy(() -> FieldChange.of(RecordField.NAME, "张三", "张三"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldChange.of(RecordField.NAME, "张三", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
