package io.gradcap.core.campaign;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes campaign definitions as JSON or YAML (Jackson 3). Reading validates the whole
 * definition and reports every problem at once, each with its file, line and path, so that a person
 * can fix them in one pass. The caller reads the file; core never touches the file system.
 *
 * <pre>{@code
 * Campaign campaign = CampaignCodec.read(Files.readString(path), CampaignFormat.YAML, path.toString());
 * String json = CampaignCodec.write(campaign, CampaignFormat.JSON);
 * }</pre>
 */
public final class CampaignCodec {

  /**
   * The longest definition read, in characters (1 MiB): a real one is a few tens of thousands, and
   * a longer text is refused before it is parsed, so a wrong or hostile file cannot exhaust memory.
   */
  public static final int MAX_CHARS = 1 << 20;

  /** Jackson's message for a key given twice in one object, with the key. */
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate (?:Object property|field) [\"'](.*)[\"']");

  // A key given twice would silently keep the last value: refused with the key and its line
  // instead.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(
              YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .build();

  private CampaignCodec() {}

  /**
   * Reads a campaign definition.
   *
   * @param text the file's content
   * @param format JSON or YAML
   * @param source the file's name, for messages
   * @throws GradcapException {@link ErrorCode#CAMPAIGN_TOO_LARGE} above {@link #MAX_CHARS}
   *     characters, {@link ErrorCode#UNREADABLE_CAMPAIGN} if the text is not well-formed or gives a
   *     key twice, {@link ErrorCode#INVALID_CAMPAIGN} listing every problem if it breaks the
   *     definition's rules
   */
  public static Campaign read(String text, CampaignFormat format, String source) {
    CampaignReader reader = reader(text, format, source);
    Campaign campaign = reader.read();
    List<Finding> problems = reader.problems();
    if (campaign == null || !problems.isEmpty()) {
      throw new GradcapException(
          ErrorCode.INVALID_CAMPAIGN,
          source,
          problems.size(),
          problems.stream().map(CampaignReader::describe).toList());
    }
    return campaign;
  }

  /**
   * Every problem of a campaign definition as a blocking finding (rule {@code
   * campaign.definition.*}, field = path, location = file and line); empty if it reads cleanly.
   *
   * @throws GradcapException {@link ErrorCode#UNREADABLE_CAMPAIGN} if the text is not well-formed
   */
  public static List<Finding> problems(String text, CampaignFormat format, String source) {
    CampaignReader reader = reader(text, format, source);
    reader.read();
    return reader.problems();
  }

  /** Writes a campaign definition that {@link #read} reads back as an equal campaign. */
  public static String write(Campaign campaign, CampaignFormat format) {
    ObjectMapper mapper = mapper(format);
    JsonNode tree = CampaignWriter.write(campaign, mapper);
    return format == CampaignFormat.JSON
        ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n"
        : mapper.writeValueAsString(tree);
  }

  private static CampaignReader reader(String content, CampaignFormat format, String source) {
    if (content.length() > MAX_CHARS) {
      throw new GradcapException(ErrorCode.CAMPAIGN_TOO_LARGE, source, content.length(), MAX_CHARS);
    }
    ObjectMapper mapper = mapper(format);
    // Editors on Windows save UTF-8 with a byte-order mark; it is no part of the document.
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try {
      JsonNode tree = mapper.readTree(text);
      return new CampaignReader(tree, LineIndex.of(mapper, text), source);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      Object what =
          duplicate.find()
              ? Message.of(Campaign.MESSAGES, "definition.duplicate-key", duplicate.group(1))
              : e.getOriginalMessage();
      throw new GradcapException(
          ErrorCode.UNREADABLE_CAMPAIGN,
          e,
          source,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          what);
    }
  }

  private static ObjectMapper mapper(CampaignFormat format) {
    return format == CampaignFormat.JSON ? JSON : YAML;
  }
}
