package io.gradcap.core.change;

import static io.gradcap.core.access.Role.COLLEGE_RESPONSIBLE;
import static io.gradcap.core.access.Role.OFFICE_STAFF;
import static io.gradcap.core.change.EvidenceKind.APPLICATION_FORM;
import static io.gradcap.core.change.EvidenceKind.ETHNIC_AFFAIRS_APPROVAL;
import static io.gradcap.core.change.EvidenceKind.HOUSEHOLD_REGISTER;
import static io.gradcap.core.change.EvidenceKind.ID_CARD;
import static io.gradcap.core.change.EvidenceKind.ID_NUMBER_CHANGE_CERTIFICATE;
import static io.gradcap.core.change.EvidenceKind.MEDICAL_BIRTH_CERTIFICATE;
import static io.gradcap.core.change.EvidenceKind.POLICE_CERTIFICATE;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Role;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which evidence a change request needs, per critical field, and who checks each copy against its
 * original. {@link #defaults()} is the table of DOMAIN.md; a college replaces or extends it with a
 * JSON or YAML file ({@link #load}), validated on load.
 *
 * <p>The file's shape (YAML shown; JSON is the same tree):
 *
 * <pre>
 * mode: extend            # or replace; extend merges into the defaults by field and kind
 * everyRequest:
 *   - kind: application-form
 * fields:
 *   name:
 *     - kind: police-certificate
 *       mandatory: true               # default true; false = recommended only
 *       checkAgainstOriginal: true    # default false
 *       checkedBy: office-staff       # required exactly when checkAgainstOriginal is true
 * </pre>
 */
public final class EvidenceCatalogue {

  /** The formats a catalogue file comes in. */
  public enum Format {
    JSON,
    YAML
  }

  private final List<EvidenceRequirement> everyRequest;
  private final Map<RecordField, List<EvidenceRequirement>> perField;

  EvidenceCatalogue(
      List<EvidenceRequirement> everyRequest,
      Map<RecordField, List<EvidenceRequirement>> perField) {
    this.everyRequest = List.copyOf(everyRequest);
    EnumMap<RecordField, List<EvidenceRequirement>> copy = new EnumMap<>(RecordField.class);
    perField.forEach((field, requirements) -> copy.put(field, List.copyOf(requirements)));
    this.perField = Collections.unmodifiableMap(copy);
  }

  /**
   * DOMAIN.md's table: the application form on every request; household register and ID card
   * (checked by the college's responsible person) for every field; the police certificate
   * (recommended for a name, required otherwise), the medical birth certificate for a birth date,
   * the certificate of ID-number change for an ID number and the ethnic-affairs approval for an
   * ethnicity, all checked by the office.
   */
  public static EvidenceCatalogue defaults() {
    EvidenceRequirement register =
        EvidenceRequirement.checkedBy(HOUSEHOLD_REGISTER, COLLEGE_RESPONSIBLE);
    EvidenceRequirement idCard = EvidenceRequirement.checkedBy(ID_CARD, COLLEGE_RESPONSIBLE);
    EvidenceRequirement police = EvidenceRequirement.checkedBy(POLICE_CERTIFICATE, OFFICE_STAFF);
    Map<RecordField, List<EvidenceRequirement>> fields = new EnumMap<>(RecordField.class);
    fields.put(RecordField.NAME, List.of(register, idCard, police.recommended()));
    fields.put(RecordField.GENDER, List.of(register, idCard, police));
    fields.put(
        RecordField.BIRTH_DATE,
        List.of(
            register,
            idCard,
            police,
            EvidenceRequirement.checkedBy(MEDICAL_BIRTH_CERTIFICATE, OFFICE_STAFF)));
    fields.put(
        RecordField.ID_NUMBER,
        List.of(
            register,
            idCard,
            EvidenceRequirement.checkedBy(ID_NUMBER_CHANGE_CERTIFICATE, OFFICE_STAFF)));
    fields.put(
        RecordField.ETHNICITY,
        List.of(
            register,
            idCard,
            EvidenceRequirement.checkedBy(ETHNIC_AFFAIRS_APPROVAL, OFFICE_STAFF)));
    return new EvidenceCatalogue(List.of(EvidenceRequirement.original(APPLICATION_FORM)), fields);
  }

  /**
   * The defaults replaced or extended by a college's file.
   *
   * @throws GradcapException {@link ErrorCode#INVALID_EVIDENCE_CATALOGUE} listing every problem
   */
  public static EvidenceCatalogue load(String text, Format format) {
    return defaults().overlay(text, format);
  }

  /**
   * This catalogue replaced or extended by a college's file.
   *
   * @throws GradcapException {@link ErrorCode#INVALID_EVIDENCE_CATALOGUE} listing every problem
   */
  public EvidenceCatalogue overlay(String text, Format format) {
    CatalogueFile.Result result = CatalogueFile.read(text, format, this);
    if (!result.problems().isEmpty()) {
      List<Finding> problems = result.problems();
      throw new GradcapException(
          ErrorCode.INVALID_EVIDENCE_CATALOGUE,
          problems.size(),
          describe(problems, Locale.CHINESE),
          describe(problems, Locale.ENGLISH));
    }
    return result.catalogue();
  }

  /**
   * Every problem of a catalogue file, as findings located at their path ({@code
   * $.fields.name[1].kind}); empty if valid.
   */
  public static List<Finding> problems(String text, Format format) {
    return CatalogueFile.read(text, format, defaults()).problems();
  }

  /** What every request carries, whatever it changes. */
  public List<EvidenceRequirement> everyRequest() {
    return everyRequest;
  }

  /** The field's own requirements (without those of every request). */
  public List<EvidenceRequirement> forField(RecordField field) {
    return perField.getOrDefault(field, List.of());
  }

  /** The fields the catalogue names. */
  public Set<RecordField> fields() {
    return perField.keySet();
  }

  /**
   * What a request changing these fields needs: every request's requirements, then each field's,
   * one per kind, the strictest where fields share a kind.
   */
  public List<EvidenceRequirement> requirementsFor(Collection<RecordField> fields) {
    Map<EvidenceKind, EvidenceRequirement> byKind = new LinkedHashMap<>();
    everyRequest.forEach(r -> byKind.merge(r.kind(), r, EvidenceRequirement::merge));
    for (RecordField field : RecordField.values()) {
      if (fields.contains(field)) {
        forField(field).forEach(r -> byKind.merge(r.kind(), r, EvidenceRequirement::merge));
      }
    }
    return List.copyOf(byKind.values());
  }

  /**
   * Whether the request's evidence is complete: a blocking finding per missing mandatory document
   * ("缺少：公安户籍证明 / missing: police certificate") and per copy not yet checked against its original,
   * a warning per missing recommended document.
   */
  public List<Finding> completeness(ChangeRequest request) {
    List<Finding> findings = new ArrayList<>();
    String student = request.subject().student().value();
    for (EvidenceRequirement requirement : requirementsFor(request.fields())) {
      EvidenceKind kind = requirement.kind();
      List<EvidenceFile> files = request.evidence().stream().filter(e -> e.kind() == kind).toList();
      if (files.isEmpty()) {
        findings.add(
            requirement.mandatory()
                ? Finding.of(
                        "R3.evidence.missing",
                        Severity.BLOCKING,
                        student,
                        kind.key(),
                        Labels.message("evidence.missing", Labels.zh(kind), Labels.en(kind)))
                    .at(request.id())
                : Finding.of(
                        "R3.evidence.recommended",
                        Severity.WARNING,
                        student,
                        kind.key(),
                        Labels.message("evidence.recommended", Labels.zh(kind), Labels.en(kind)))
                    .at(request.id()));
      } else if (requirement.checkAgainstOriginal()
          && files.stream().noneMatch(EvidenceFile::isChecked)) {
        Role role = Objects.requireNonNull(requirement.checkedBy());
        findings.add(
            Finding.of(
                    "R3.evidence.unchecked",
                    Severity.BLOCKING,
                    student,
                    kind.key(),
                    Labels.message(
                        "evidence.unchecked",
                        Labels.zh(kind),
                        Labels.en(kind),
                        Labels.zh(role),
                        Labels.en(role)))
                .at(request.id()));
      }
    }
    return findings;
  }

  /** The requirement for a kind on this request, if the catalogue has one. */
  Optional<EvidenceRequirement> requirement(ChangeRequest request, EvidenceKind kind) {
    return requirementsFor(request.fields()).stream().filter(r -> r.kind() == kind).findFirst();
  }

  private static String describe(List<Finding> problems, Locale locale) {
    return problems.stream()
        .map(p -> p.location() + ": " + p.message(locale))
        .collect(Collectors.joining("; "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceCatalogue that
        && everyRequest.equals(that.everyRequest)
        && perField.equals(that.perField);
  }

  @Override
  public int hashCode() {
    return 31 * everyRequest.hashCode() + perField.hashCode();
  }

  @Override
  public String toString() {
    return "EvidenceCatalogue[everyRequest=" + everyRequest + ", fields=" + perField + "]";
  }
}
