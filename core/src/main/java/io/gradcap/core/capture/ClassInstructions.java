package io.gradcap.core.capture;

import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.finding.Message;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a class is told (R11, R13, R14, R15): where to go, when to queue in student-number order, to
 * bring each student's capture code and the fee, and the dress code.
 *
 * @param classGroup the class
 * @param room where to go
 * @param date the day
 * @param arrival when to queue
 * @param start when capture starts
 * @param headcount students in the queue
 * @param feeFenPerPhoto the fee each student brings, in fen
 * @param message the instructions as text, in Chinese or English
 */
public record ClassInstructions(
    String classGroup,
    String room,
    LocalDate date,
    LocalTime arrival,
    LocalTime start,
    int headcount,
    long feeFenPerPhoto,
    Message message) {

  /** The instructions for a planned slot. */
  public static ClassInstructions of(ClassSlot slot, CaptureSettings settings) {
    Message text =
        Message.of(
            Captures.BUNDLE,
            "instructions",
            slot.classGroup(),
            slot.date().toString(),
            slot.arrival().toString(),
            slot.room(),
            slot.startInclusive().toString(),
            CaptureSettings.yuan(settings.feeFenPerPhoto()),
            settings.dressCodeZh(),
            settings.dressCodeEn(),
            slot.headcount());
    return new ClassInstructions(
        slot.classGroup(),
        slot.room(),
        slot.date(),
        slot.arrival(),
        slot.startInclusive(),
        slot.headcount(),
        settings.feeFenPerPhoto(),
        text);
  }
}
