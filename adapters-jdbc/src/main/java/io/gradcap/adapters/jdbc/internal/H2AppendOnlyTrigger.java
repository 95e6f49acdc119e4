package io.gradcap.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's trigger that refuses to change or remove a row of an append-only table. */
public final class H2AppendOnlyTrigger implements Trigger {

  private String table = "";

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "gradcap: " + table + " is append-only; rows are never updated or deleted", "45000");
  }
}
