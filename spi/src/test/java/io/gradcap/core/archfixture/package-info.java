/**
 * Classes that break the architecture rules on purpose, so the rules can be shown to catch them.
 * Excluded from the test-jar.
 */
package io.gradcap.core.archfixture;
