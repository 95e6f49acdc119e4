package io.gradcap.examples.cli;

import java.util.Locale;

/**
 * Why a subcommand cannot go on, said in Chinese and English: thrown by the subcommand, printed by
 * the command line's guard ({@link Guard}) on standard error, and as a JSON error object under
 * {@code --format json}; the exit code is {@link GradcapCommand#UNUSABLE_INPUT}.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String english;

  /**
   * @param code the JSON error object's {@code error}: a {@code GC-} code or a short word ({@code
   *     io}, {@code usage})
   * @param chinese the message in Chinese
   * @param english the message in English
   */
  CommandFailure(String code, String chinese, String english) {
    super(chinese);
    this.code = code;
    this.english = english;
  }

  /** A failure whose message is already in the user's language. */
  CommandFailure(String code, String message) {
    this(code, message, message);
  }

  String code() {
    return code;
  }

  String message(Locale locale) {
    return CampaignFiles.english(locale) ? english : getMessage();
  }
}
