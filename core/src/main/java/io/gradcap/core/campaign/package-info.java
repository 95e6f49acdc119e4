/**
 * The campaign definition: graduating year, cohorts, institution structure, milestones, capture
 * terms and windows, the term calendar, and the notice's own claims; read from and written to JSON
 * and YAML, validated on load, and checked against itself. Tier: API.
 */
@NullMarked
package io.gradcap.core.campaign;

import org.jspecify.annotations.NullMarked;
