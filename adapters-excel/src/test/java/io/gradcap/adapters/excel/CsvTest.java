package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {

  @TempDir Path dir;

  private static final Charset GB18030 = Charset.forName("GB18030");

  private static List<Row> read(Location location) {
    try (TableReader reader = new CsvTableReaderProvider().open(location);
        Stream<Row> rows = reader.rows()) {
      return rows.toList();
    }
  }

  private List<Row> read(String name, byte[] bytes) throws IOException {
    return read(Location.of(Files.write(dir.resolve(name), bytes).toString()));
  }

  @Test
  void utf8_with_and_without_bom_and_gb18030_are_all_read() throws IOException {
    String text = "学号,姓名\r\n2021010101,阿依古丽·买买提\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    for (var file :
        List.of(
            read("bom.csv", withBom),
            read("plain.csv", utf8),
            read("gb.csv", text.getBytes(GB18030)))) {
      assertThat(file).hasSize(2);
      assertThat(file.get(0).texts()).containsExactly("学号", "姓名");
      assertThat(file.get(1).texts()).containsExactly("2021010101", "阿依古丽·买买提");
    }
  }

  @Test
  void a_charset_attachment_is_taken_as_given() throws IOException {
    Path file = Files.write(dir.resolve("gb.csv"), "姓名\n张三\n".getBytes(GB18030));
    assertThat(read(Location.of(file.toString(), Charset.class, GB18030)).get(1).cell(0).text())
        .isEqualTo("张三");
    assertThatThrownBy(
            () -> read(Location.of(file.toString(), Charset.class, StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("gb.csv!gb!A");
  }

  @Test
  void quoted_fields_hold_commas_quotes_and_line_breaks() throws IOException {
    List<Row> rows =
        read(
            "q.csv",
            "a,\"b,c\",\"say \"\"hi\"\"\",\"line1\nline2\"\n,x,\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(0).texts()).containsExactly("a", "b,c", "say \"hi\"", "line1\nline2");
    assertThat(rows.get(1).texts()).containsExactly("", "x", "");
    assertThat(rows.get(1).cell(1).ref().toString()).isEqualTo("q.csv!q!B2");
  }

  @Test
  void an_unclosed_quote_names_its_cell() {
    assertThatThrownBy(
            () -> read("open.csv", "a,b\nc,\"never closed\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("open.csv!open!B2: ");
  }

  @Test
  void a_field_longer_than_a_cell_can_hold_is_refused() {
    assertThatThrownBy(
            () -> read("long.csv", ("a," + "x".repeat(40_000)).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(TableLimitExceededException.class)
        .hasMessageStartingWith("long.csv!long!B1: ");
  }

  @Test
  void written_csv_is_utf8_with_bom_or_gb18030_and_never_carries_a_formula() throws IOException {
    Path utf8 = dir.resolve("out.csv");
    Path gb = dir.resolve("out-gb.csv");
    SheetLayout layout =
        SheetLayout.of("s", List.of(Column.of("姓名"), Column.of("备注"))).withTitleRows("不会写入 CSV");
    try (TableWriter writer = new CsvTableWriterProvider().open(Location.of(utf8.toString()))) {
      writer.writeSheet(
          layout,
          Stream.of(
              SheetRow.section("班级"),
              SheetRow.values("张三", "=cmd|' /C calc'!A0"),
              SheetRow.values("李四, 王五", 2.5)));
      assertThatThrownBy(() -> writer.writeSheet(layout, Stream.empty()))
          .isInstanceOf(TableWriteException.class);
    }
    try (TableWriter writer =
        new CsvTableWriterProvider().open(Location.of(gb.toString(), Charset.class, GB18030))) {
      writer.writeSheet(layout, Stream.of(SheetRow.values("张三", "+1")));
    }
    byte[] bytes = Files.readAllBytes(utf8);
    assertThat(bytes[0]).isEqualTo((byte) 0xEF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFF姓名,备注\r\n张三,'=cmd|' /C calc'!A0\r\n\"李四, 王五\",2.5\r\n");
    assertThat(new String(Files.readAllBytes(gb), GB18030)).isEqualTo("姓名,备注\r\n张三,'+1\r\n");
  }

  /**
   * 900 lines of UTF-8, more than the 64 KB the charset is guessed from, then bad bytes in line
   * 802's second field.
   */
  private static byte[] utf8WithBadBytesOnLine802() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes("学号,姓名,备注\n".getBytes(StandardCharsets.UTF_8));
    for (int line = 2; line <= 900; line++) {
      out.writeBytes(("2021" + String.format("%06d", line) + ",").getBytes(StandardCharsets.UTF_8));
      if (line == 802) {
        out.writeBytes(new byte[] {'A', (byte) 0xC3, (byte) 0x28});
      } else {
        out.writeBytes("阿依古丽·买买提".getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(
          (",这一行的备注写得比较长，凑足六十四千字节以上的内容，以便字符集从文件开头猜出\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void invalid_utf8_is_located_at_its_line_and_cell_with_what_to_do() throws IOException {
    byte[] bytes = utf8WithBadBytesOnLine802();
    assertThat(bytes.length).isGreaterThan(64 * 1024);
    assertThatThrownBy(() -> read("名单.csv", bytes))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("名单.csv!名单!B802: 第 802 行")
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("GB18030")
        .hasMessageContaining("line 802 (from byte ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void bad_bytes_in_the_first_line_are_located_at_row_one_not_zero() throws IOException {
    byte[] bytes = {'a', ',', 'b', (byte) 0x81, (byte) 0x20, '\n'};
    assertThatThrownBy(
            () ->
                read(
                    Location.of(
                        Files.write(dir.resolve("坏.csv"), bytes).toString(),
                        Charset.class,
                        GB18030)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("坏.csv!坏!B1: 第 1 行（文件第 4 字节起）不是有效的 GB18030 文本");
  }
}
