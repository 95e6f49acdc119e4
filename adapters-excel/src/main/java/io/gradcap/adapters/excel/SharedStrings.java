package io.gradcap.adapters.excel;

import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The read-only shared-string table of an {@code .xlsx} workbook: each {@code <si>}'s text (its
 * {@code <t>} runs, phonetic {@code <rPh>} runs left out), with the counts checked against the
 * limits while it is read, so an enormous table fails before it fills the memory.
 */
final class SharedStrings {

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings none() {
    return new SharedStrings(List.of());
  }

  static SharedStrings read(InputStream in, String location, ReadLimits limits) {
    List<String> strings = new ArrayList<>();
    long chars = 0;
    try (in) {
      XMLStreamReader xml = Xml.reader(in);
      StringBuilder text = new StringBuilder();
      int phonetic = 0;
      boolean inText = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if ("si".equals(name)) {
            text.setLength(0);
          } else if ("rPh".equals(name)) {
            phonetic++;
          } else if ("t".equals(name) && phonetic == 0) {
            inText = true;
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && inText) {
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          if (chars + text.length() > limits.maxSharedStringChars()) {
            throw new TableLimitExceededException(
                location, "maxSharedStringChars", limits.maxSharedStringChars());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          if ("t".equals(name)) {
            inText = false;
          } else if ("rPh".equals(name)) {
            phonetic--;
          } else if ("si".equals(name)) {
            if (strings.size() >= limits.maxSharedStrings()) {
              throw new TableLimitExceededException(
                  location, "maxSharedStrings", limits.maxSharedStrings());
            }
            chars += text.length();
            strings.add(text.toString());
          }
        }
      }
      xml.close();
    } catch (XMLStreamException | IOException | RuntimeException e) {
      if (e instanceof UnreadableTableException u) {
        throw u;
      }
      throw XlsxReader.translate(location, "corrupt shared-string table", e);
    }
    return new SharedStrings(strings);
  }

  /** The string at the index, or {@code null} if the table has no such entry. */
  String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }

  int size() {
    return strings.size();
  }
}
