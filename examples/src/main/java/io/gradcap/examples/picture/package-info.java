/** Pictures of a campaign for people: the progress view as a self-contained HTML page. Adapter tier (examples). */
package io.gradcap.examples.picture;
