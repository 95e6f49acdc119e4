package io.gradcap.core.recordcard;

import io.gradcap.core.access.Actor;
import java.time.Instant;

/**
 * A record card in hand: who received it, when, and whether it has gone to the office since.
 *
 * @param entry the student it belongs to
 * @param receivedBy who received it
 * @param at when
 * @param handedOver whether it has been handed over to the office's 教务与学籍科
 */
public record CardReceipt(RosterEntry entry, Actor receivedBy, Instant at, boolean handedOver) {}
