package io.gradcap.adapters.excel;

import io.gradcap.spi.table.CellRange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code <mergeCell ref="A1:F1"/>} elements of a sheet's XML with a byte scan: they come
 * after all the rows, so a streaming reader would see them too late, and a scan is several times
 * cheaper than parsing the XML again.
 */
final class MergeScanner {

  private static final byte[] TAG = "mergeCell".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REF = "ref=\"".getBytes(StandardCharsets.US_ASCII);

  private MergeScanner() {}

  static List<CellRange> scan(InputStream in) throws IOException {
    List<CellRange> ranges = new ArrayList<>();
    byte[] buffer = new byte[64 * 1024];
    int matched = 0;
    int state = 0; // 0: looking for the tag, 1: looking for ref=", 2: reading the value
    StringBuilder value = new StringBuilder();
    byte previous = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        switch (state) {
          case 0 -> {
            if (matched == TAG.length) {
              matched = 0;
              if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                state = 1;
              }
            } else if (b == TAG[matched] && (matched > 0 || previous == '<' || previous == ':')) {
              matched++;
            } else {
              matched = 0;
            }
          }
          case 1 -> {
            if (b == '>') {
              state = 0;
              matched = 0;
            } else if (b == REF[matched]) {
              matched++;
              if (matched == REF.length) {
                state = 2;
                matched = 0;
                value.setLength(0);
              }
            } else {
              matched = b == REF[0] ? 1 : 0;
            }
          }
          default -> {
            if (b == '"') {
              ranges.add(CellRange.parse(value.toString()));
              state = 0;
            } else if (value.length() < 32) {
              value.append((char) b);
            }
          }
        }
        previous = b;
      }
    }
    return ranges;
  }
}
