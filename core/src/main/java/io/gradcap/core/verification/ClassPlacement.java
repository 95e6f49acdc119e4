package io.gradcap.core.verification;

import io.gradcap.core.cohort.CohortId;

/**
 * Where a class (班级) belongs in the institution: its college and its cohort. Supplied to
 * verification as a plain map until the institution model is wired in.
 *
 * @param college the college's name, as records carry it
 * @param cohort the cohort the class's students belong to
 */
public record ClassPlacement(String college, CohortId cohort) {}
