package io.gradcap.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlIdentifiersTest {

  @Test
  void plain_identifiers_pass_in_lower_case() {
    assertThat(SqlIdentifiers.schema("Gradcap")).isEqualTo("gradcap");
    assertThat(SqlIdentifiers.tablePrefix("gc_")).isEqualTo("gc_");
    assertThat(SqlIdentifiers.tablePrefix("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1abc",
        "a b",
        "a;drop table x",
        "a\"b",
        "学籍",
        "a-b",
        "abcdefghijabcdefghijabcdefghijX"
      })
  void anything_that_could_change_the_sql_is_refused(String schema) {
    assertThatThrownBy(() -> SqlIdentifiers.schema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
  }
}
