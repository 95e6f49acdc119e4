package io.gradcap.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.gradcap.core.internal.json.DecimalInstants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Times read digit by digit are the instants Jackson's decimal reading makes of the same text. */
class DecimalInstantsProperties {

  private static final ObjectMapper JSON = JournalCodec.mapper();

  /**
   * What Jackson makes of a decimal: its whole seconds and the nanoseconds of the rest, both with
   * its sign.
   */
  private static Instant byBigDecimal(String text) {
    BigDecimal value = new BigDecimal(text);
    long seconds = value.longValue();
    int nanos = value.subtract(BigDecimal.valueOf(seconds)).movePointRight(9).intValue();
    return Instant.ofEpochSecond(seconds, nanos);
  }

  @Test
  void every_written_time_reads_back_equal_and_as_its_decimal_means() {
    qt().forAll(
            longs().between(-100_000_000_000L, 100_000_000_000L),
            integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant at = Instant.ofEpochSecond(seconds, nanos);
              String json = JSON.writeValueAsString(at);
              assertThat(JSON.readValue(json, Instant.class)).isEqualTo(at);
              assertThat(DecimalInstants.parse(json.toCharArray(), 0, json.length()))
                  .isEqualTo(byBigDecimal(json));
            });
  }

  @Test
  void decimals_it_does_not_read_go_to_jackson_with_the_same_result() {
    for (String text :
        List.of("1712109600.1234567891", "1.7121096E9", "-0.5", "12", "1712109600.5")) {
      Instant expected = byBigDecimal(text);
      assertThat(JSON.readValue(text, Instant.class)).as(text).isEqualTo(expected);
    }
    assertThat(DecimalInstants.parse("1712109600.1234567891".toCharArray(), 0, 21)).isNull();
    assertThat(DecimalInstants.parse("1.7121096E9".toCharArray(), 0, 11)).isNull();
    assertThat(DecimalInstants.parse("-0.5".toCharArray(), 0, 4))
        .isEqualTo(Instant.ofEpochSecond(0, -500_000_000));
  }
}
