/**
 * JMH benchmarks. Run them from the shaded jar: {@code java -cp examples/target/gradcap.jar
 * org.openjdk.jmh.Main [pattern]}. Tier: benchmarks.
 */
package io.gradcap.examples.bench;
