package io.gradcap.examples.hostile;

/**
 * The families of hostile input, one IT class each, so a failure says at once what kind of input
 * broke.
 */
enum Family {
  ARCHIVES,
  XML,
  CSV,
  DATA_SHAPES,
  SCHEDULE_NUMBERS,
  PATHS_AND_NAMES,
  DATABASES_AND_URLS,
  PERSONAL_DATA,
  CAMPAIGN_FILES,
  USAGE
}
