package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Codecs.TEXT;
import static io.gradcap.core.internal.codec.Shape.field;
import static io.gradcap.core.internal.snapshot.RecordCodecs.STUDENT;

import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.MakeUpSlot;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** Capture: who was photographed, absent or made up, the make-up slots, fees and subjects. */
public final class CaptureCodecs {

  private CaptureCodecs() {}

  /** The capture state; its maps each as one row of keys and values, its slots left to binding. */
  public static final Codec<CaptureState> STATE =
      Shape.of(
              CaptureState::new,
              field("collective", CaptureState::collective, Codecs.set(STUDENT)),
              field("absent", CaptureState::absent, Codecs.set(STUDENT)),
              field("madeUp", CaptureState::madeUp, Codecs.set(STUDENT)),
              field(
                  "slots",
                  CaptureState::slots,
                  Codecs.bound(new TypeReference<Map<String, MakeUpSlot>>() {})),
              field("bookings", CaptureState::bookings, Codecs.map(STUDENT, TEXT, HashMap::new)),
              field(
                  "photographs",
                  CaptureState::photographs,
                  Codecs.map(TEXT, Codecs.INT, HashMap::new)),
              field(
                  "collectedFen",
                  CaptureState::collectedFen,
                  Codecs.map(TEXT, Codecs.LONG, HashMap::new)),
              field(
                  "subjects",
                  CaptureState::subjects,
                  Codecs.map(STUDENT, AccessCodecs.SUBJECT, HashMap::new)))
          .array();
}
