package io.gradcap.examples.cli;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.SafeText;
import java.io.PrintWriter;
import java.util.Locale;
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
      err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done * 100 / total + "%");
      if (done >= total) {
        err.println();
      }
      err.flush();
    }
  }
}
