/**
 * Capture-slot planning (R9, R10, R14): capture groups, windows and stations in; a schedule in the
 * shape of the notice's Attachment 1, per-class slots with queues and instructions, and every
 * infeasibility and soft cost as a justification out; sizing and minimal-change re-planning. Its
 * messages share the {@code io.gradcap.core.capture.messages} bundle. Tier: API.
 */
@NullMarked
package io.gradcap.core.capture.plan;

import org.jspecify.annotations.NullMarked;
