/**
 * The student record and its fields: student number, ID number, name, gender, ethnicity and the
 * rest of what CHSI exchanges, each field critical or directly correctable. Value types here parse
 * and normalise; judging validity is {@code io.gradcap.core.verification}'s job. Tier: API.
 */
@NullMarked
package io.gradcap.core.record;

import org.jspecify.annotations.NullMarked;
