/**
 * Small runnable examples of embedding gradcap in a host system: a student information system that
 * supplies its own students, capture codes, timetable and database; providers registered explicitly
 * or discovered; a campus-specific verification rule. Adapter tier (examples).
 */
package io.gradcap.examples.embedding;
