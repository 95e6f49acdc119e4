/**
 * The hostile-input suite: generated broken, huge, malicious and unusual inputs run through the
 * real {@code gradcap} command line in a subprocess at {@code -Xmx256m}, each answered with its
 * documented exit code, one clean message, no full ID number, no file outside {@code --out} and
 * nothing half-written. Tier: test.
 */
package io.gradcap.examples.hostile;
