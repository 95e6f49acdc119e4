/**
 * Test kit shipped in gradcap-spi's test-jar: the shared architecture rules, the module-descriptor
 * check, and the contract tests every port implementation extends.
 */
package io.gradcap.spi.testkit;
