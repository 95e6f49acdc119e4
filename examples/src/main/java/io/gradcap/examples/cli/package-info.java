/** The {@code gradcap} command line for registry staff, on picocli. Tier: application. */
package io.gradcap.examples.cli;
