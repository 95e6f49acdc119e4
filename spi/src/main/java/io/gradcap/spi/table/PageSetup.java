package io.gradcap.spi.table;

import java.util.Objects;

/**
 * How a sheet prints: always on A4, portrait or landscape, optionally scaled to fit the page width
 * (as many pages tall as it needs).
 *
 * @param orientation portrait or landscape
 * @param fitToWidth whether all columns are scaled onto one page width
 */
public record PageSetup(Orientation orientation, boolean fitToWidth) {

  /** Portrait, fit to width: what most registry lists need. */
  public static final PageSetup A4_PORTRAIT = new PageSetup(Orientation.PORTRAIT, true);

  /** Landscape, fit to width: for wide tables such as a schedule. */
  public static final PageSetup A4_LANDSCAPE = new PageSetup(Orientation.LANDSCAPE, true);

  public PageSetup {
    Objects.requireNonNull(orientation, "orientation");
  }

  /** The paper's orientation. */
  public enum Orientation {
    PORTRAIT,
    LANDSCAPE
  }
}
