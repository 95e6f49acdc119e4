/**
 * Certificates (R7): the office's certificate template, a catalogue of common certificates with
 * their valid levels, and the check of a college's filled template, cell by cell. Tier: API.
 */
@NullMarked
package io.gradcap.core.certificate;

import org.jspecify.annotations.NullMarked;
