package io.gradcap.core.finding;

import com.google.common.base.Preconditions;
import io.gradcap.core.internal.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A message that is rendered only when someone reads it: a bundle, a stable key and its arguments.
 * Simplified Chinese by default, English on request.
 *
 * @param bundle the base name of the resource bundle, such as {@code io.gradcap.core.verification.messages}
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

  /** The message in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String format(Locale locale) {
    return Messages.format(bundle, key, locale, args);
  }

  /** The message in Simplified Chinese. */
  @Override
  public String toString() {
    return format(DEFAULT_LOCALE);
  }
}
