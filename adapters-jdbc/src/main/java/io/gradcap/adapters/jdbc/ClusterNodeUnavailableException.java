package io.gradcap.adapters.jdbc;

import io.gradcap.spi.PortException;

/**
 * The store's node of a MariaDB Galera cluster is outside the cluster's primary component (cut off
 * from the majority, or still catching up after a restart) and refuses reads and writes, so that it
 * can never diverge from the rest of the cluster. Nothing was stored. It is retryable: later on the
 * same node, once it has rejoined, or at once on another node.
 */
public final class ClusterNodeUnavailableException extends PortException {

  private static final long serialVersionUID = 1L;

  public ClusterNodeUnavailableException(String location, String what, Throwable cause) {
    super(
        location,
        what
            + ": this node is outside the cluster's primary component and refuses it until it"
            + " rejoins; nothing was stored; retry later or on another node",
        cause);
  }

  /**
   * Always true: the node serves again once it has rejoined, and the other nodes serve meanwhile.
   */
  public boolean isRetryable() {
    return true;
  }
}
