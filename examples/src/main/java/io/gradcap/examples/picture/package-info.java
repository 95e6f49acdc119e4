/** Pictures of campaign data (an SVG Gantt chart of the capture schedule). Tier: examples. */
package io.gradcap.examples.picture;
