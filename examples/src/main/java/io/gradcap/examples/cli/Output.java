package io.gradcap.examples.cli;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON lines and the terminal progress bar shared by the subcommands. */
final class Output {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private Output() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /**
   * One JSON line, every text value in it rendered by {@link SafeText} first, so a consumer that
   * decodes the line reads ID numbers masked and control characters escaped too.
   */
  static String line(ObjectNode node) {
    return JSON.writeValueAsString(safe(node));
  }

  /**
   * One JSON line written as it is made, for answers too large to hold twice (a plan of 100,000
   * slots): the object's fields, then each named array element by element. Every text value is
   * rendered by {@link SafeText}, as in {@link #line(ObjectNode)}.
   */
  static void line(
      PrintWriter out, ObjectNode fields, Map<String, Iterator<? extends JsonNode>> arrays) {
    out.flush();
    PrintWriter target = SafeWriter.raw(out); // each text value below is rendered safely already
    try (JsonGenerator g =
        JSON.createGenerator(
            new FilterWriter(target) {
              @Override
              public void close() throws IOException {
                flush(); // the console stays open
              }
            })) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> field : fields.properties()) {
        g.writeName(field.getKey());
        g.writeTree(safe(field.getValue()));
      }
      for (Map.Entry<String, Iterator<? extends JsonNode>> array : arrays.entrySet()) {
        g.writeName(array.getKey());
        g.writeStartArray();
        while (array.getValue().hasNext()) {
          g.writeTree(safe(array.getValue().next()));
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    target.println();
    target.flush();
  }

  private static JsonNode safe(JsonNode node) {
    if (node.isString()) {
      return JSON.getNodeFactory().stringNode(SafeText.of(node.stringValue()));
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JSON.createObjectNode();
      object.properties().forEach(e -> copy.set(e.getKey(), safe(e.getValue())));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(e -> copy.add(safe(e)));
      return copy;
    }
    return node;
  }

  static ObjectNode finding(Finding finding, Locale locale) {
    ObjectNode node = object();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().name());
    node.put("message", finding.message(locale));
    return node;
  }

  /** A progress bar on standard error, drawn only when a person watches a terminal. */
  static final class Progress {
    private final PrintWriter err;
    private final boolean shown;
    private final String label;

    Progress(PrintWriter err, String label) {
      this.err = SafeWriter.raw(err); // its carriage returns redraw the bar; it prints no input
      this.label = label;
      this.shown = System.console() != null;
    }

    void step(int done, int total) {
      if (!shown || total <= 0) {
        return;
      }
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + done * 100 / total
              + "%");
      if (done >= total) {
        err.println();
      }
      err.flush();
    }
  }
}
