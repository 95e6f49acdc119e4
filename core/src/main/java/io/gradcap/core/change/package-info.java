/**
 * Change requests for critical fields (R3, R17): the evidence each field needs, the policy rules a
 * request must pass, and the request's lifecycle from draft to the record change, as pure {@code
 * decide}/{@code evolve} functions. Tier: API.
 *
 * <p>Who checks a copy against its original is part of the catalogue: by default the college's
 * responsible person checks the household register and the ID card when collecting the forms, and
 * the office checks the certificates issued by other authorities when it receives them.
 */
@NullMarked
package io.gradcap.core.change;

import org.jspecify.annotations.NullMarked;
