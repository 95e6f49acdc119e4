package io.gradcap.core.campaign;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.ObjectMapper;

/**
 * The line each JSON pointer of a document starts on, so problems can name their line; and the
 * source text of numbers, so that {@code 0098} stays a student number rather than becoming 98.
 */
final class LineIndex {

  private final Map<String, Integer> lines;
  private final Map<String, String> numberTexts;

  private LineIndex(Map<String, Integer> lines, Map<String, String> numberTexts) {
    this.lines = lines;
    this.numberTexts = numberTexts;
  }

  static LineIndex of(ObjectMapper mapper, String text) {
    Map<String, Integer> lines = new HashMap<>();
    Map<String, String> numberTexts = new HashMap<>();
    try (JsonParser parser = mapper.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        TokenStreamContext context = parser.streamReadContext();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
            && context.getParent() != null) {
          context = context.getParent();
        }
        String pointer = context.pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          numberTexts.put(pointer, parser.getString());
        }
      }
    }
    return new LineIndex(lines, numberTexts);
  }

  /** The number at the pointer as the source wrote it, or null if there is no number there. */
  @Nullable String numberText(String pointer) {
    return numberTexts.get(pointer);
  }

  /** The line of the pointer, or of its nearest ancestor that has one; 0 if none. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
