package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading campaign files and printing findings, shared by the subcommands. */
final class CampaignFiles {

  /** The seed notice's campaign, shipped in this jar. */
  static final String SEED_RESOURCE = "/campaigns/seed-2024.yaml";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CampaignFiles() {}

  static Locale locale(String lang) {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  static String text(Locale locale, String chinese, String english) {
    return english(locale) ? english : chinese;
  }

  /** The format a file's name says; YAML otherwise, since YAML reads JSON too. */
  static CampaignFormat formatOf(String fileName) {
    return CampaignFormat.ofFileName(fileName).orElse(CampaignFormat.YAML);
  }

  static String readSeed() {
    try (InputStream in = CampaignFiles.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Campaign seed() {
    return CampaignCodec.read(readSeed(), CampaignFormat.YAML, "seed-2024.yaml");
  }

  /**
   * A campaign or catalogue file's text. Refused, saying which file and what to do, when it does
   * not exist, is larger than {@link #MAX_BYTES} (checked before it is read), is binary or is not
   * UTF-8 (with the line and byte where it stops being UTF-8).
   *
   * @throws CommandFailure for all of these; {@link IOException} for nothing else expected
   */
  static String read(Path file) throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new CommandFailure(
          "io",
          Guard.FileProblems.describe(e, Locale.SIMPLIFIED_CHINESE),
          Guard.FileProblems.describe(e, Locale.ENGLISH));
    }
    if (Files.isDirectory(file)) {
      throw new CommandFailure(
          "io",
          file + " 是目录，不是文件：请给出活动定义或证书目录文件的路径",
          file + " is a directory: give the path of a campaign or catalogue file");
    }
    if (size > MAX_BYTES) {
      throw new CommandFailure(
          "too-large",
          file + " 有 " + size + " 字节，超过活动定义和证书目录文件的上限 " + MAX_BYTES + " 字节（1 MiB）：请确认选对了文件",
          file
              + " is "
              + size
              + " bytes, above the "
              + MAX_BYTES
              + "-byte (1 MiB) limit for campaign and catalogue files: "
              + "check that it is the right file");
    }
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        int line = lineAt(bytes, i);
        throw new CommandFailure(
            "not-text",
            file + " 第 " + line + " 行含有 NUL 字节，是二进制文件而不是文本：请给出 YAML 或 JSON 文本文件",
            file
                + " holds a NUL byte on line "
                + line
                + ": it is a binary file, not text; give a YAML or JSON text file");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int at = in.position();
      int line = lineAt(bytes, at);
      throw new CommandFailure(
          "not-utf8",
          file
              + " 不是 UTF-8 文本（第 "
              + line
              + " 行，第 "
              + (at + 1)
              + " 字节起）：请用 UTF-8 编码另存（如记事本“另存为”中选 UTF-8）后重试",
          file
              + " is not UTF-8 text (line "
              + line
              + ", from byte "
              + (at + 1)
              + "): save it with UTF-8 encoding "
              + "(such as Save As, UTF-8 in the editor) and try again");
    }
  }

  /** Campaign and catalogue files are refused above this size, before they are read (1 MiB). */
  static final long MAX_BYTES = 1L << 20;

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** One finding as one line of JSON. */
  static String json(Finding finding, Locale locale) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().name());
    node.put("subject", finding.subject());
    node.put("field", finding.field());
    node.put("location", finding.location());
    node.put("message", finding.message(locale));
    return Output.line(node);
  }

  /** An error that stopped the command, as one line of JSON. */
  static String jsonError(String code, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("error", code);
    node.put("message", message);
    return Output.line(node);
  }

  /** {@code 警告 notice.weekday-year @notice.weekdayClaims[0]：…} */
  static String line(Finding finding, Locale locale) {
    StringBuilder line =
        new StringBuilder(severity(finding.severity(), locale)).append(' ').append(finding.rule());
    if (finding.location() != null) {
      line.append(" @").append(finding.location());
    }
    return line.append(text(locale, "：", ": ")).append(finding.message(locale)).toString();
  }

  static String severity(Severity severity, Locale locale) {
    return switch (severity) {
      case BLOCKING -> text(locale, "【阻断】", "[blocking]");
      case WARNING -> text(locale, "【警告】", "[warning]");
      case INFO -> text(locale, "【提示】", "[info]");
    };
  }

  static String summary(List<Finding> findings, Locale locale) {
    long blocking = findings.stream().filter(Finding::isBlocking).count();
    if (findings.isEmpty()) {
      return text(locale, "未发现问题", "No findings");
    }
    return english(locale)
        ? findings.size() + " finding(s), " + blocking + " blocking"
        : "共 " + findings.size() + " 条，其中阻断 " + blocking + " 条";
  }
}
