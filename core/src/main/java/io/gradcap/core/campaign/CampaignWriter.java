package io.gradcap.core.campaign;

import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.institution.Institution;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.core.institution.Task;
import io.gradcap.core.record.StudentNumber;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a campaign as the tree {@link CampaignReader} reads; optional parts only when present. */
final class CampaignWriter {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CampaignWriter() {}

  static JsonNode write(Campaign campaign, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("title", campaign.title());
    root.put("graduatingClass", campaign.graduatingClass().toString());
    ArrayNode cohorts = root.putArray("cohorts");
    campaign.cohorts().forEach(c -> cohorts.add(c.toString()));
    List<TermCalendar> terms = campaign.calendar().terms();
    if (terms.size() == 1) {
      writeTerm(root.putObject("calendar"), terms.get(0));
    } else {
      ArrayNode calendar = root.putArray("calendar");
      terms.forEach(t -> writeTerm(calendar.addObject(), t));
    }
    writeInstitution(root.putObject("institution"), campaign.institution());
    ArrayNode milestones = root.putArray("milestones");
    for (Milestone m : campaign.milestones()) {
      ObjectNode node = milestones.addObject();
      node.put("kind", m.kind().key());
      node.put("date", m.date().toString());
      putIfPresent(node, "place", m.place());
      putIfPresent(node, "note", m.note());
    }
    CaptureTerms captureTerms = campaign.capture();
    ObjectNode capture = root.putObject("capture");
    capture.put("room", captureTerms.room());
    capture.put("centre", captureTerms.centre());
    capture.put("fee", captureTerms.fee());
    putIfPresent(capture, "feeNote", captureTerms.feeNote());
    capture.put("codeLeadDays", captureTerms.codeLeadDays());
    capture.put("arrivalLeadMinutes", captureTerms.arrivalLeadMinutes());
    putIfPresent(capture, "dressCode", captureTerms.dressCode());
    ArrayNode windows = root.putArray("captureWindows");
    for (PublishedWindow w : campaign.captureWindows()) {
      ObjectNode node = windows.addObject();
      node.put("date", w.date().toString());
      node.put("start", time(w.startInclusive()));
      node.put("end", time(w.endExclusive()));
      node.put("college", w.college());
      if (!w.cohorts().isEmpty()) {
        ArrayNode list = node.putArray("cohorts");
        w.cohorts().forEach(c -> list.add(c.toString()));
      }
      node.put("expectedStudents", w.expectedStudents());
      putIfPresent(node, "note", w.note());
    }
    NoticeClaims notice = campaign.notice();
    if (notice != null) {
      ObjectNode node = root.putObject("notice");
      if (notice.number() != null) {
        node.put("number", notice.number().toString());
      }
      if (notice.signedOn() != null) {
        node.put("signedOn", notice.signedOn().toString());
      }
      ArrayNode claims = node.putArray("weekdayClaims");
      notice.weekdayClaims().forEach(c -> claims.add(c.toString()));
      ArrayNode sections = node.putArray("sections");
      notice.sections().forEach(sections::add);
    }
    return root;
  }

  private static void writeTerm(ObjectNode node, TermCalendar term) {
    node.put("term", term.term());
    node.put("firstMonday", term.firstMonday().toString());
    node.put("weeks", term.weeks());
  }

  private static void writeInstitution(ObjectNode node, Institution institution) {
    node.put("name", institution.name());
    putIfPresent(node, "englishName", institution.englishName());
    writeResponsibilities(node, "officeContacts", institution.officeContacts());
    ArrayNode colleges = node.putArray("colleges");
    for (College college : institution.colleges()) {
      ObjectNode c = colleges.addObject();
      c.put("name", college.name());
      putIfPresent(c, "englishName", college.englishName());
      writeResponsibilities(c, "responsible", college.responsible());
      if (!college.classGroups().isEmpty()) {
        ArrayNode classes = c.putArray("classes");
        for (ClassGroup group : college.classGroups()) {
          ObjectNode g = classes.addObject();
          g.put("name", group.name());
          g.put("cohort", group.cohort().toString());
          if (!group.students().isEmpty()) {
            ArrayNode students = g.putArray("students");
            group.students().stream().map(StudentNumber::value).forEach(students::add);
          }
        }
      }
    }
  }

  private static void writeResponsibilities(
      ObjectNode parent, String name, Map<Task, List<ResponsiblePerson>> map) {
    if (map.isEmpty()) {
      return;
    }
    ObjectNode node = parent.putObject(name);
    for (Task task : Task.values()) {
      List<ResponsiblePerson> persons = map.get(task);
      if (persons != null) {
        ArrayNode list = node.putArray(task.key());
        persons.forEach(p -> list.add(p.toString()));
      }
    }
  }

  private static String time(LocalTime time) {
    return TIME.format(time);
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
