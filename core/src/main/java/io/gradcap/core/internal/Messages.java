package io.gradcap.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads message bundles and formats their messages. Bundles are UTF-8 {@code .properties} files
 * next to the classes: {@code messages.properties} holds Simplified Chinese (the default), {@code
 * messages_en.properties} English. They are read directly rather than through {@link
 * java.util.ResourceBundle} so that the JVM's own default locale never changes the language, and so
 * that they load the same on the class path and the module path.
 */
public final class Messages {

  private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

  /**
   * Each pattern parsed once per language: a report of many lines formats the same few messages
   * again and again. A format is not safe for use by several threads, so each use takes a copy.
   */
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private Messages() {}

  /** Whether the locale asks for English; every other language gets Simplified Chinese. */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /**
   * Formats the message with {@link MessageFormat}. A missing key is a programming error in the
   * library and fails loudly in tests, so it is reported in the text rather than thrown.
   */
  public static String format(String bundle, String key, Locale locale, List<Object> args) {
    String pattern = pattern(bundle, key, locale);
    if (pattern == null) {
      return "!" + bundle + "/" + key + "! " + args;
    }
    Locale formatLocale = isEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    MessageFormat parsed =
        FORMATS.computeIfAbsent(
            formatLocale.toLanguageTag() + "\u0000" + pattern,
            k -> new MessageFormat(pattern, formatLocale));
    return ((MessageFormat) parsed.clone()).format(args.toArray());
  }

  /** The raw pattern, falling back from English to Chinese when a key is untranslated. */
  public static @org.jspecify.annotations.Nullable String pattern(
      String bundle, String key, Locale locale) {
    if (isEnglish(locale)) {
      String english = load(bundle + "_en").getProperty(key);
      if (english != null) {
        return english;
      }
    }
    return load(bundle).getProperty(key);
  }

  /**
   * Every key of a bundle in the default language, for tests that check translations are complete.
   */
  public static java.util.Set<String> keys(String bundle, Locale locale) {
    return load(isEnglish(locale) ? bundle + "_en" : bundle).stringPropertyNames();
  }

  private static Properties load(String baseName) {
    return CACHE.computeIfAbsent(baseName, Messages::read);
  }

  private static Properties read(String baseName) {
    String resource = "/" + baseName.replace('.', '/') + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resource, e);
    }
    return properties;
  }
}
