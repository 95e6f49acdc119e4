package io.gradcap.core.certificate;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each college's latest certificate submission.
 *
 * @param submissions the latest submission of each college that handed one in, by college
 */
public record CertificateState(Map<String, CertificateSubmission> submissions) {

  /** No college has handed in its workbook. */
  public static final CertificateState EMPTY = new CertificateState(Map.of());

  public CertificateState {
    submissions = Collections.unmodifiableMap(new TreeMap<>(submissions));
  }

  /** The college's latest submission, if it handed one in. */
  public Optional<CertificateSubmission> submission(String college) {
    return Optional.ofNullable(submissions.get(college));
  }
}
