package io.gradcap.core.change;

import io.gradcap.core.access.Role;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates an evidence catalogue file, collecting every problem rather than stopping at
 * the first.
 */
final class CatalogueFile {

  static final String RULE = "config.evidence-catalogue";

  // A key given twice is an error, never a silent override.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> TOP_KEYS = Set.of("mode", "everyRequest", "fields");
  private static final Set<String> REQUIREMENT_KEYS =
      Set.of("kind", "mandatory", "checkAgainstOriginal", "checkedBy");

  record Result(EvidenceCatalogue catalogue, List<Finding> problems) {}

  private final List<Finding> problems = new ArrayList<>();

  private CatalogueFile() {}

  static Result read(String text, EvidenceCatalogue.Format format, EvidenceCatalogue base) {
    return new CatalogueFile().parse(text, format, base);
  }

  private Result parse(String text, EvidenceCatalogue.Format format, EvidenceCatalogue base) {
    JsonNode root;
    try {
      root = (format == EvidenceCatalogue.Format.JSON ? JSON : YAML).readTree(text);
    } catch (JacksonException e) {
      problem("$", "config.unreadable", format.name(), e.getOriginalMessage());
      return new Result(base, problems);
    }
    if (root == null || !root.isObject()) {
      problem("$", "config.not-an-object");
      return new Result(base, problems);
    }
    unknownKeys(root, "$", TOP_KEYS);
    boolean replace = false;
    JsonNode mode = root.get("mode");
    if (mode != null) {
      String value = mode.isString() ? mode.stringValue() : mode.toString();
      if (value.equals("replace")) {
        replace = true;
      } else if (!value.equals("extend")) {
        problem("$.mode", "config.unknown-mode", value);
      }
    }
    List<EvidenceRequirement> every = null;
    JsonNode everyNode = root.get("everyRequest");
    if (everyNode != null) {
      every = requirements(everyNode, "$.everyRequest");
    }
    Map<RecordField, List<EvidenceRequirement>> fields = new EnumMap<>(RecordField.class);
    JsonNode fieldsNode = root.get("fields");
    if (fieldsNode != null) {
      if (!fieldsNode.isObject()) {
        problem("$.fields", "config.not-an-object-here");
      } else {
        for (Map.Entry<String, JsonNode> entry : fieldsNode.properties()) {
          String path = "$.fields." + entry.getKey();
          RecordField field = field(entry.getKey());
          if (field == null) {
            problem(
                path,
                "config.unknown-field",
                entry.getKey(),
                Arrays.stream(RecordField.values())
                    .map(RecordField::key)
                    .collect(Collectors.joining(", ")));
          }
          List<EvidenceRequirement> list = requirements(entry.getValue(), path);
          if (field != null) {
            fields.put(field, list);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      return new Result(base, problems);
    }
    if (replace) {
      return new Result(new EvidenceCatalogue(every == null ? List.of() : every, fields), problems);
    }
    Map<RecordField, List<EvidenceRequirement>> merged = new EnumMap<>(RecordField.class);
    for (RecordField field : base.fields()) {
      merged.put(field, base.forField(field));
    }
    fields.forEach((field, list) -> merged.put(field, extend(base.forField(field), list)));
    return new Result(
        new EvidenceCatalogue(
            every == null ? base.everyRequest() : extend(base.everyRequest(), every), merged),
        problems);
  }

  /**
   * The base list with the file's entries replacing those of the same kind and new kinds appended.
   */
  private static List<EvidenceRequirement> extend(
      List<EvidenceRequirement> base, List<EvidenceRequirement> file) {
    Map<EvidenceKind, EvidenceRequirement> byKind = new LinkedHashMap<>();
    base.forEach(r -> byKind.put(r.kind(), r));
    file.forEach(r -> byKind.put(r.kind(), r));
    return List.copyOf(byKind.values());
  }

  private List<EvidenceRequirement> requirements(JsonNode node, String path) {
    List<EvidenceRequirement> list = new ArrayList<>();
    if (!node.isArray()) {
      problem(path, "config.not-a-list");
      return list;
    }
    Set<EvidenceKind> seen = EnumSet.noneOf(EvidenceKind.class);
    int i = 0;
    for (JsonNode item : node.values()) {
      String at = path + "[" + i++ + "]";
      EvidenceRequirement requirement = requirement(item, at);
      if (requirement != null) {
        if (!seen.add(requirement.kind())) {
          problem(at + ".kind", "config.duplicate-kind", requirement.kind().key());
        } else {
          list.add(requirement);
        }
      }
    }
    return list;
  }

  private @Nullable EvidenceRequirement requirement(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "config.not-an-object-here");
      return null;
    }
    int before = problems.size();
    unknownKeys(node, path, REQUIREMENT_KEYS);
    EvidenceKind kind = null;
    JsonNode kindNode = node.get("kind");
    if (kindNode == null) {
      problem(path, "config.missing-kind");
    } else if (!kindNode.isString()) {
      problem(path + ".kind", "config.not-text");
    } else {
      kind = EvidenceKind.ofKey(kindNode.stringValue()).orElse(null);
      if (kind == null) {
        problem(
            path + ".kind",
            "config.unknown-kind",
            kindNode.stringValue(),
            Arrays.stream(EvidenceKind.values())
                .map(EvidenceKind::key)
                .collect(Collectors.joining(", ")));
      }
    }
    boolean mandatory = bool(node, "mandatory", path, true);
    boolean check = bool(node, "checkAgainstOriginal", path, false);
    Role role = null;
    JsonNode roleNode = node.get("checkedBy");
    if (roleNode != null) {
      if (!roleNode.isString()) {
        problem(path + ".checkedBy", "config.not-text");
      } else {
        role = role(roleNode.stringValue());
        if (role == null) {
          problem(
              path + ".checkedBy",
              "config.unknown-role",
              roleNode.stringValue(),
              Arrays.stream(Role.values())
                  .map(CatalogueFile::roleKey)
                  .collect(Collectors.joining(", ")));
        } else if (!Labels.canCheckOriginals(role)) {
          problem(path + ".checkedBy", "config.role-cannot-check", roleNode.stringValue());
          role = null;
        } else if (!check) {
          problem(path + ".checkedBy", "config.checker-without-check");
        }
      }
    } else if (check) {
      problem(path, "config.checker-missing");
    }
    if (problems.size() > before || kind == null) {
      return null;
    }
    return new EvidenceRequirement(kind, mandatory, check, role);
  }

  private boolean bool(JsonNode node, String key, String path, boolean absent) {
    JsonNode value = node.get(key);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      problem(path + "." + key, "config.not-boolean");
      return absent;
    }
    return value.booleanValue();
  }

  private void unknownKeys(JsonNode node, String path, Set<String> known) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        problem(
            path + "." + key,
            "config.unknown-key",
            key,
            known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  private static @Nullable RecordField field(String key) {
    for (RecordField field : RecordField.values()) {
      if (field.key().equals(key)) {
        return field;
      }
    }
    return null;
  }

  private static String roleKey(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static @Nullable Role role(String text) {
    for (Role role : Role.values()) {
      if (roleKey(role).equals(text) || role.name().equals(text)) {
        return role;
      }
    }
    return null;
  }

  private void problem(String path, String key, Object... args) {
    problems.add(new Finding(RULE, Severity.BLOCKING, null, null, path, Labels.message(key, args)));
  }
}
