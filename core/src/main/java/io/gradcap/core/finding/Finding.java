package io.gradcap.core.finding;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one rule on one subject: what rule, how serious, about whom, which field, where
 * the value came from, and what to tell a person.
 *
 * @param rule the stable rule id, such as {@code R6.id.check-character}
 * @param severity whether it blocks the step it concerns
 * @param subject whom or what it concerns (a student number, a class, a group), if anyone
 * @param field the field concerned, if one ({@code idNumber})
 * @param location where the value came from, if known ({@code roster.xlsx!Sheet1!F12})
 * @param message what to tell a person, in Chinese or English
 */
public record Finding(
    String rule,
    Severity severity,
    @Nullable String subject,
    @Nullable String field,
    @Nullable String location,
    Message message) {

  public Finding {
    Preconditions.checkArgument(!rule.isBlank(), "rule is blank");
  }

  /** A finding about a subject and field, with no known source location. */
  public static Finding of(
      String rule,
      Severity severity,
      @Nullable String subject,
      @Nullable String field,
      Message message) {
    return new Finding(rule, severity, subject, field, null, message);
  }

  /** The same finding with the location its value came from. */
  public Finding at(@Nullable String sourceLocation) {
    return new Finding(rule, severity, subject, field, sourceLocation, message);
  }

  public Optional<String> subjectIfAny() {
    return Optional.ofNullable(subject);
  }

  public Optional<String> fieldIfAny() {
    return Optional.ofNullable(field);
  }

  public Optional<String> locationIfAny() {
    return Optional.ofNullable(location);
  }

  public boolean isBlocking() {
    return severity.isBlocking();
  }

  /**
   * The message in the locale's language, as a person may read it: ID numbers masked and control
   * characters escaped ({@link SafeText}), whatever the message quotes from the input.
   */
  public String message(Locale locale) {
    return SafeText.of(message.format(locale));
  }

  /**
   * One line for logs and consoles: {@code [BLOCKING] R6.id.check-character 2021001 idNumber @F12:
   * ...}, with ID numbers masked and control characters escaped in every part ({@link SafeText}).
   */
  public String describe(Locale locale) {
    StringBuilder line = new StringBuilder().append('[').append(severity).append("] ").append(rule);
    if (subject != null) {
      line.append(' ').append(subject);
    }
    if (field != null) {
      line.append(' ').append(field);
    }
    if (location != null) {
      line.append(" @").append(location);
    }
    return SafeText.of(line.append(": ").append(message.format(locale)));
  }
}
