package io.gradcap.core.institution;

import com.google.common.base.Preconditions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Copies and checks a task → persons map: no empty lists, nobody twice for one task. */
final class Responsibilities {

  private Responsibilities() {}

  static Map<Task, List<ResponsiblePerson>> copy(
      Map<Task, List<ResponsiblePerson>> responsible, String owner) {
    Map<Task, List<ResponsiblePerson>> copy = new EnumMap<>(Task.class);
    responsible.forEach(
        (task, persons) -> {
          List<ResponsiblePerson> list = List.copyOf(persons);
          Preconditions.checkArgument(
              list.stream().map(ResponsiblePerson::name).distinct().count() == list.size(),
              "%s names someone twice for %s",
              owner,
              task);
          if (!list.isEmpty()) {
            copy.put(task, list);
          }
        });
    return Map.copyOf(copy);
  }
}
