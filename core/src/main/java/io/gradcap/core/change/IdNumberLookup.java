package io.gradcap.core.change;

import io.gradcap.core.record.StudentNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds an ID number in the host's records, for identity de-duplication before approval. The
 * host supplies it; it must answer from data it already holds (no I/O inside a decision).
 */
@FunctionalInterface
public interface IdNumberLookup {

  /** The student whose record holds this ID number (as typed; compare it normalised), if any. */
  Optional<StudentNumber> holderOf(String idNumber);

  /** A lookup that knows no ID numbers. */
  static IdNumberLookup none() {
    return id -> Optional.empty();
  }

  /**
   * A lookup over known ID numbers and their holders; keys are normalised (upper-case X, ASCII
   * digits, no spaces).
   */
  static IdNumberLookup of(Map<String, StudentNumber> holders) {
    Map<String, StudentNumber> normalised = new HashMap<>();
    holders.forEach((id, student) -> normalised.put(Labels.normalisedIdNumber(id), student));
    return id -> Optional.ofNullable(normalised.get(Labels.normalisedIdNumber(id)));
  }
}
