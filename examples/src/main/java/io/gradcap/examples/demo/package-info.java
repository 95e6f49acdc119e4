/**
 * The seed campaign run end to end on an embedded H2 database, for {@code gradcap demo}: small
 * examples of one idea each, run in order on one campaign by {@link
 * io.gradcap.examples.demo.SeedCampaignDemo}. Adapter tier (examples).
 *
 * <ul>
 *   <li>{@link io.gradcap.examples.demo.RosterImportExample}: a roster workbook imported; an ID
 *       number Excel kept as a number is refused at its cell.
 *   <li>{@link io.gradcap.examples.demo.VerificationExample}: the records verified (R6), each
 *       mistake with its rule and cell; a duplicate student number corrected (R4).
 *   <li>{@link io.gradcap.examples.demo.SignOffExample}: sign-off sheets printed, then each row
 *       signed, corrected on the sheet or routed to a change request (R2–R5).
 *   <li>{@link io.gradcap.examples.demo.ChangeRequestExample}: change requests with evidence in the
 *       evidence vault, checked, approved, applied or rejected (R3).
 *   <li>{@link io.gradcap.examples.demo.CapturePlanExample}: the capture plan beside the published
 *       Attachment 1 (R9, R10), from {@link io.gradcap.examples.demo.CaptureGroups}.
 *   <li>{@link io.gradcap.examples.demo.CaptureDayExample}: the capture-code gate, the sessions,
 *       make-ups and fees (R11–R14).
 *   <li>{@link io.gradcap.examples.demo.RecordCardExample}: record cards received and handed over
 *       (R8).
 *   <li>{@link io.gradcap.examples.demo.ImageConfirmationExample}: images confirmed, one disputed
 *       and retaken (R16–R18).
 *   <li>{@link io.gradcap.examples.demo.ProgressExample}: the progress view and {@code
 *       progress.html}.
 * </ul>
 *
 * <p>Every decision goes through one adapter, {@link io.gradcap.examples.demo.DemoJournal}, which
 * decides on the campaign journal's state with the deciders of {@link
 * io.gradcap.examples.demo.DemoRules} and records through the journal. Every printed sentence comes
 * from the bundle {@code io/gradcap/examples/demo/messages.properties} (English in {@code
 * messages_en.properties}) through {@link io.gradcap.examples.demo.DemoOutput}.
 */
package io.gradcap.examples.demo;
