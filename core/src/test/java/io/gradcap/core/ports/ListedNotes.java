package io.gradcap.core.ports;

import io.gradcap.spi.Location;

/**
 * Listed in {@code META-INF/services/io.gradcap.core.ports.NoteProvider} of the tests: opens {@code
 * .note} and {@code .memo} locations, with a priority above any the tests register.
 */
public final class ListedNotes implements NoteProvider {

  @Override
  public String name() {
    return "listed";
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public boolean supports(Location location) {
    return location.uri().endsWith(".note") || location.uri().endsWith(".memo");
  }
}
