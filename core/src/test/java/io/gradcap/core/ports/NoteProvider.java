package io.gradcap.core.ports;

import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;

/** A typed service for the tests, like {@code TableReaderProvider}: opens a {@link Note}. */
public interface NoteProvider extends PortProvider<NoteProvider.Note> {

  /** The port: says which provider opened which location. */
  record Note(String openedBy, String uri) {}

  @Override
  default Class<Note> portType() {
    return Note.class;
  }

  @Override
  default Note open(Location location) {
    return new Note(name(), location.uri());
  }

  /** A provider for locations ending in a suffix, with a name and a priority. */
  static NoteProvider of(String name, int priority, String suffix) {
    return new NoteProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public boolean supports(Location location) {
        return location.uri().endsWith(suffix);
      }
    };
  }
}
