/**
 * The student record and its fields: student number, ID number, name, gender, ethnicity and the
 * rest of what CHSI exchanges, each field critical or directly correctable. Tier: API.
 */
@NullMarked
package io.gradcap.core.record;

import org.jspecify.annotations.NullMarked;
