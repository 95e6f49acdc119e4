/**
 * One shape for every decision of the campaign. Each feature (sign-off, change requests, capture,
 * record cards, image confirmation) has a sealed command type below {@link
 * io.gradcap.core.decision.CampaignCommand} and a sealed event type below {@link
 * io.gradcap.core.decision.CampaignEvent}; its decider turns a command and the feature's state into
 * a {@link io.gradcap.core.decision.Decision}: the accepted events and the {@link
 * io.gradcap.core.decision.StreamId stream} they go to, or a refusal whose reason is a bilingual
 * finding. No decider throws for a refusal.
 *
 * <p>A refusal is a stored fact in one case only: a capture refused at the camera (no capture code,
 * a second collective photograph, a make-up not booked) records a {@code CaptureEvent.Refused}, so
 * the office sees who was turned away and why. Every other refusal records nothing. Tier: API.
 */
@NullMarked
package io.gradcap.core.decision;

import org.jspecify.annotations.NullMarked;
