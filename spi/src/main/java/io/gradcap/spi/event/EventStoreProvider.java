package io.gradcap.spi.event;

import io.gradcap.spi.PortProvider;

/**
 * Opens an {@link EventStore} for a location, such as a JDBC URL or a {@code memory:} store, or a
 * location carrying the host's {@code javax.sql.DataSource} as an attachment.
 */
public interface EventStoreProvider extends PortProvider<EventStore> {

  @Override
  default Class<EventStore> portType() {
    return EventStore.class;
  }
}
