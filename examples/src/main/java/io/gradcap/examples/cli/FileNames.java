package io.gradcap.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** File names made from input (a college's name): safe on every file system gradcap runs on. */
final class FileNames {

  /** Names Windows reserves for devices, with or without an extension. */
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /** Leaves room for a suffix such as {@code -学籍核对签名表.xlsx} within the usual 255-byte limit. */
  static final int MAX_BYTES = 180;

  private FileNames() {}

  /**
   * The name as one safe path element: control and invisible characters, whitespace and {@code \ /
   * : * ? " < > |} become {@code _} (runs of them one {@code _}); leading and trailing dots go; a
   * reserved device name gets a leading {@code _}; the result is at most {@link #MAX_BYTES} bytes
   * of UTF-8 and never empty.
   */
  static String safe(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean replaced = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      boolean unsafe =
          c < 0x20
              || "\\/:*?\"<>|".indexOf(c) >= 0
              || Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.getType(c) == Character.CONTROL
              || Character.getType(c) == Character.FORMAT
              || Character.getType(c) == Character.SURROGATE
              || Character.getType(c) == Character.UNASSIGNED
              || Character.getType(c) == Character.PRIVATE_USE;
      if (unsafe) {
        if (!replaced) {
          out.append('_');
        }
        replaced = true;
      } else {
        out.appendCodePoint(c);
        replaced = false;
      }
    }
    String safe = out.toString().replaceAll("^[._]+(?=.)|\\.+$", "");
    if (safe.isEmpty() || safe.chars().allMatch(ch -> ch == '.')) {
      safe = "_";
    }
    int dot = safe.indexOf('.');
    if (RESERVED.contains((dot < 0 ? safe : safe.substring(0, dot)).toUpperCase(Locale.ROOT))) {
      safe = "_" + safe;
    }
    while (safe.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      safe = safe.substring(0, safe.offsetByCodePoints(safe.length(), -1));
    }
    return safe;
  }
}
