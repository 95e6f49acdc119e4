package io.gradcap.core;

import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.SafeText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one root exception of gradcap core, for what is truly exceptional: a missing provider, an
 * unreadable configuration, a command outside the actor's scope. Its message is Chinese by default;
 * {@link #getMessage(Locale)} gives it in English.
 */
public final class GradcapException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient Message detail;

  /**
   * @param code what kind of failure
   * @param args the values the code's message names, in order
   */
  public GradcapException(ErrorCode code, Object... args) {
    this(code, null, args);
  }

  public GradcapException(ErrorCode code, @Nullable Throwable cause, Object... args) {
    super(code.code(), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.detail = new Message(Message.ERRORS, code.messageKey(), List.of(args));
  }

  public ErrorCode code() {
    return code;
  }

  /**
   * The message in the given language (Chinese unless the locale's language is English), with ID
   * numbers masked and control characters escaped ({@link SafeText}): it may quote the input.
   */
  public String getMessage(Locale locale) {
    return SafeText.of(code.code() + " " + detail.format(locale));
  }

  @Override
  public String getMessage() {
    return getMessage(Message.DEFAULT_LOCALE);
  }
}
