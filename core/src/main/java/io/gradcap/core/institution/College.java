package io.gradcap.core.institution;

import com.google.common.base.Preconditions;
import io.gradcap.core.cohort.CohortId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A college (二级学院), or a unit the office treats like one, such as the joint undergraduate classes
 * (联办本科班), which staff of several colleges run together. It names responsible persons per {@link
 * Task}; several where the notice names several.
 *
 * @param name the Chinese name, unique in the institution, such as {@code 网络工程学院}
 * @param englishName the English name, if known
 * @param classGroups its classes, each name once
 * @param responsible the persons it names per task, in the notice's order
 */
public record College(
    String name,
    @Nullable String englishName,
    List<ClassGroup> classGroups,
    Map<Task, List<ResponsiblePerson>> responsible) {

  public College {
    name = name.strip();
    Preconditions.checkArgument(!name.isEmpty(), "college name is blank");
    classGroups = List.copyOf(classGroups);
    Set<String> names = new HashSet<>();
    for (ClassGroup group : classGroups) {
      Preconditions.checkArgument(
          names.add(group.name()), "class %s appears twice in %s", group.name(), name);
    }
    responsible = Responsibilities.copy(responsible, name);
  }

  /** A college with no classes and nobody named yet. */
  public static College of(String name) {
    return new College(name, null, List.of(), Map.of());
  }

  /** The persons named for the task, in order; empty if nobody is. */
  public List<ResponsiblePerson> responsible(Task task) {
    return responsible.getOrDefault(task, List.of());
  }

  /** The same college with the task's responsible persons replaced. */
  public College withResponsible(Task task, List<ResponsiblePerson> persons) {
    Map<Task, List<ResponsiblePerson>> copy = new java.util.EnumMap<>(Task.class);
    copy.putAll(responsible);
    copy.put(task, persons);
    return new College(name, englishName, classGroups, copy);
  }

  /** The same college with one more class. */
  public College withClassGroup(ClassGroup group) {
    List<ClassGroup> copy = new java.util.ArrayList<>(classGroups);
    copy.add(group);
    return new College(name, englishName, copy, responsible);
  }

  public Optional<ClassGroup> classGroup(String className) {
    return classGroups.stream().filter(g -> g.name().equals(className)).findFirst();
  }

  /** The cohorts its classes belong to. */
  public SortedSet<CohortId> cohorts() {
    TreeSet<CohortId> cohorts = new TreeSet<>();
    classGroups.forEach(g -> cohorts.add(g.cohort()));
    return cohorts;
  }

  /** How many students its classes hold. */
  public int studentCount() {
    return classGroups.stream().mapToInt(ClassGroup::size).sum();
  }

  /** The name in the locale's language, falling back to Chinese. */
  public String name(java.util.Locale locale) {
    return englishName != null && "en".equals(locale.getLanguage()) ? englishName : name;
  }

  public Optional<String> englishNameIfAny() {
    return Optional.ofNullable(englishName);
  }

  @Override
  public String toString() {
    return name;
  }
}
