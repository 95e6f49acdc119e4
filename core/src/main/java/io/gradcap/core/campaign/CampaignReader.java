package io.gradcap.core.campaign;

import io.gradcap.core.GradcapException;
import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.GraduatingClass;
import io.gradcap.core.cohort.TeachingWeekDay;
import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.core.institution.Task;
import io.gradcap.core.record.StudentNumber;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Walks a parsed campaign definition, building the campaign and collecting every problem with its
 * path and line instead of stopping at the first.
 */
final class CampaignReader {

  static final String RULE = "campaign.definition.";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final JsonNode root;
  private final LineIndex lines;
  private final String source;
  private final List<Finding> problems = new ArrayList<>();

  private final Map<String, At> collegeNames = new HashMap<>();
  private final Map<String, At> classNames = new HashMap<>();
  private final Map<StudentNumber, At> students = new HashMap<>();

  CampaignReader(JsonNode root, LineIndex lines, String source) {
    this.root = root;
    this.lines = lines;
    this.source = source;
  }

  /** Where a value sits: the path people read ({@code milestones[1].date}) and its JSON pointer. */
  record At(String path, String pointer) {
    static final At ROOT = new At("", "");

    At field(String name) {
      return new At(
          path.isEmpty() ? name : path + "." + name,
          pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    At index(int i) {
      return new At(path + "[" + i + "]", pointer + "/" + i);
    }

    String display() {
      return path.isEmpty() ? "$" : path;
    }
  }

  List<Finding> problems() {
    return List.copyOf(problems);
  }

  /** One line of the exception's list: {@code seed.yaml:12 milestones[1].date：…}. */
  static Message describe(Finding problem) {
    return Message.of(
        Campaign.MESSAGES,
        "definition.problem",
        Objects.toString(problem.location(), ""),
        Objects.toString(problem.field(), ""),
        problem.message());
  }

  @Nullable Campaign read() {
    if (root == null || !root.isObject()) {
      problem(At.ROOT, "type", "definition.type", type("object"));
      return null;
    }
    Obj top =
        new Obj(
            root,
            At.ROOT,
            "title",
            "graduatingClass",
            "cohorts",
            "calendar",
            "institution",
            "milestones",
            "capture",
            "captureWindows",
            "notice");
    String title = top.text("title", true);
    GraduatingClass graduatingClass =
        top.value("graduatingClass", true, "graduating-class", GraduatingClass::parse);
    List<CohortId> cohorts = readCohorts(top);
    AcademicCalendar calendar = readCalendar(top);
    Institution institution =
        readInstitution(
            top.object("institution", true, "name", "englishName", "officeContacts", "colleges"));
    List<Milestone> milestones = readMilestones(top);
    CaptureTerms capture =
        readCapture(
            top.object(
                "capture",
                true,
                "room",
                "centre",
                "fee",
                "feeNote",
                "codeLeadDays",
                "arrivalLeadMinutes",
                "dressCode"));
    List<PublishedWindow> windows = readWindows(top);
    Obj noticeObj = top.object("notice", false, "number", "signedOn", "weekdayClaims", "sections");
    NoticeClaims notice = noticeObj == null ? null : readNotice(noticeObj);
    if (!problems.isEmpty()
        || title == null
        || graduatingClass == null
        || cohorts == null
        || calendar == null
        || institution == null
        || milestones == null
        || capture == null
        || windows == null
        || (noticeObj != null && notice == null)) {
      return null;
    }
    return build(
        At.ROOT,
        () ->
            new Campaign(
                title,
                graduatingClass,
                cohorts,
                institution,
                calendar,
                milestones,
                capture,
                windows,
                notice));
  }

  private @Nullable List<CohortId> readCohorts(Obj top) {
    List<Item> items = top.list("cohorts", true);
    if (items == null) {
      return null;
    }
    if (items.isEmpty()) {
      problem(top.at.field("cohorts"), "required", "definition.required");
    }
    Map<CohortId, At> seen = new HashMap<>();
    List<CohortId> cohorts = new ArrayList<>();
    for (Item item : items) {
      CohortId cohort = scalar(item.node, item.at, "cohort", CohortId::parse);
      if (cohort != null && unique(seen, cohort, item.at)) {
        cohorts.add(cohort);
      }
    }
    return cohorts.size() == items.size() ? cohorts : null;
  }

  /** One term as an object, or several as a list of them. */
  private @Nullable AcademicCalendar readCalendar(Obj top) {
    JsonNode node = top.get("calendar", true);
    if (node == null) {
      return null;
    }
    At at = top.at.field("calendar");
    List<Item> items = new ArrayList<>();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        items.add(new Item(node.get(i), at.index(i)));
      }
      if (items.isEmpty()) {
        problem(at, "required", "definition.required");
      }
    } else {
      items.add(new Item(node, at));
    }
    List<TermCalendar> terms = new ArrayList<>();
    for (Item item : items) {
      TermCalendar term = readTerm(asObject(item, "term", "firstMonday", "weeks"));
      if (term != null) {
        terms.add(term);
      }
    }
    if (terms.isEmpty() || terms.size() != items.size()) {
      return null;
    }
    return build(at, () -> new AcademicCalendar(terms));
  }

