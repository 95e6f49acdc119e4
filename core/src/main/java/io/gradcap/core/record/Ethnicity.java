package io.gradcap.core.record;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ethnic group (民族) of GB/T 3304-1991: the 56 groups with their 2-digit codes, plus the widely
 * used extension {@code 97 其他} and {@code 98 外国血统中国籍人士}, which is not in the standard's table
 * ({@link #isExtension()}; whether to accept it is a verification setting).
 *
 * <p>{@link #parse} accepts the name ({@code 蒙古族}), the code ({@code 02}, also {@code 2} as
 * spreadsheets print it), the common short form ({@code 蒙古}), the romanization ({@code Mongol}),
 * and the names in legacy data ({@code 毛难族}, {@code 崩龙族}). {@link #toString()} is the name. The
 * table ships as {@code io/gradcap/core/record/ethnic-groups.tsv}, copied from {@code
 * shared/reference}, with its sources in its header.
 */
public final class Ethnicity implements Comparable<Ethnicity> {

  private static final String TABLE = "ethnic-groups.tsv";

  private final String code;
  private final String name;
  private final String romanization;

  private Ethnicity(String code, String name, String romanization) {
    this.code = code;
    this.name = name;
    this.romanization = romanization;
  }

  /**
   * The group with this exact 2-digit code or name, as {@link #code()} and {@link #toString()} give
   * them.
   */
  public static Ethnicity of(String codeOrName) {
    Ethnicity e = Table.EXACT.get(codeOrName);
    if (e == null) {
      throw new GradcapException(ErrorCode.UNKNOWN_ETHNICITY, codeOrName);
    }
    return e;
  }

  /** Reads a name, code, short form, romanization or legacy name; see the class comment. */
  public static Ethnicity parse(CharSequence text) {
    return tryParse(text)
        .orElseThrow(() -> new GradcapException(ErrorCode.UNKNOWN_ETHNICITY, text));
  }

  /** Like {@link #parse}, giving nothing for what it cannot read. */
  public static Optional<Ethnicity> tryParse(@Nullable CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = Text.foldFullWidth(text).strip();
    Ethnicity e = Table.LENIENT.get(t);
    if (e == null) {
      e = Table.LENIENT.get(t.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(e);
  }

  /** The 56 groups of GB/T 3304, in code order. */
  public static List<Ethnicity> standard() {
    return Table.ALL.stream().filter(e -> !e.isExtension()).toList();
  }

  /** The 56 groups and the 97/98 extension, in code order. */
  public static List<Ethnicity> all() {
    return Table.ALL;
  }

  /** The 2-digit code, such as {@code 02}. */
  public String code() {
    return code;
  }

  /** The Chinese name, such as {@code 蒙古族}. */
  public String name() {
    return name;
  }

  /** The GB/T 3304 romanization, such as {@code Mongol}; empty for the 97/98 extension. */
  public String romanization() {
    return romanization;
  }

  /** Whether this is 97 or 98, the extension outside GB/T 3304's table. */
  public boolean isExtension() {
    return code.compareTo("56") > 0;
  }

  @Override
  public int compareTo(Ethnicity other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Ethnicity that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The Chinese name, which {@link #parse} and {@link #of} read back. */
  @Override
  public String toString() {
    return name;
  }

  /** The table, read once from the resource. */
  private static final class Table {
    static final List<Ethnicity> ALL;
    static final Map<String, Ethnicity> EXACT = new HashMap<>();
    static final Map<String, Ethnicity> LENIENT = new HashMap<>();

    static {
      List<Ethnicity> all = new ArrayList<>();
      try (InputStream in = Ethnicity.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new GradcapException(ErrorCode.BROKEN_REFERENCE_TABLE, TABLE, "not found");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] cells = line.split("\t", -1);
          all.add(
              new Ethnicity(
                  cells[0].strip(), cells[1].strip(), cells.length > 2 ? cells[2].strip() : ""));
        }
      } catch (IOException e) {
        throw new GradcapException(
            ErrorCode.BROKEN_REFERENCE_TABLE, e, TABLE, String.valueOf(e.getMessage()));
      }
      if (all.size() != 58) {
        throw new GradcapException(
            ErrorCode.BROKEN_REFERENCE_TABLE, TABLE, all.size() + " rows, expected 58");
      }
      ALL = List.copyOf(all);
      for (Ethnicity e : ALL) {
        EXACT.put(e.code, e);
        EXACT.put(e.name, e);
      }
      for (Ethnicity e : ALL) {
        LENIENT.put(e.code, e);
        LENIENT.put(e.name, e);
        if (e.code.charAt(0) == '0') {
          LENIENT.put(e.code.substring(1), e);
        }
        if (e.name.endsWith("族") && e.name.length() >= 2) {
          LENIENT.putIfAbsent(e.name.substring(0, e.name.length() - 1), e);
        }
        if (!e.romanization.isEmpty()) {
          LENIENT.putIfAbsent(e.romanization.toLowerCase(Locale.ROOT), e);
        }
      }
      LENIENT.put("毛难族", EXACT.get("毛南族"));
      LENIENT.put("毛难", EXACT.get("毛南族"));
      LENIENT.put("崩龙族", EXACT.get("德昂族"));
      LENIENT.put("崩龙", EXACT.get("德昂族"));
      LENIENT.put("tibetan", EXACT.get("藏族"));
      LENIENT.put("korean", EXACT.get("朝鲜族"));
      LENIENT.put("其他民族", EXACT.get("其他"));
      LENIENT.put("其他未识别民族", EXACT.get("其他"));
      LENIENT.put("外国血统", EXACT.get("外国血统中国籍人士"));
    }
  }
}
