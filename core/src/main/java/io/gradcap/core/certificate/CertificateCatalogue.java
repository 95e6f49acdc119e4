package io.gradcap.core.certificate;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The certificates the check knows, with their valid levels: 1+X vocational skill certificates,
 * national vocational qualifications, NCRE, PRETCO, Putonghua and CET-4/6 by default, and whatever
 * an institution configures in a JSON or YAML file.
 */
public final class CertificateCatalogue {

  /** The file formats a catalogue is read from. */
  public enum Format {
    JSON,
    YAML
  }

  /**
   * The longest catalogue read, in characters (1 MiB); a longer text is refused before it is
   * parsed.
   */
  public static final int MAX_CHARS = 1 << 20;

  /** Jackson's message for a key given twice in one object, with the key. */
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:Object property|field) [\"'](.*)[\"']");

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> TOP_KEYS = Set.of("mode", "certificates");
  private static final Set<String> KIND_KEYS = Set.of("name", "aliases", "levels", "levelPattern");
  private static final Set<String> LEVEL_KEYS = Set.of("name", "aliases");

  private final List<CertificateKind> kinds;

  private CertificateCatalogue(List<CertificateKind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** A catalogue of exactly these certificates; names must be distinct. */
  public static CertificateCatalogue of(List<CertificateKind> kinds) {
    List<String> problems = new ArrayList<>();
    distinct(kinds, problems);
    if (!problems.isEmpty()) {
      throw new GradcapException(
          ErrorCode.INVALID_CERTIFICATE_CATALOGUE,
          "-",
          problems.size(),
          String.join("\n", problems));
    }
    return new CertificateCatalogue(kinds);
  }

  /** The common certificates of Chinese vocational colleges and their levels. */
  public static CertificateCatalogue defaults() {
    CertificateLevel[] threeGrades = {
      CertificateLevel.of("初级"), CertificateLevel.of("中级"), CertificateLevel.of("高级")
    };
    String score = "[0-9]{3}(分)?";
    return new CertificateCatalogue(
        List.of(
            new CertificateKind("1+X职业技能等级证书", List.of("1+X"), List.of(threeGrades), null),
            new CertificateKind(
                "国家职业资格证书",
                List.of("职业资格证书", "职业技能等级证书", "职业资格"),
                List.of(
                    CertificateLevel.of("五级", "初级工", "五级/初级工", "初级"),
                    CertificateLevel.of("四级", "中级工", "四级/中级工", "中级"),
                    CertificateLevel.of("三级", "高级工", "三级/高级工", "高级"),
                    CertificateLevel.of("二级", "技师", "二级/技师"),
                    CertificateLevel.of("一级", "高级技师", "一级/高级技师")),
                null),
            new CertificateKind(
                "全国计算机等级考试",
                List.of("NCRE", "计算机等级考试", "计算机等级证书"),
                List.of(
                    CertificateLevel.of("一级", "1级"), CertificateLevel.of("二级", "2级"),
                    CertificateLevel.of("三级", "3级"), CertificateLevel.of("四级", "4级")),
                null),
            new CertificateKind(
                "高等学校英语应用能力考试",
                List.of("PRETCO", "英语应用能力"),
                List.of(CertificateLevel.of("A级", "A"), CertificateLevel.of("B级", "B")),
                null),
            new CertificateKind(
                "普通话水平测试",
                List.of("普通话水平测试等级证书", "普通话等级证书", "普通话"),
                List.of(
                    CertificateLevel.of("一级甲等"),
                    CertificateLevel.of("一级乙等"),
                    CertificateLevel.of("二级甲等"),
                    CertificateLevel.of("二级乙等"),
                    CertificateLevel.of("三级甲等"),
                    CertificateLevel.of("三级乙等")),
                null),
            new CertificateKind(
                "全国大学英语四级考试", List.of("CET-4", "CET4", "大学英语四级", "英语四级"), List.of(), score),
            new CertificateKind(
                "全国大学英语六级考试", List.of("CET-6", "CET6", "大学英语六级", "英语六级"), List.of(), score)));
  }

  /**
   * Reads a catalogue file. {@code mode: extend} (the default) adds its certificates to the
   * defaults, replacing those of the same name; {@code mode: replace} uses only the file's.
   *
   * @param source the file's name, for messages
   * @throws GradcapException {@link ErrorCode#CERTIFICATE_CATALOGUE_TOO_LARGE} above {@link
   *     #MAX_CHARS} characters, {@link ErrorCode#INVALID_CERTIFICATE_CATALOGUE} listing every
   *     problem (a key given twice with its line)
   */
  public static CertificateCatalogue read(String text, Format format, String source) {
    if (text.length() > MAX_CHARS) {
      throw new GradcapException(
          ErrorCode.CERTIFICATE_CATALOGUE_TOO_LARGE, source, text.length(), MAX_CHARS);
    }
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = (format == Format.JSON ? JSON : YAML).readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String line = at == null ? "" : "第 " + at.getLineNr() + " 行 / line " + at.getLineNr() + ": ";
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      String what =
          duplicate.find()
              ? "键“"
                  + duplicate.group(1)
                  + "”重复出现，每个键只能写一次 / the key \""
                  + duplicate.group(1)
                  + "\" appears twice; write each key once"
              : e.getOriginalMessage();
      throw new GradcapException(ErrorCode.INVALID_CERTIFICATE_CATALOGUE, source, 1, line + what);
    }
    List<CertificateKind> read = new ArrayList<>();
    boolean replace = false;
    if (root == null || !root.isObject()) {
      problems.add("$: 应为对象 / expected an object");
    } else {
      unknownKeys(root, "$", TOP_KEYS, problems);
      JsonNode mode = root.get("mode");
      if (mode != null) {
        String value = mode.asString();
        replace = value.equals("replace");
        if (!replace && !value.equals("extend")) {
          problems.add("$.mode: 应为 extend 或 replace / expected extend or replace: " + value);
        }
      }
      JsonNode list = root.get("certificates");
      if (list == null || !list.isArray()) {
        problems.add("$.certificates: 应为列表 / expected a list");
      } else {
        for (int i = 0; i < list.size(); i++) {
          CertificateKind kind = kind(list.get(i), "$.certificates[" + i + "]", problems);
          if (kind != null) {
            read.add(kind);
          }
        }
      }
    }
    distinct(read, problems);
    if (!problems.isEmpty()) {
      throw new GradcapException(
          ErrorCode.INVALID_CERTIFICATE_CATALOGUE,
          source,
          problems.size(),
          String.join("\n", problems));
    }
    if (replace) {
      return new CertificateCatalogue(read);
    }
    Map<String, CertificateKind> merged = new LinkedHashMap<>();
    defaults().kinds.forEach(k -> merged.put(fold(k.name()), k));
    read.forEach(k -> merged.put(fold(k.name()), k));
    return new CertificateCatalogue(List.copyOf(merged.values()));
  }

  public List<CertificateKind> kinds() {
    return kinds;
  }

  /**
   * The certificate a cell names: one whose name or alias equals the text, or else the one whose
   * name or alias the text contains first, the longest on a tie ({@code 全国计算机等级考试二级证书}, {@code 1+X
   * 云计算平台运维与开发职业技能等级证书}).
   */
  public Optional<CertificateKind> find(String text) {
    String t = fold(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    CertificateKind best = null;
    int bestAt = Integer.MAX_VALUE;
    int bestLength = 0;
    for (CertificateKind kind : kinds) {
      for (String name : kind.names()) {
        String n = fold(name);
        if (n.equals(t)) {
          return Optional.of(kind);
        }
        int at = t.indexOf(n);
        if (at >= 0 && (at < bestAt || at == bestAt && n.length() > bestLength)) {
          best = kind;
          bestAt = at;
          bestLength = n.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static @Nullable CertificateKind kind(JsonNode node, String path, List<String> problems) {
    if (!node.isObject()) {
      problems.add(path + ": 应为对象 / expected an object");
      return null;
    }
    unknownKeys(node, path, KIND_KEYS, problems);
    String name = text(node.get("name"));
    if (name == null || name.isBlank()) {
      problems.add(path + ".name: 缺少证书名称 / a certificate needs a name");
    }
    List<String> aliases = strings(node.get("aliases"), path + ".aliases", problems);
    List<CertificateLevel> levels = new ArrayList<>();
    JsonNode levelsNode = node.get("levels");
    if (levelsNode != null) {
      if (!levelsNode.isArray()) {
        problems.add(path + ".levels: 应为列表 / expected a list");
      } else {
        for (int i = 0; i < levelsNode.size(); i++) {
          JsonNode level = levelsNode.get(i);
          String levelPath = path + ".levels[" + i + "]";
          if (level.isString() && !level.asString().isBlank()) {
            levels.add(CertificateLevel.of(level.asString().strip()));
          } else if (level.isObject()) {
            unknownKeys(level, levelPath, LEVEL_KEYS, problems);
            String levelName = text(level.get("name"));
            if (levelName == null || levelName.isBlank()) {
              problems.add(levelPath + ".name: 缺少等级名称 / a level needs a name");
            } else {
              levels.add(
                  new CertificateLevel(
                      levelName.strip(),
                      strings(level.get("aliases"), levelPath + ".aliases", problems)));
            }
          } else {
            problems.add(levelPath + ": 应为等级名称或对象 / expected a level name or object");
          }
        }
      }
    }
    String pattern = text(node.get("levelPattern"));
    if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        problems.add(path + ".levelPattern: 不是正则表达式 / not a regular expression: " + pattern);
        pattern = null;
      }
    }
    if (levels.stream().map(l -> fold(l.name())).distinct().count() != levels.size()) {
      problems.add(path + ".levels: 等级重复 / a level is listed twice");
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    return new CertificateKind(name.strip(), aliases, levels, pattern);
  }

  private static void distinct(List<CertificateKind> kinds, List<String> problems) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (CertificateKind kind : kinds) {
      String previous = seen.putIfAbsent(fold(kind.name()), kind.name());
      if (previous != null) {
        problems.add("证书重复 / certificate listed twice: " + kind.name());
      }
    }
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private static List<String> strings(@Nullable JsonNode node, String path, List<String> problems) {
    List<String> list = new ArrayList<>();
    if (node == null) {
      return list;
    }
    if (!node.isArray()) {
      problems.add(path + ": 应为列表 / expected a list");
      return list;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode e = node.get(i);
      if (!e.isString() || e.asString().isBlank()) {
        problems.add(path + "[" + i + "]: 应为非空文本 / expected non-blank text");
      } else {
        list.add(e.asString().strip());
      }
    }
    return list;
  }

  private static void unknownKeys(
      JsonNode node, String path, Set<String> known, List<String> problems) {
    for (String key : node.propertyNames()) {
      if (!known.contains(key)) {
        problems.add(path + "." + key + ": 未知的键 / unknown key");
      }
    }
  }

  /** For matching: no spaces, full-width letters and digits folded, upper case. */
  static String fold(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "CertificateCatalogue" + kinds.stream().map(CertificateKind::name).toList();
  }
}