  private @Nullable TermCalendar readTerm(@Nullable Obj obj) {
    if (obj == null) {
      return null;
    }
    String term = obj.text("term", true);
    LocalDate firstMonday = obj.value("firstMonday", true, "date", LocalDate::parse);
    Integer weeks = obj.integer("weeks", true, 1, TeachingWeekDay.MAX_WEEK);
    if (firstMonday != null && firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
      problem(
          obj.at.field("firstMonday"),
          "not-monday",
          "definition.not-monday",
          firstMonday.toString(),
          TeachingWeekDay.chineseWeekday(firstMonday.getDayOfWeek()),
          firstMonday.getDayOfWeek().getValue());
      return null;
    }
    if (term == null || firstMonday == null || weeks == null) {
      return null;
    }
    return build(obj.at, () -> TermCalendar.of(term, firstMonday, weeks));
  }

  private @Nullable Institution readInstitution(@Nullable Obj obj) {
    if (obj == null) {
      return null;
    }
    String name = obj.text("name", true);
    String englishName = obj.text("englishName", false);
    Map<Task, List<ResponsiblePerson>> contacts = readResponsibilities(obj, "officeContacts");
    List<Item> items = obj.list("colleges", true);
    List<College> colleges = new ArrayList<>();
    boolean complete = items != null;
    for (Item item : items == null ? List.<Item>of() : items) {
      College college = readCollege(item);
      complete &= college != null;
      if (college != null) {
        colleges.add(college);
      }
    }
    if (name == null || contacts == null || !complete) {
      return null;
    }
    return build(obj.at, () -> new Institution(name, englishName, colleges, contacts));
  }

  private @Nullable College readCollege(Item item) {
    Obj obj = asObject(item, "name", "englishName", "responsible", "classes");
    if (obj == null) {
      return null;
    }
    String name = obj.text("name", true);
    if (name != null) {
      unique(collegeNames, name, obj.at.field("name"));
    }
    String englishName = obj.text("englishName", false);
    Map<Task, List<ResponsiblePerson>> responsible = readResponsibilities(obj, "responsible");
    List<Item> classItems = obj.list("classes", false);
    List<ClassGroup> classes = new ArrayList<>();
    boolean complete = true;
    for (Item classItem : classItems == null ? List.<Item>of() : classItems) {
      ClassGroup group = readClass(classItem);
      complete &= group != null;
      if (group != null) {
        classes.add(group);
      }
    }
    if (name == null || responsible == null || !complete) {
      return null;
    }
    return build(obj.at, () -> new College(name, englishName, classes, responsible));
  }

