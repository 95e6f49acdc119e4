package io.gradcap.core.finding;

import com.google.common.base.Preconditions;
import io.gradcap.core.internal.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A message that is rendered only when someone reads it: a bundle, a stable key and its arguments.
 * Simplified Chinese by default, English on request.
 *
 * @param bundle the base name of the resource bundle, such as {@code
 *     io.gradcap.core.verification.messages}
 * @param key the stable key inside the bundle
 * @param args the values the message names, in order
 */
public record Message(String bundle, String key, List<Object> args) {

  /** The library's default language: the users are Chinese registry staff. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  /** The bundle of {@link io.gradcap.core.ErrorCode} messages. */
  public static final String ERRORS = "io.gradcap.core.errors";

  public Message {
    Preconditions.checkArgument(!bundle.isBlank(), "bundle is blank");
    Preconditions.checkArgument(!key.isBlank(), "key is blank");
    args = List.copyOf(args);
  }

  public static Message of(String bundle, String key, Object... args) {
    return new Message(bundle, key, List.of(args));
  }

  /**
   * The message in the locale's language: English for {@code en}, Simplified Chinese otherwise.
   * Arguments that are messages themselves are rendered in the same language; list arguments become
   * one line per element.
   */
  public String format(Locale locale) {
    return Messages.format(bundle, key, locale, localized(args, locale));
  }

  private static List<Object> localized(List<Object> args, Locale locale) {
    if (args.stream().noneMatch(a -> a instanceof Message || a instanceof List)) {
      return args;
    }
    return args.stream().map(a -> localized(a, locale)).toList();
  }

  private static Object localized(Object arg, Locale locale) {
    if (arg instanceof Message message) {
      return message.format(locale);
    }
    if (arg instanceof List<?> list) {
      return list.stream()
          .map(e -> String.valueOf(localized(e, locale)))
          .collect(java.util.stream.Collectors.joining("\n"));
    }
    return arg;
  }

  /** The message in Simplified Chinese. */
  @Override
  public String toString() {
    return format(DEFAULT_LOCALE);
  }
}
