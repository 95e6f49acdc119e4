/**
 * Rule outcomes as data: findings with their rule, severity, subject, location and a message in
 * Chinese or English. Tier: API.
 */
@NullMarked
package io.gradcap.core.finding;

import org.jspecify.annotations.NullMarked;
