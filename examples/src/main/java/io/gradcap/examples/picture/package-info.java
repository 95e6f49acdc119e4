/** Pictures of campaign data (an SVG Gantt chart of the capture schedule). Tier: application. */
package io.gradcap.examples.picture;
