package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.access.Role;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence a change request needs.
 *
 * @param kind what document
 * @param mandatory whether approval waits for it; an optional one is only recommended
 * @param checkAgainstOriginal whether the copy must be checked against the original
 * @param checkedBy the role that checks it against the original, when it must be checked
 */
public record EvidenceRequirement(
    EvidenceKind kind, boolean mandatory, boolean checkAgainstOriginal, @Nullable Role checkedBy) {

  public EvidenceRequirement {
    Preconditions.checkArgument(
        checkAgainstOriginal == (checkedBy != null),
        "a role checks the original exactly when the copy must be checked");
    Preconditions.checkArgument(
        checkedBy == null || Labels.canCheckOriginals(checkedBy),
        "%s cannot check originals",
        checkedBy);
  }

  /** A mandatory document whose copy the given role checks against the original. */
  public static EvidenceRequirement checkedBy(EvidenceKind kind, Role role) {
    return new EvidenceRequirement(kind, true, true, role);
  }

  /** A mandatory document that is itself the original (the application form). */
  public static EvidenceRequirement original(EvidenceKind kind) {
    return new EvidenceRequirement(kind, true, false, null);
  }

  /** The same requirement, recommended rather than mandatory. */
  public EvidenceRequirement recommended() {
    return new EvidenceRequirement(kind, false, checkAgainstOriginal, checkedBy);
  }

  /** The stricter of two requirements for the same kind: mandatory and checked if either is. */
  EvidenceRequirement merge(EvidenceRequirement other) {
    Preconditions.checkArgument(kind == other.kind, "different kinds");
    Role role =
        checkedBy == Role.OFFICE_STAFF || other.checkedBy == Role.OFFICE_STAFF
            ? Role.OFFICE_STAFF
            : checkedBy != null ? checkedBy : other.checkedBy;
    return new EvidenceRequirement(kind, mandatory || other.mandatory, role != null, role);
  }
}
