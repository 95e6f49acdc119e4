package io.gradcap.core.change;

import static io.gradcap.core.access.Role.COLLEGE_RESPONSIBLE;
import static io.gradcap.core.access.Role.COUNSELLOR;
import static io.gradcap.core.access.Role.OFFICE_STAFF;
import static io.gradcap.core.access.Role.STUDENT;

import com.google.common.base.Preconditions;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change-request lifecycle as two pure functions: {@link #decide} turns a command and the
 * current {@link ChangeBook} into a {@link Decision}; {@link #evolve} folds an event into the book.
 * Nothing here reads a clock or performs I/O: times come in on the commands, and the ID-number
 * lookup answers from data the host already holds.
 *
 * <p>Invariants: no approval while required evidence is missing or unchecked; a request is applied
 * exactly once; at most one open request per student and field; nothing changes a locked record;
 * applying emits a {@link ChangeEvent.RecordFieldChanged} per field with its old value.
 */
public final class ChangeDecider {

  private static final Set<Role> MAY_OPEN =
      EnumSet.of(STUDENT, COUNSELLOR, COLLEGE_RESPONSIBLE, OFFICE_STAFF);
  private static final Set<Role> MAY_ATTACH = MAY_OPEN;
  private static final Set<Role> MAY_CHECK =
      EnumSet.of(COUNSELLOR, COLLEGE_RESPONSIBLE, OFFICE_STAFF);
  private static final Set<Role> MAY_LOCK = EnumSet.of(STUDENT, OFFICE_STAFF);
  private static final Set<ChangeStatus> EVIDENCE_OPEN =
      EnumSet.of(
          ChangeStatus.DRAFT,
          ChangeStatus.SUBMITTED,
          ChangeStatus.COLLECTED,
          ChangeStatus.RECEIVED,
          ChangeStatus.UNDER_REVIEW,
          ChangeStatus.NEEDS_EVIDENCE);

  private final EvidenceCatalogue catalogue;
  private final ChangePolicy policy;
  private final IdNumberLookup idNumbers;

  /**
   * @param catalogue what evidence each field needs
   * @param policy the configurable rules
   * @param idNumbers who holds which ID number in the host's records
   */
  public ChangeDecider(EvidenceCatalogue catalogue, ChangePolicy policy, IdNumberLookup idNumbers) {
    this.catalogue = catalogue;
    this.policy = policy;
    this.idNumbers = idNumbers;
  }

  public EvidenceCatalogue catalogue() {
    return catalogue;
  }

  public ChangePolicy policy() {
    return policy;
  }

  /** The events the command causes in this book, or why it is refused. */
  public Decision<ChangeEvent> decide(ChangeCommand command, ChangeBook book) {
    if (command instanceof ChangeCommand.Open open) {
      return open(open, book);
    }
    if (command instanceof ChangeCommand.AttachEvidence attach) {
      return attach(attach, book);
    }
    if (command instanceof ChangeCommand.CheckOriginal check) {
      return check(check, book);
    }
    if (command instanceof ChangeCommand.Move move) {
      return move(move, book);
    }
    return lock((ChangeCommand.LockRecord) command, book);
  }

  /**
   * The findings the request would meet if approved now: the policy rules and the evidence's
   * completeness.
   */
  public List<Finding> review(ChangeRequest request, ChangeBook book, Instant at) {
    List<Finding> findings =
        new ArrayList<>(ChangeRules.check(policy, request, today(at), book, idNumbers));
    findings.addAll(catalogue.completeness(request));
    return findings;
  }

  private Decision<ChangeEvent> open(ChangeCommand.Open c, ChangeBook book) {
    if (book.request(c.requestId()).isPresent()) {
      return refuse("duplicate-request", c.requestId());
    }
    Subject subject = c.student().subject();
    Optional<Decision<ChangeEvent>> refused =
        roleAndScope(c.actor(), MAY_OPEN, "开启变更申请", "open a change request", subject);
    if (refused.isPresent()) {
      return refused.get();
    }
    Set<RecordField> fields =
        c.changes().stream().map(FieldChange::field).collect(Collectors.toSet());
    if (c.changes().isEmpty() || fields.size() != c.changes().size()) {
      return refuse("no-changes");
    }
    for (FieldChange change : c.changes()) {
      Optional<ChangeRequest> other = book.openRequest(subject.student(), change.field());
      if (other.isPresent()) {
        return refuse(
            "open-request-exists",
            subject.student().value(),
            Labels.zh(change.field()),
            Labels.en(change.field()),
            other.get().id());
      }
    }
    ChangeRequest draft =
        ChangeRequest.draft(
            c.requestId(), c.student(), c.changes(), c.changedOn(), c.source(), c.actor(), c.at());
    List<Finding> blocking =
        blocking(ChangeRules.check(policy, draft, today(c.at()), book, idNumbers));
    if (!blocking.isEmpty()) {
      return blocked(blocking);
    }
    return accept(
        subject,
        new ChangeEvent.RequestOpened(
            c.requestId(),
            c.actor(),
            c.at(),
            c.reason(),
            c.student(),
            c.changes(),
            c.changedOn(),
            c.source()));
  }

  private Decision<ChangeEvent> attach(ChangeCommand.AttachEvidence c, ChangeBook book) {
    Optional<ChangeRequest> found = book.request(c.requestId());
    if (found.isEmpty()) {
      return refuse("unknown-request", c.requestId());
    }
    ChangeRequest request = found.get();
    Optional<Decision<ChangeEvent>> refused =
        roleAndScope(c.actor(), MAY_ATTACH, "附加材料", "attach evidence", request.subject());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!EVIDENCE_OPEN.contains(request.status())) {
      return refuse(
          "evidence-closed",
          request.id(),
          request.status().label(Locale.CHINESE),
          request.status().label(Locale.ENGLISH));
    }
    if (request.evidence(c.evidence().sha256()).isPresent()) {
      return refuse("duplicate-evidence", c.evidence().sha256().hex());
    }
    // A file is checked against its original only through CheckOriginal, never on upload.
    EvidenceFile file =
        new EvidenceFile(
            c.evidence().kind(),
            c.evidence().fileName(),
            c.evidence().mediaType(),
            c.evidence().size(),
            c.evidence().sha256(),
            c.evidence().pages(),
            null);
    return accept(
        request.subject(),
        new ChangeEvent.EvidenceAttached(c.requestId(), c.actor(), c.at(), "", file));
  }

  private Decision<ChangeEvent> check(ChangeCommand.CheckOriginal c, ChangeBook book) {
    Optional<ChangeRequest> found = book.request(c.requestId());
    if (found.isEmpty()) {
      return refuse("unknown-request", c.requestId());
    }
    ChangeRequest request = found.get();
    Optional<Decision<ChangeEvent>> refused =
        roleAndScope(c.actor(), MAY_CHECK, "核对原件", "check an original", request.subject());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!EVIDENCE_OPEN.contains(request.status())) {
      return refuse(
          "evidence-closed",
          request.id(),
          request.status().label(Locale.CHINESE),
          request.status().label(Locale.ENGLISH));
    }
    Sha256 sha256 = c.sha256();
    Optional<EvidenceFile> file = request.evidence(sha256);
    if (file.isEmpty()) {
      return refuse("unknown-evidence", sha256.hex());
    }
    OriginalCheck done = file.get().check();
    if (done != null) {
      return refuse("already-checked", done.by().name(), done.at().toString());
    }
    Optional<Role> checker =
        catalogue.requirement(request, file.get().kind()).map(EvidenceRequirement::checkedBy);
    if (checker.isPresent()
        && checker.get() != c.actor().role()
        && c.actor().role() != OFFICE_STAFF) {
      EvidenceKind kind = file.get().kind();
      return refuse(
          "checker-role",
          Labels.zh(kind),
          Labels.en(kind),
          Labels.zh(checker.get()),
          Labels.en(checker.get()));
    }
    return accept(
        request.subject(),
        new ChangeEvent.OriginalChecked(c.requestId(), c.actor(), c.at(), "", sha256));
  }

  private Decision<ChangeEvent> move(ChangeCommand.Move c, ChangeBook book) {
    Optional<ChangeRequest> found = book.request(c.requestId());
    if (found.isEmpty()) {
      return refuse("unknown-request", c.requestId());
    }
    ChangeRequest request = found.get();
    Transition t = c.transition();
    Optional<Decision<ChangeEvent>> refused =
        roleAndScope(
            c.actor(),
            t.roles(),
            t.label(Locale.CHINESE),
            t.label(Locale.ENGLISH),
            request.subject());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!t.from().contains(request.status())) {
      return refuse(
          "wrong-status",
          request.id(),
          request.status().label(Locale.CHINESE),
          request.status().label(Locale.ENGLISH),
          t.label(Locale.CHINESE),
          t.label(Locale.ENGLISH),
          statuses(t.from(), Locale.CHINESE),
          statuses(t.from(), Locale.ENGLISH));
    }
    if (t.reasonRequired() && c.reason().isBlank()) {
      return refuse("reason-required", t.label(Locale.CHINESE), t.label(Locale.ENGLISH));
    }
    String receiver = policy.receivingStaffId();
    if (t == Transition.RECEIVE && receiver != null && !receiver.equals(c.actor().id())) {
      return refuse("not-named-receiver", receiver);
    }
    List<Finding> blocking =
        switch (t) {
          case SUBMIT ->
              blocking(ChangeRules.check(policy, request, today(c.at()), book, idNumbers));
          case APPROVE -> blocking(review(request, book, c.at()));
          case APPLY ->
              ChangeRules.recordNotLocked(
                  policy, request, book.isLocked(request.subject().student()));
          default -> List.of();
        };
    if (!blocking.isEmpty()) {
      return blocked(blocking);
    }
    List<ChangeEvent> events = new ArrayList<>();
    events.add(
        new ChangeEvent.StatusChanged(
            request.id(), c.actor(), c.at(), c.reason(), t, request.status(), t.to()));
    if (t == Transition.APPLY) {
      for (FieldChange change : request.changes()) {
        String old =
            book.appliedValue(request.subject().student(), change.field())
                .orElse(change.currentValue());
        events.add(
            new ChangeEvent.RecordFieldChanged(
                request.id(),
                c.actor(),
                c.at(),
                c.reason(),
                request.subject().student(),
                change.field(),
                old,
                change.proposedValue()));
      }
    }
    return Decision.accept(StreamId.student(request.subject().student()), events);
  }

  private Decision<ChangeEvent> lock(ChangeCommand.LockRecord c, ChangeBook book) {
    Optional<Decision<ChangeEvent>> refused =
        roleAndScope(c.actor(), MAY_LOCK, "锁定学籍", "lock a record", c.subject());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (book.isLocked(c.subject().student())) {
      return refuse("already-locked", c.subject().student().value());
    }
    return accept(
        c.subject(),
        new ChangeEvent.RecordLocked(c.subject().student(), c.actor(), c.at(), c.reason()));
  }

  /**
   * The book after the event; events are facts, so an event that does not fit the book is a
   * programming error.
   */
  public static ChangeBook evolve(ChangeBook book, ChangeEvent event) {
    if (event instanceof ChangeEvent.RequestOpened e) {
      Preconditions.checkState(
          book.request(e.requestId()).isEmpty(), "request %s exists", e.requestId());
      return book.withRequest(
          ChangeRequest.draft(
              e.requestId(),
              e.student(),
              e.changes(),
              e.changedOn(),
              e.source(),
              e.actor(),
              e.at()));
    }
    if (event instanceof ChangeEvent.EvidenceAttached e) {
      return book.withRequest(existing(book, e.requestId()).withEvidence(e.evidence()));
    }
    if (event instanceof ChangeEvent.OriginalChecked e) {
      return book.withRequest(
          existing(book, e.requestId())
              .withCheck(e.sha256(), new OriginalCheck(e.actor(), e.at())));
    }
    if (event instanceof ChangeEvent.StatusChanged e) {
      return book.withRequest(existing(book, e.requestId()).moved(e.to(), e.actor(), e.at()));
    }
    if (event instanceof ChangeEvent.RecordFieldChanged e) {
      return book.withChange(e);
    }
    return book.withLock(((ChangeEvent.RecordLocked) event).student());
  }

  private static ChangeRequest existing(ChangeBook book, String id) {
    return book.request(id).orElseThrow(() -> new IllegalStateException("no request " + id));
  }

  private static Optional<Decision<ChangeEvent>> roleAndScope(
      Actor actor, Set<Role> roles, String actionZh, String actionEn, Subject subject) {
    if (!roles.contains(actor.role())) {
      return Optional.of(
          refuse(
              "role",
              Labels.zh(actor.role()),
              Labels.en(actor.role()),
              actionZh,
              actionEn,
              roles(roles, Locale.CHINESE),
              roles(roles, Locale.ENGLISH)));
    }
    if (!actor.covers(subject)) {
      return Optional.of(refuse("out-of-scope", actor.name(), subject.student().value()));
    }
    return Optional.empty();
  }

  private static String roles(Collection<Role> roles, Locale locale) {
    return roles.stream()
        .sorted()
        .map(r -> Locale.ENGLISH.equals(locale) ? Labels.en(r) : Labels.zh(r))
        .collect(Collectors.joining(Locale.ENGLISH.equals(locale) ? ", " : "、"));
  }

  private static String statuses(Collection<ChangeStatus> statuses, Locale locale) {
    return statuses.stream()
        .sorted()
        .map(s -> s.label(locale))
        .collect(Collectors.joining(Locale.ENGLISH.equals(locale) ? ", " : "、"));
  }

  private LocalDate today(Instant at) {
    return LocalDate.ofInstant(at, policy.zone());
  }

  private static List<Finding> blocking(List<Finding> findings) {
    return findings.stream().filter(Finding::isBlocking).toList();
  }

  private static Decision<ChangeEvent> accept(Subject subject, ChangeEvent event) {
    return Decision.accept(StreamId.student(subject.student()), event);
  }

  /**
   * A refusal: its finding's rule is {@code change.<reason>} (such as {@code change.out-of-scope}),
   * its message the bundle's {@code refused.<reason>}.
   */
  private static Decision<ChangeEvent> refuse(String reason, Object... args) {
    return Decision.refuse(refusal(reason, Labels.message("refused." + reason, args)));
  }

  private static Decision<ChangeEvent> blocked(List<Finding> blocking) {
    return Decision.refuse(
        refusal("blocked-by-rules", Labels.message("refused.blocked-by-rules", blocking.size())),
        blocking);
  }

  private static Finding refusal(String reason, Message message) {
    return Finding.of("change." + reason, Severity.BLOCKING, null, null, message);
  }
}