  private @Nullable ClassGroup readClass(Item item) {
    Obj obj = asObject(item, "name", "cohort", "students");
    if (obj == null) {
      return null;
    }
    String name = obj.text("name", true);
    if (name != null) {
      unique(classNames, name, obj.at.field("name"));
    }
    CohortId cohort = obj.value("cohort", true, "cohort", CohortId::parse);
    List<Item> studentItems = obj.list("students", false);
    List<StudentNumber> numbers = new ArrayList<>();
    boolean complete = true;
    for (Item studentItem : studentItems == null ? List.<Item>of() : studentItems) {
      StudentNumber number =
          scalar(studentItem.node, studentItem.at, "student-number", StudentNumber::parse);
      complete &= number != null && unique(students, number, studentItem.at);
      if (number != null) {
        numbers.add(number);
      }
    }
    if (name == null || cohort == null || !complete) {
      return null;
    }
    return build(obj.at, () -> new ClassGroup(name, cohort, numbers));
  }

  /** A map from task key to persons: a list, or one string separated by 、 or commas. */
  private @Nullable Map<Task, List<ResponsiblePerson>> readResponsibilities(
      Obj parent, String name) {
    String[] keys = Arrays.stream(Task.values()).map(Task::key).toArray(String[]::new);
    Obj obj = parent.object(name, false, keys);
    Map<Task, List<ResponsiblePerson>> map = new EnumMap<>(Task.class);
    if (obj == null) {
      JsonNode given = parent.node.get(name);
      return given == null || given.isNull() ? map : null;
    }
    boolean complete = true;
    for (Task task : Task.values()) {
      JsonNode value = obj.node.get(task.key());
      if (value == null || value.isNull()) {
        continue;
      }
      At at = obj.at.field(task.key());
      List<Item> items = new ArrayList<>();
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          items.add(new Item(value.get(i), at.index(i)));
        }
      } else if (value.isValueNode()) {
        String[] names = value.asString().split("[、,，;；\\n]");
        for (String n : names) {
          if (!n.isBlank()) {
            items.add(new Item(tools.jackson.databind.node.StringNode.valueOf(n.strip()), at));
          }
        }
      } else {
        problem(at, "type", "definition.type", type("list"));
        complete = false;
        continue;
      }
      Map<String, At> seen = new HashMap<>();
      List<ResponsiblePerson> persons = new ArrayList<>();
      for (Item item : items) {
        ResponsiblePerson person = scalar(item.node, item.at, "person", ResponsiblePerson::parse);
        complete &= person != null && unique(seen, person.name(), item.at);
        if (person != null) {
          persons.add(person);
        }
      }
      map.put(task, persons);
    }
    return complete ? map : null;
  }

  private @Nullable List<Milestone> readMilestones(Obj top) {
    List<Item> items = top.list("milestones", false);
    List<Milestone> milestones = new ArrayList<>();
    Map<MilestoneKind, At> once = new EnumMap<>(MilestoneKind.class);
    boolean complete = true;
    for (Item item : items == null ? List.<Item>of() : items) {
      Obj obj = asObject(item, "kind", "date", "place", "note");
      if (obj == null) {
        complete = false;
        continue;
      }
      MilestoneKind kind = obj.value("kind", true, "milestone-kind", MilestoneKind::ofKey);
      LocalDate date = obj.value("date", true, "date", LocalDate::parse);
      String place = obj.text("place", false);
      String note = obj.text("note", false);
      if (kind != null && !kind.isRepeatable()) {
        complete &= unique(once, kind, obj.at.field("kind"));
      }
      if (kind == null || date == null) {
        complete = false;
        continue;
      }
      Milestone milestone = build(obj.at, () -> new Milestone(kind, date, place, note));
      complete &= milestone != null;
      if (milestone != null) {
        milestones.add(milestone);
      }
    }
    return complete ? milestones : null;
  }

  private @Nullable CaptureTerms readCapture(@Nullable Obj obj) {
    if (obj == null) {
      return null;
    }
    String room = obj.text("room", true);
    String centre = obj.text("centre", true);
    BigDecimal fee = obj.value("fee", true, "fee", CampaignReader::fee);
    String feeNote = obj.text("feeNote", false);
    Integer codeLeadDays = obj.integer("codeLeadDays", true, 0, 60);
    Integer arrivalLeadMinutes = obj.integer("arrivalLeadMinutes", true, 0, 120);
    String dressCode = obj.text("dressCode", false);
    if (room == null
        || centre == null
        || fee == null
        || codeLeadDays == null
        || arrivalLeadMinutes == null) {
      return null;
    }
    return build(
        obj.at,
        () ->
            new CaptureTerms(
                room, centre, fee, feeNote, codeLeadDays, arrivalLeadMinutes, dressCode));
  }

  private static BigDecimal fee(String text) {
    BigDecimal fee = new BigDecimal(text);
    if (fee.signum() < 0 || fee.stripTrailingZeros().scale() > 2) {
      throw new NumberFormatException(text);
    }
    return fee;
  }

  private @Nullable List<PublishedWindow> readWindows(Obj top) {
    List<Item> items = top.list("captureWindows", false);
    List<PublishedWindow> windows = new ArrayList<>();
    boolean complete = true;
    for (Item item : items == null ? List.<Item>of() : items) {
      Obj obj =
          asObject(item, "date", "start", "end", "college", "cohorts", "expectedStudents", "note");
      if (obj == null) {
        complete = false;
        continue;
      }
      LocalDate date = obj.value("date", true, "date", LocalDate::parse);
      LocalTime start = obj.value("start", true, "time", t -> LocalTime.parse(t, TIME));
      LocalTime end = obj.value("end", true, "time", t -> LocalTime.parse(t, TIME));
      String college = obj.text("college", true);
      if (college != null && !collegeNames.containsKey(college)) {
        problem(obj.at.field("college"), "unknown-college", "definition.unknown-college", college);
        complete = false;
      }
      List<Item> cohortItems = obj.list("cohorts", false);
      List<CohortId> cohorts = new ArrayList<>();
      for (Item cohortItem : cohortItems == null ? List.<Item>of() : cohortItems) {
        CohortId cohort = scalar(cohortItem.node, cohortItem.at, "cohort", CohortId::parse);
        complete &= cohort != null;
        if (cohort != null) {
          cohorts.add(cohort);
        }
      }
      Integer expected = obj.integer("expectedStudents", true, 0, 1_000_000);
      String note = obj.text("note", false);
      if (start != null && end != null && !start.isBefore(end)) {
        problem(
            obj.at.field("end"),
            "time-order",
            "definition.time-order",
            start.toString(),
            end.toString());
        complete = false;
      }
      if (date == null
          || start == null
          || end == null
          || college == null
          || expected == null
          || !complete) {
        complete = false;
        continue;
      }
      PublishedWindow window =
          build(
              obj.at,
              () -> new PublishedWindow(date, start, end, college, cohorts, expected, note));
      complete &= window != null;
      if (window != null) {
        windows.add(window);
      }
    }
    return complete ? windows : null;
  }

  private @Nullable NoticeClaims readNotice(Obj obj) {
    DocumentNumber number = obj.value("number", false, "document-number", DocumentNumber::parse);
    LocalDate signedOn = obj.value("signedOn", false, "date", LocalDate::parse);
    List<Item> claimItems = obj.list("weekdayClaims", false);
    List<WeekdayClaim> claims = new ArrayList<>();
    boolean complete = true;
    for (Item item : claimItems == null ? List.<Item>of() : claimItems) {
      WeekdayClaim claim = scalar(item.node, item.at, "weekday-claim", WeekdayClaim::parse);
      complete &= claim != null;
      if (claim != null) {
        claims.add(claim);
      }
    }
    List<Item> sectionItems = obj.list("sections", false);
    List<String> sections = new ArrayList<>();
    for (Item item : sectionItems == null ? List.<Item>of() : sectionItems) {
      String section = scalar(item.node, item.at, "text", Function.identity());
      complete &= section != null;
      if (section != null) {
        sections.add(section);
      }
    }
    if (!complete) {
      return null;
    }
    return new NoticeClaims(number, signedOn, claims, sections);
  }

  // ---- helpers

  private record Item(JsonNode node, At at) {}

  private final class Obj {
    final JsonNode node;
    final At at;

    Obj(JsonNode node, At at, String... known) {
      this.node = node;
      this.at = at;
      Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
      for (String name : node.propertyNames()) {
        if (!allowed.contains(name)) {
          problem(
              at.field(name),
              "unknown-property",
              "definition.unknown-property",
              name,
              String.join(", ", allowed));
        }
      }
    }

    @Nullable JsonNode get(String name, boolean required) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        if (required) {
          problem(at.field(name), "required", "definition.required");
        }
        return null;
      }
      return value;
    }

    @Nullable String text(String name, boolean required) {
      JsonNode value = get(name, required);
      if (value == null) {
        return null;
      }
      if (!value.isValueNode()) {
        problem(at.field(name), "type", "definition.type", type("text"));
        return null;
      }
      String raw = value.isNumber() ? lines.numberText(at.field(name).pointer()) : null;
      String text = (raw != null ? raw : value.asString()).strip();
      if (text.isEmpty()) {
        if (required) {
          problem(at.field(name), "required", "definition.required");
        }
        return null;
      }
      return text;
    }

    <T> @Nullable T value(String name, boolean required, String reason, Function<String, T> parse) {
      JsonNode value = get(name, required);
      return value == null ? null : scalar(value, at.field(name), reason, parse);
    }

    @Nullable Integer integer(String name, boolean required, int min, int max) {
      Integer value = value(name, required, "integer", Integer::valueOf);
      if (value != null && (value < min || value > max)) {
        problem(at.field(name), "out-of-range", "definition.out-of-range", value, min, max);
        return null;
      }
      return value;
    }

    @Nullable Obj object(String name, boolean required, String... known) {
      JsonNode value = get(name, required);
      if (value == null) {
        return null;
      }
      if (!value.isObject()) {
        problem(at.field(name), "type", "definition.type", type("object"));
        return null;
      }
      return new Obj(value, at.field(name), known);
    }

    @Nullable List<Item> list(String name, boolean required) {
      JsonNode value = get(name, required);
      if (value == null) {
        return null;
      }
      if (!value.isArray()) {
        problem(at.field(name), "type", "definition.type", type("list"));
        return null;
      }
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        items.add(new Item(value.get(i), at.field(name).index(i)));
      }
      return items;
    }
  }

  private @Nullable Obj asObject(Item item, String... known) {
    if (!item.node.isObject()) {
      problem(item.at, "type", "definition.type", type("object"));
      return null;
    }
    return new Obj(item.node, item.at, known);
  }

  private <T> @Nullable T scalar(JsonNode node, At at, String reason, Function<String, T> parse) {
    if (!node.isValueNode() || node.isNull()) {
      problem(at, "type", "definition.type", type("text"));
      return null;
    }
    String raw = node.isNumber() ? lines.numberText(at.pointer()) : null;
    String text = (raw != null ? raw : node.asString()).strip();
    try {
      return parse.apply(text);
    } catch (GradcapException
        | DateTimeException
        | IllegalArgumentException
        | ArithmeticException e) {
      problem(
          at,
          "invalid",
          "definition.invalid",
          text,
          Message.of(Campaign.MESSAGES, "reason." + reason));
      return null;
    }
  }

  /** Records the key's first place; a second occurrence is a problem naming the first. */
  private <K> boolean unique(Map<K, At> seen, K key, At at) {
    At first = seen.putIfAbsent(key, at);
    if (first != null) {
      problem(
          at,
          "duplicate",
          "definition.duplicate",
          key.toString(),
          first.display(),
          String.valueOf(lines.line(first.pointer())));
      return false;
    }
    return true;
  }

  /**
   * Runs a constructor; an invariant it still finds broken becomes a problem at the value's place.
   */
  private <T> @Nullable T build(At at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | GradcapException e) {
      problem(at, "rejected", "definition.rejected", String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static Message type(String name) {
    return Message.of(Campaign.MESSAGES, "type." + name);
  }

  private void problem(At at, String kind, String key, Object... args) {
    problems.add(
        new Finding(
            RULE + kind,
            Severity.BLOCKING,
            null,
            at.display(),
            source + ":" + lines.line(at.pointer()),
            Message.of(Campaign.MESSAGES, key, args)));
  }
}
