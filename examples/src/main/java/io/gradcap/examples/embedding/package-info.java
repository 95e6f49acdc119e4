/**
 * Small runnable examples of embedding gradcap in a host system: a student information system that
 * supplies its own students, capture codes, timetable and database, and keeps the campaign journal
 * in that database ({@link io.gradcap.examples.embedding.HostSisExample}, its sheets coming back in
 * {@link io.gradcap.examples.embedding.HostSignOff}, its host's data in {@link
 * io.gradcap.examples.embedding.HostSisSample}); providers registered explicitly or discovered
 * ({@link io.gradcap.examples.embedding.ProvidersExample}); a campus-specific verification rule
 * ({@link io.gradcap.examples.embedding.CampusRuleExample}). Adapter tier (examples).
 */
package io.gradcap.examples.embedding;
