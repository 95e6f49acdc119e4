/**
 * The seed campaign run end to end on an embedded H2 database, for {@code gradcap demo}. Adapter
 * tier (examples).
 */
package io.gradcap.examples.demo;
