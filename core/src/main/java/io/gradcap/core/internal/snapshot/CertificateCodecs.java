package io.gradcap.core.internal.snapshot;

import io.gradcap.core.certificate.CertificateState;
import io.gradcap.core.certificate.CertificateSubmission;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** Certificates: each college's submission, as the list of submissions, left to data binding. */
public final class CertificateCodecs {

  private CertificateCodecs() {}

  public static final Codec<CertificateState> STATE =
      Codecs.converted(
          Codecs.bound(new TypeReference<List<CertificateSubmission>>() {}),
          CertificateCodecs::byCollege,
          state -> List.copyOf(state.submissions().values()));

  private static CertificateState byCollege(List<CertificateSubmission> submissions) {
    Map<String, CertificateSubmission> byCollege = new HashMap<>();
    for (CertificateSubmission c : submissions) {
      byCollege.put(c.college(), c);
    }
    return new CertificateState(byCollege);
  }
}
