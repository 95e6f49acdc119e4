package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Shape.field;

import io.gradcap.core.image.DisputeEvidenceKind;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.image.ImageStatus;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import io.gradcap.spi.evidence.Sha256;

/** Images: each student's image, its confirmation and disputes. */
public final class ImageCodecs {

  private ImageCodecs() {}

  private static final Codec<Sha256> SHA256 = Codecs.text(Sha256::new, Sha256::hex);

  /** A piece of dispute evidence: two values in the row of the image's evidence. */
  public static final Codec<EvidenceRef> EVIDENCE_REF =
      Shape.of(
              EvidenceRef::new,
              field("kind", EvidenceRef::kind, Codecs.enumOf(DisputeEvidenceKind.class)),
              field("sha256", EvidenceRef::sha256, SHA256))
          .inline();

  public static final Codec<ImageState> STATE =
      Shape.of(
              ImageState::new,
              field("subject", ImageState::subject, AccessCodecs.SUBJECT),
              field("status", ImageState::status, Codecs.enumOf(ImageStatus.class)),
              field("centre", ImageState::centre, Codecs.NULLABLE_SHARED_TEXT),
              field("image", ImageState::image, Codecs.nullable(SHA256)),
              field("confirmedAt", ImageState::confirmedAt, Codecs.NULLABLE_INSTANT),
              field("evidence", ImageState::evidence, Codecs.list(EVIDENCE_REF)),
              field("disputes", ImageState::disputes, Codecs.INT))
          .array();
}
