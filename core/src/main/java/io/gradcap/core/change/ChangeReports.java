package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reports on change requests, as data: what is open, per college and per office staff member, what
 * is overdue, and what each college hands over. Printing them is the caller's business.
 */
public final class ChangeReports {

  private static final Comparator<OpenRequestLine> BY_CLASS_AND_STUDENT =
      Comparator.comparing((OpenRequestLine l) -> l.subject().college())
          .thenComparing(l -> l.subject().classGroup())
          .thenComparing(l -> l.subject().student())
          .thenComparing(OpenRequestLine::requestId);

  private ChangeReports() {}

  /** Every open request at {@code now}, by college, class and student number. */
  public static List<OpenRequestLine> open(
      ChangeBook book, EvidenceCatalogue catalogue, Instant now) {
    return book.openRequests().stream()
        .map(r -> line(r, catalogue, now))
        .sorted(BY_CLASS_AND_STUDENT)
        .toList();
  }

  /** The open requests of each college. */
  public static SortedMap<String, List<OpenRequestLine>> openByCollege(
      ChangeBook book, EvidenceCatalogue catalogue, Instant now) {
    return open(book, catalogue, now).stream()
        .collect(
            Collectors.groupingBy(l -> l.subject().college(), TreeMap::new, Collectors.toList()));
  }

  /** The open requests each office staff member received, by the staff member's id. */
  public static SortedMap<String, List<OpenRequestLine>> openByOfficeStaff(
      ChangeBook book, EvidenceCatalogue catalogue, Instant now) {
    SortedMap<String, List<OpenRequestLine>> byStaff = new TreeMap<>();
    for (OpenRequestLine line : open(book, catalogue, now)) {
      Actor staff = line.receivedBy();
      if (staff != null) {
        byStaff.computeIfAbsent(staff.id(), id -> new ArrayList<>()).add(line);
      }
    }
    return byStaff;
  }

  /**
   * The open requests whose current step is past its deadline at {@code now}, most overdue first.
   *
   * @param deadlines the deadline of each step (what a request waits for); steps without one are
   *     never overdue
   */
  public static List<OverdueRequest> overdue(
      ChangeBook book,
      EvidenceCatalogue catalogue,
      Map<WaitingFor, Instant> deadlines,
      Instant now) {
    List<OverdueRequest> overdue = new ArrayList<>();
    for (OpenRequestLine line : open(book, catalogue, now)) {
      Instant deadline = deadlines.get(line.waitingFor());
      if (deadline != null && now.isAfter(deadline)) {
        overdue.add(new OverdueRequest(line, deadline, Duration.between(deadline, now)));
      }
    }
    overdue.sort(
        Comparator.comparing(OverdueRequest::overdueBy)
            .reversed()
            .thenComparing(o -> o.line(), BY_CLASS_AND_STUDENT));
    return overdue;
  }

  /** The open requests at {@code now} when every step has the same deadline. */
  public static List<OverdueRequest> overdue(
      ChangeBook book, EvidenceCatalogue catalogue, Instant deadline, Instant now) {
    Map<WaitingFor, Instant> all = new EnumMap<>(WaitingFor.class);
    for (WaitingFor step : WaitingFor.values()) {
      all.put(step, deadline);
    }
    return overdue(book, catalogue, all, now);
  }

  /** What the college hands to the office: its requests collected and not yet received. */
  public static HandoverList handover(
      ChangeBook book, EvidenceCatalogue catalogue, String college) {
    List<HandoverList.Line> lines = new ArrayList<>();
    Map<RecordField, Integer> byField = new EnumMap<>(RecordField.class);
    int files = 0;
    int pages = 0;
    List<ChangeRequest> collected =
        book.requests().values().stream()
            .filter(
                r -> r.status() == ChangeStatus.COLLECTED && r.subject().college().equals(college))
            .sorted(
                Comparator.comparing((ChangeRequest r) -> r.subject().classGroup())
                    .thenComparing(r -> r.subject().student())
                    .thenComparing(ChangeRequest::id))
            .toList();
    for (ChangeRequest request : collected) {
      int requestPages = request.evidence().stream().mapToInt(EvidenceFile::pages).sum();
      lines.add(
          new HandoverList.Line(
              request.id(),
              request.subject().classGroup(),
              request.subject().student(),
              fields(request),
              request.evidence().size(),
              requestPages,
              kinds(catalogue, request, "R3.evidence.missing")));
      request.fields().forEach(f -> byField.merge(f, 1, Integer::sum));
      files += request.evidence().size();
      pages += requestPages;
    }
    return new HandoverList(college, lines, byField, files, pages);
  }

  private static OpenRequestLine line(
      ChangeRequest request, EvidenceCatalogue catalogue, Instant now) {
    return new OpenRequestLine(
        request.id(),
        request.subject(),
        fields(request),
        request.status(),
        request.status().waitingFor(),
        request.receivedBy(),
        Duration.between(request.openedAt(), now),
        Duration.between(request.statusSince(), now),
        kinds(catalogue, request, "R3.evidence.missing"),
        kinds(catalogue, request, "R3.evidence.unchecked"));
  }

  private static List<RecordField> fields(ChangeRequest request) {
    return request.changes().stream().map(FieldChange::field).toList();
  }

  private static List<EvidenceKind> kinds(
      EvidenceCatalogue catalogue, ChangeRequest request, String rule) {
    return catalogue.completeness(request).stream()
        .filter(f -> f.rule().equals(rule))
        .map(Finding::field)
        .map(key -> EvidenceKind.ofKey(String.valueOf(key)).orElseThrow())
        .toList();
  }
}
