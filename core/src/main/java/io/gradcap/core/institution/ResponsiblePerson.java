package io.gradcap.core.institution;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A staff member named for a task (负责人). Several colleges may share one: the joint undergraduate
 * classes are run by staff of several colleges, so a person may carry the college they belong to.
 * Round-trips as {@code 周庆标} or {@code 周庆标（软件工程学院）}.
 *
 * @param name the person's name as the notice prints it
 * @param college the college the person belongs to, if it differs or matters
 */
public record ResponsiblePerson(String name, @Nullable String college) {

  private static final Pattern FORM =
      Pattern.compile("([^（(）)]+?)\\s*(?:[（(]\\s*([^（(）)]+?)\\s*[）)])?");

  public ResponsiblePerson {
    name = name.strip();
    Preconditions.checkArgument(!name.isEmpty(), "name is blank");
    Preconditions.checkArgument(
        name.chars().noneMatch(c -> "（()）、,，".indexOf(c) >= 0),
        "name %s contains a separator",
        name);
    if (college != null) {
      college = college.strip();
      Preconditions.checkArgument(!college.isEmpty(), "college is blank");
      Preconditions.checkArgument(
          college.chars().noneMatch(c -> "（()）".indexOf(c) >= 0),
          "college %s contains a bracket",
          college);
    }
  }

  /** A person known by name only. */
  public static ResponsiblePerson of(String name) {
    return new ResponsiblePerson(name, null);
  }

  public static ResponsiblePerson of(String name, String college) {
    return new ResponsiblePerson(name, college);
  }

  /** Reads {@code 周庆标} or {@code 周庆标（软件工程学院）} (ASCII brackets too). */
  public static ResponsiblePerson parse(CharSequence text) {
    Matcher m = FORM.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          text,
          "应形如 周庆标 或 周庆标（软件工程学院）/ expected a name, optionally with its college in brackets");
    }
    try {
      return new ResponsiblePerson(m.group(1), m.group(2));
    } catch (IllegalArgumentException e) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, e, text, String.valueOf(e.getMessage()));
    }
  }

  public Optional<String> collegeIfAny() {
    return Optional.ofNullable(college);
  }

  @Override
  public String toString() {
    return college == null ? name : name + "（" + college + "）";
  }
}
