/**
 * The Excel and CSV adapter: implements the SPI's tabular ports on Apache POI. It moves data and
 * decides how a sheet looks; it knows no domain rules. Tier: adapter.
 */
package io.gradcap.adapters.excel;
