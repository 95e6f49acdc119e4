package io.gradcap.core.certificate;

import com.google.common.base.Preconditions;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The office's certificate template (R7): its title, its columns in order, rows it already holds,
 * and the markers that introduce rows appended below the table ({@code 补充：}, {@code 以下为补充}).
 * Content, format and column order must not be changed; extra rows go below the table after a
 * marker.
 *
 * @param title the title line above the header, if any (empty for none)
 * @param columns the columns in order
 * @param prefilled rows the template already holds below its header, as cell texts in column order
 * @param markers the texts a marker row's first non-blank cell starts with
 */
public record CertificateTemplate(
    String title,
    List<TemplateColumn> columns,
    List<List<String>> prefilled,
    List<String> markers) {

  /** The markers of the office's template. */
  public static final List<String> DEFAULT_MARKERS = List.of("补充", "以下为补充", "以下为新增", "新增：");

  /** What the signature lines below a table start with; they are neither rows nor markers. */
  public static final List<String> SIGNATURE_LINES =
      List.of("填表人", "制表人", "审核人", "负责人", "经办人", "学院盖章", "（盖章）");

  public CertificateTemplate {
    columns = List.copyOf(columns);
    Preconditions.checkArgument(!columns.isEmpty(), "a template needs columns");
    Preconditions.checkArgument(
        columns.stream().map(c -> normalize(c.header())).distinct().count() == columns.size(),
        "template headers must be distinct");
    prefilled = prefilled.stream().map(List::copyOf).toList();
    markers = List.copyOf(markers);
    Preconditions.checkArgument(
        !markers.isEmpty() && markers.stream().noneMatch(String::isBlank), "markers");
  }

  /** The office's standard template: 学号, 姓名, 证书名称, 等级, 证书编号, 发证机关, 发证日期, 备注. */
  public static CertificateTemplate standard() {
    return new CertificateTemplate(
        "毕业生在校期间获得证书统计表",
        Arrays.stream(CertificateField.values()).map(TemplateColumn::of).toList(),
        List.of(),
        DEFAULT_MARKERS);
  }

  /**
   * The template as a blank template workbook's first sheet holds it: the header is the first row
   * with at least two known headers (学号, 证书名称 …), the title the first non-blank row above it, and
   * the rows right below the header, up to the first blank row, are its prefilled rows.
   */
  public static Optional<CertificateTemplate> read(Iterable<Row> rows) {
    String title = "";
    Row header = null;
    List<List<String>> prefilled = new ArrayList<>();
    int previous = -1;
    for (Row row : rows) {
      if (header == null) {
        if (isHeader(row)) {
          header = row;
          previous = row.index();
        } else if (title.isEmpty() && !row.isBlank()) {
          title = firstText(row);
        }
        continue;
      }
      if (row.isBlank() || row.index() != previous + 1 || isSignature(row)) {
        break;
      }
      previous = row.index();
      prefilled.add(row.texts().stream().map(CertificateTemplate::normalize).toList());
    }
    if (header == null) {
      return Optional.empty();
    }
    List<TemplateColumn> columns = new ArrayList<>();
    List<String> texts = headerTexts(header);
    for (String text : texts) {
      if (!text.isEmpty()) {
        columns.add(new TemplateColumn(text, CertificateField.ofHeader(text).orElse(null)));
      }
    }
    int width = columns.size();
    List<List<String>> trimmed = prefilled.stream().map(r -> fit(r, width)).toList();
    return Optional.of(new CertificateTemplate(title, columns, trimmed, DEFAULT_MARKERS));
  }

  /** The column of a field, if the template has it. */
  public Optional<Integer> columnOf(CertificateField field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The header texts, normalized, in order. */
  public List<String> headers() {
    return columns.stream().map(c -> normalize(c.header())).toList();
  }

  /** Whether a row introduces appended rows: its first non-blank cell starts with a marker. */
  public boolean isMarker(Row row) {
    String first = normalize(firstText(row));
    return !first.isEmpty() && markers.stream().anyMatch(first::startsWith);
  }

  /** Whether a row is a signature line ({@code 填表人：____}) rather than a certificate. */
  public boolean isSignatureLine(Row row) {
    String first = normalize(firstText(row));
    return !first.isEmpty() && SIGNATURE_LINES.stream().anyMatch(first::startsWith);
  }

  /** The blank template document's shape: the title above, the columns as the office has them. */
  public SheetLayout layout() {
    SheetLayout layout =
        SheetLayout.of("证书", columns.stream().map(c -> Column.of(c.header())).toList());
    return title.isBlank() ? layout : layout.withTitleRows(title);
  }

  /** The blank template document's content: the prefilled rows, nothing else. */
  public List<SheetRow> blankRows() {
    return prefilled.stream()
        .map(r -> (SheetRow) new SheetRow.Values(new ArrayList<Object>(r)))
        .toList();
  }

  private static boolean isSignature(Row row) {
    String first = normalize(firstText(row));
    return SIGNATURE_LINES.stream().anyMatch(first::startsWith);
  }

  /** Whether a row is the header: at least two cells are known headers. */
  static boolean isHeader(Row row) {
    return headerTexts(row).stream().filter(t -> CertificateField.ofHeader(t).isPresent()).count()
        >= 2;
  }

  /** The normalized texts of a header row, up to its last non-blank cell. */
  static List<String> headerTexts(Row row) {
    List<String> texts =
        new ArrayList<>(row.texts().stream().map(CertificateTemplate::normalize).toList());
    while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
      texts.remove(texts.size() - 1);
    }
    return texts;
  }

  private static String firstText(Row row) {
    for (Cell cell : row.cells()) {
      if (!cell.isBlank()) {
        return cell.text();
      }
    }
    return "";
  }

  private static List<String> fit(List<String> row, int width) {
    List<String> fitted = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
    while (fitted.size() < width) {
      fitted.add("");
    }
    return fitted;
  }

  /** Trims ordinary and ideographic spaces and removes line breaks inside the text. */
  static String normalize(String text) {
    return text.replace("\r", "").replace("\n", "").replace('\u3000', ' ').strip();
  }
}
