package io.gradcap.core.capture.plan;

/**
 * Where classes {@code [from, to)} of a group fit in a lane: the earliest start found and the end
 * of the run (exclusive class index).
 *
 * @param start the chunk's start, seconds of the day
 * @param to the class after the last one that fits
 */
record Fit(long start, int to) {}
