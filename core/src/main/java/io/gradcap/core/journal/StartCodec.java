package io.gradcap.core.journal;

import com.google.common.base.Preconditions;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.RowKey;
import io.gradcap.core.signoff.SignOffRow;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.signoff.StudentOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A campaign's start as the event store keeps it: the sign-off sheets as printed (rows, deadline,
 * columns), each class's field classes and records (every field's text and source location, ID
 * numbers in full, since the store is the system of record) and the roster. Everything else in a
 * start follows from these ({@link CampaignState#start}). JSON in a fixed order, so equal starts
 * make equal JSON, deflated: records are arrays aligned to one list of field names, not objects.
 */
final class StartCodec {

  /** The encoding of a stored start. */
  static final String FORMAT = "gradcap-start/1";

  private static final ObjectMapper JSON = JournalCodec.mapper();

  private StartCodec() {}

  /**
   * The start as a JSON tree.
   *
   * @throws IllegalArgumentException if the state holds anything recorded (a start is the campaign
   *     before its first event)
   */
  static ObjectNode tree(CampaignState start) {
    checkIsStart(start);
    ObjectNode root = JSON.createObjectNode();
    RecordField[] fields = RecordField.values();
    ArrayNode fieldNames = root.putArray("fields");
    for (RecordField f : fields) {
      fieldNames.add(f.name());
    }
    ArrayNode roster = root.putArray("roster");
    Roster r = start.recordCards().roster();
    for (ClassRef c : r.classes()) {
      for (RosterEntry e : r.students(c)) {
        roster
            .addArray()
            .add(e.student().value())
            .add(e.name())
            .add(e.college())
            .add(e.classGroup());
      }
    }
    ArrayNode sheets = root.putArray("sheets");
    for (SignOffState s : start.signOffs().values()) {
      sheets.add(sheet(s, fields));
    }
    return root;
  }

  private static ObjectNode sheet(SignOffState state, RecordField[] fields) {
    SignOffSheet sheet = state.sheet();
    ObjectNode node = JSON.createObjectNode();
    node.put("college", sheet.college());
    node.put("classGroup", sheet.classGroup());
    if (sheet.cohort() == null) {
      node.putNull("cohort");
    } else {
      node.put("cohort", sheet.cohort().toString());
    }
    node.putArray("deadline")
        .add(sheet.deadline().date().toString())
        .add(sheet.deadline().teachingWeek());
    ArrayNode columns = node.putArray("columns");
    sheet.columns().forEach(f -> columns.add(f.name()));
    ArrayNode critical = node.putArray("critical");
    for (RecordField f : fields) {
      if (state.fieldClasses().isCritical(f)) {
        critical.add(f.name());
      }
    }
    ArrayNode rows = node.putArray("rows");
    for (SignOffRow row : sheet.rows()) {
      ArrayNode a =
          rows.addArray().add(row.number()).add(row.key().value()).add(row.student().value());
      if (sheet.columns().containsAll(row.values().keySet())) {
        ArrayNode values = a.addArray();
        for (RecordField f : sheet.columns()) {
          String v = row.values().get(f);
          if (v == null) {
            values.addNull();
          } else {
            values.add(v);
          }
        }
      } else {
        ObjectNode values = a.addObject();
        row.values().forEach((f, v) -> values.put(f.name(), v));
      }
    }
    ArrayNode records = node.putArray("records");
    for (Map.Entry<StudentNumber, StudentRecord> e : state.records().entrySet()) {
      StudentRecord record = e.getValue();
      ArrayNode a = records.addArray().add(e.getKey().value());
      ArrayNode texts = a.addArray();
      boolean located = false;
      for (RecordField f : fields) {
        texts.add(record.text(f));
        located |= record.locationOrNull(f) != null;
      }
      if (located) {
        ArrayNode locations = a.addArray();
        for (RecordField f : fields) {
          String l = record.locationOrNull(f);
          if (l == null) {
            locations.addNull();
          } else {
            locations.add(l);
          }
        }
      }
    }
    return node;
  }

  /** A start holds sheets, records and a roster, and nothing recorded. */
  private static void checkIsStart(CampaignState start) {
    start
        .signOffs()
        .forEach(
            (c, s) -> {
              Preconditions.checkArgument(
                  c.equals(ClassRef.of(s.sheet().college(), s.sheet().classGroup())),
                  "the sign-off of %s is filed under %s",
                  s.sheet().classGroup(),
                  c);
              Preconditions.checkArgument(
                  s.outcomes().keySet().equals(new java.util.HashSet<>(s.sheet().students()))
                      && s.outcomes().values().stream()
                          .allMatch(o -> o.equals(StudentOutcome.pending(o.student()))),
                  "a start has no sign-off outcome recorded (class %s)",
                  c);
            });
    Preconditions.checkArgument(
        start.changes().requests().isEmpty()
            && start.changes().lockedRecords().isEmpty()
            && start.changes().history().isEmpty(),
        "a start has no change request");
    Preconditions.checkArgument(
        start.captures().equals(CaptureState.EMPTY), "a start has no photograph");
    Preconditions.checkArgument(
        start.recordCards().received().isEmpty() && start.recordCards().handovers().isEmpty(),
        "a start has no record card received");
    Preconditions.checkArgument(
        start
            .images()
            .equals(CampaignState.start(List.of(), start.recordCards().roster()).images()),
        "a start has every student on the roster with no image yet");
  }

  /** A start's tree ({@link #tree}), deflated. */
  static byte[] encode(JsonNode tree) {
    return deflate(JSON.writeValueAsBytes(tree));
  }

  /** The tree a stored start holds. */
  static JsonNode readTree(byte[] stored) {
    return JSON.readTree(inflate(stored));
  }

  /**
   * The start a stored one holds, read token by token from the inflated bytes without a tree in
   * between: the same start as {@code decode(readTree(stored))}. Equal short texts (colleges,
   * classes, majors) are read once and shared.
   *
   * @throws IllegalArgumentException or a Jackson exception if it does not decode
   */
  static CampaignState read(byte[] stored) {
    Inflater inflater = new Inflater();
    try (JsonParser p =
        JSON.createParser(
            new InflaterInputStream(new ByteArrayInputStream(stored), inflater, 1 << 16))) {
      return new Reader(p).start();
    } catch (OutOfOrder e) {
      // Written by another writer in another order: the tree reads any order.
      return decode(readTree(stored));
    } finally {
      inflater.end();
    }
  }

  /** The start's parts in an order the streaming reader does not take. */
  private static final class OutOfOrder extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfOrder() {
      super("start: parts out of order", null, false, false);
    }
  }

  /** Reads a stored start's JSON in the order {@link #tree} writes it. */
  private static final class Reader {
    private final JsonParser p;
    private final Map<String, String> shared = new HashMap<>();
    private final Map<String, StudentNumber> students = new HashMap<>();
    private @Nullable List<RecordField> fields;

    Reader(JsonParser p) {
      this.p = p;
    }

    CampaignState start() {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      @Nullable List<RosterEntry> entries = null;
      @Nullable List<SignOffState> sheets = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("fields")) {
          fields = fields();
        } else if (name.equals("roster")) {
          entries = roster();
        } else if (name.equals("sheets")) {
          if (fields == null) {
            throw new OutOfOrder();
          }
          sheets = new ArrayList<>();
          expect(p.currentToken(), JsonToken.START_ARRAY);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            sheets.add(sheet(fields));
          }
        } else {
          p.skipChildren();
        }
      }
      expect(p.currentToken(), JsonToken.END_OBJECT);
      if (fields == null || entries == null || sheets == null) {
        throw new IllegalArgumentException("start: a part is missing");
      }
      return CampaignState.start(sheets, Roster.of(entries));
    }

    private List<RecordField> fields() {
      List<RecordField> list = new ArrayList<>();
      expect(p.currentToken(), JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(RecordField.valueOf(string()));
      }
      return list;
    }

    private List<RosterEntry> roster() {
      List<RosterEntry> entries = new ArrayList<>();
      expect(p.currentToken(), JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        StudentNumber student = student(next());
        String name = next();
        String college = shared(next());
        String classGroup = shared(next());
        endArray();
        entries.add(new RosterEntry(student, name, college, classGroup));
      }
      return entries;
    }

    private SignOffState sheet(List<RecordField> fields) {
      expect(p.currentToken(), JsonToken.START_OBJECT);
      @Nullable String college = null;
      @Nullable String classGroup = null;
      boolean cohortRead = false;
      @Nullable CohortId cohort = null;
      @Nullable ReturnDeadline deadline = null;
      @Nullable List<RecordField> columns = null;
      @Nullable List<RecordField> critical = null;
      @Nullable List<SignOffRow> rows = null;
      @Nullable Map<StudentNumber, StudentRecord> records = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("college")) {
          college = shared(string());
        } else if (name.equals("classGroup")) {
          classGroup = shared(string());
        } else if (name.equals("cohort")) {
          cohortRead = true;
          cohort = p.currentToken() == JsonToken.VALUE_NULL ? null : CohortId.parse(string());
        } else if (name.equals("deadline")) {
          expect(p.currentToken(), JsonToken.START_ARRAY);
          LocalDate date = LocalDate.parse(next());
          expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
          deadline = ReturnDeadline.of(date, p.getIntValue());
          endArray();
        } else if (name.equals("columns")) {
          columns = fields();
        } else if (name.equals("critical")) {
          critical = fields();
        } else if (name.equals("rows")) {
          if (columns == null) {
            throw new OutOfOrder();
          }
          rows = rows(columns);
        } else if (name.equals("records")) {
          records = records(fields);
        } else {
          p.skipChildren();
        }
      }
      if (college == null
          || classGroup == null
          || !cohortRead
          || deadline == null
          || columns == null
          || critical == null
          || rows == null
          || records == null) {
        throw new IllegalArgumentException("start: a part of a sheet is missing");
      }
      SignOffSheet sheet = new SignOffSheet(college, classGroup, cohort, deadline, columns, rows);
      return opened(sheet, critical, records);
    }

    private List<SignOffRow> rows(List<RecordField> columns) {
      List<SignOffRow> rows = new ArrayList<>();
      expect(p.currentToken(), JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
        int number = p.getIntValue();
        RowKey key = RowKey.of(next());
        StudentNumber student = student(next());
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            Preconditions.checkArgument(i < columns.size(), "a row has more values than columns");
            if (p.currentToken() != JsonToken.VALUE_NULL) {
              values.put(columns.get(i), value(columns.get(i)));
            }
            i++;
          }
          Preconditions.checkArgument(
              i == columns.size(), "a row has %s values for %s columns", i, columns.size());
        } else {
          expect(t, JsonToken.START_OBJECT);
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            RecordField f = RecordField.valueOf(p.currentName());
            p.nextToken();
            values.put(f, value(f));
          }
        }
        endArray();
        rows.add(new SignOffRow(number, key, student, values));
      }
      return rows;
    }

    private Map<StudentNumber, StudentRecord> records(List<RecordField> fields) {
      Map<StudentNumber, StudentRecord> records = new LinkedHashMap<>();
      expect(p.currentToken(), JsonToken.START_ARRAY);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        StudentNumber student = student(next());
        String[] texts = new String[fields.size()];
        expect(p.nextToken(), JsonToken.START_ARRAY);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Preconditions.checkArgument(i < texts.length, "a record has more texts than fields");
          texts[i] = value(fields.get(i));
          i++;
        }
        Preconditions.checkArgument(
            i == texts.length, "a record has %s texts for %s fields", i, texts.length);
        @Nullable String[] locations = new String[texts.length];
        if (p.nextToken() == JsonToken.START_ARRAY) {
          i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            Preconditions.checkArgument(i < locations.length, "a record has more locations");
            if (p.currentToken() != JsonToken.VALUE_NULL) {
              locations[i] = string();
            }
            i++;
          }
          Preconditions.checkArgument(i == locations.length, "a record has %s locations", i);
          endArray();
        } else {
          expect(p.currentToken(), JsonToken.END_ARRAY);
        }
        StudentRecord.Builder b = StudentRecord.builder();
        for (i = 0; i < texts.length; i++) {
          b.set(fields.get(i), texts[i], locations[i]);
        }
        records.put(student, b.build());
      }
      return records;
    }

    /** A field's text: shared unless it is one student's own. */
    private String value(RecordField field) {
      String text = string();
      return switch (field) {
        case CANDIDATE_NUMBER, STUDENT_NUMBER, NAME, ID_NUMBER -> text;
        default -> shared(text);
      };
    }

    private StudentNumber student(String text) {
      StudentNumber known = students.get(text);
      if (known == null) {
        known = StudentNumber.of(text);
        students.put(known.value(), known);
      }
      return known;
    }

    private String shared(String text) {
      String known = shared.putIfAbsent(text, text);
      return known == null ? text : known;
    }

    private String next() {
      p.nextToken();
      return string();
    }

    /** The text at the current token, which must be a string. */
    private String string() {
      expect(p.currentToken(), JsonToken.VALUE_STRING);
      return p.getString();
    }

    private void endArray() {
      expect(p.nextToken(), JsonToken.END_ARRAY);
    }

    private static void expect(@Nullable JsonToken actual, JsonToken expected) {
      if (actual != expected) {
        throw new IllegalArgumentException("start: expected " + expected + ", found " + actual);
      }
    }
  }

  /**
   * The start a stored one holds.
   *
   * @throws IllegalArgumentException or a Jackson exception if it does not decode
   */
  static CampaignState decode(JsonNode root) {
    List<RecordField> fields = new ArrayList<>();
    for (JsonNode f : root.required("fields")) {
      fields.add(RecordField.valueOf(f.asString()));
    }
    List<RosterEntry> entries = new ArrayList<>();
    for (JsonNode e : root.required("roster")) {
      entries.add(
          new RosterEntry(
              StudentNumber.of(e.get(0).asString()),
              e.get(1).asString(),
              e.get(2).asString(),
              e.get(3).asString()));
    }
    List<SignOffState> sheets = new ArrayList<>();
    for (JsonNode s : root.required("sheets")) {
      sheets.add(sheet(s, fields));
    }
    return CampaignState.start(sheets, Roster.of(entries));
  }

  private static SignOffState sheet(JsonNode node, List<RecordField> fields) {
    List<RecordField> columns = new ArrayList<>();
    for (JsonNode c : node.required("columns")) {
      columns.add(RecordField.valueOf(c.asString()));
    }
    List<SignOffRow> rows = new ArrayList<>();
    for (JsonNode r : node.required("rows")) {
      Map<RecordField, String> values = new EnumMap<>(RecordField.class);
      JsonNode v = r.get(3);
      if (v.isArray()) {
        Preconditions.checkArgument(
            v.size() == columns.size(),
            "a row has %s values for %s columns",
            v.size(),
            columns.size());
        for (int i = 0; i < columns.size(); i++) {
          if (!v.get(i).isNull()) {
            values.put(columns.get(i), v.get(i).asString());
          }
        }
      } else {
        v.properties()
            .forEach(e -> values.put(RecordField.valueOf(e.getKey()), e.getValue().asString()));
      }
      rows.add(
          new SignOffRow(
              r.get(0).intValue(),
              RowKey.of(r.get(1).asString()),
              StudentNumber.of(r.get(2).asString()),
              values));
    }
    JsonNode cohort = node.required("cohort");
    JsonNode deadline = node.required("deadline");
    SignOffSheet sheet =
        new SignOffSheet(
            node.required("college").asString(),
            node.required("classGroup").asString(),
            cohort.isNull() ? null : CohortId.parse(cohort.asString()),
            ReturnDeadline.of(
                LocalDate.parse(deadline.get(0).asString()), deadline.get(1).intValue()),
            columns,
            rows);
    List<RecordField> critical = new ArrayList<>();
    for (JsonNode c : node.required("critical")) {
      critical.add(RecordField.valueOf(c.asString()));
    }
    Map<StudentNumber, StudentRecord> records = new LinkedHashMap<>();
    for (JsonNode r : node.required("records")) {
      StudentRecord.Builder b = StudentRecord.builder();
      JsonNode texts = r.get(1);
      @Nullable JsonNode locations = r.size() > 2 ? r.get(2) : null;
      Preconditions.checkArgument(
          texts.size() == fields.size(),
          "a record has %s texts for %s fields",
          texts.size(),
          fields.size());
      for (int i = 0; i < fields.size(); i++) {
        String location =
            locations == null || locations.get(i).isNull() ? null : locations.get(i).asString();
        b.set(fields.get(i), texts.get(i).asString(), location);
      }
      records.put(StudentNumber.of(r.get(0).asString()), b.build());
    }
    return opened(sheet, critical, records);
  }

  /**
   * A sheet as printed, nobody's outcome recorded yet. The records are taken as stored: none is
   * parsed to find its student, since a record read back and never looked into costs nothing.
   */
  private static SignOffState opened(
      SignOffSheet sheet,
      Collection<RecordField> critical,
      Map<StudentNumber, StudentRecord> records) {
    Map<StudentNumber, StudentOutcome> outcomes = new LinkedHashMap<>();
    sheet.students().forEach(n -> outcomes.put(n, StudentOutcome.pending(n)));
    return new SignOffState(
        sheet,
        new FieldClasses(
            critical.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(critical)),
        records,
        outcomes);
  }

  /**
   * What differs between a stored start and a given one, by part and never by value: {@code roster
   * (3110 students stored, 3109 given)}, {@code sheet 软件工程学院 21软件1班}. Empty when they agree.
   */
  static Optional<String> difference(JsonNode stored, JsonNode given) {
    if (!stored.path("fields").equals(given.path("fields"))) {
      return Optional.of("record fields");
    }
    if (!stored.path("roster").equals(given.path("roster"))) {
      return Optional.of(
          "roster ("
              + stored.path("roster").size()
              + " students stored, "
              + given.path("roster").size()
              + " given)");
    }
    JsonNode a = stored.path("sheets");
    JsonNode b = given.path("sheets");
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return Optional.of(
            "sheet "
                + a.get(i).path("college").asString()
                + " "
                + a.get(i).path("classGroup").asString());
      }
    }
    if (a.size() != b.size()) {
      return Optional.of("sign-off sheets (" + a.size() + " stored, " + b.size() + " given)");
    }
    return stored.equals(given) ? Optional.empty() : Optional.of("start");
  }

  private static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] inflate(byte[] bytes) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("a stored start ends early");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("a stored start is not deflated", e);
    } finally {
      inflater.end();
    }
  }
}
