/**
 * Pictures of campaign data: an SVG Gantt chart of the capture schedule, and the progress view as a
 * self-contained HTML page. Tier: application.
 */
package io.gradcap.examples.picture;
