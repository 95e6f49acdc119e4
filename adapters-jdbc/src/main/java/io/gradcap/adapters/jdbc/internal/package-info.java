/**
 * The JDBC adapter's machinery: the one place that knows how the supported databases differ, the
 * connections it opens itself, the schema migrations. Tier: internal, not API.
 */
package io.gradcap.adapters.jdbc.internal;
