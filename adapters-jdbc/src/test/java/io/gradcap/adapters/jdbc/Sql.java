package io.gradcap.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC for tests that look at or tamper with the tables behind the adapter's back. */
final class Sql {

  private Sql() {}

  static Connection connect(String url) throws SQLException {
    return url.startsWith("jdbc:postgresql:")
        ? DriverManager.getConnection(url, "postgres", "postgres")
        : DriverManager.getConnection(url);
  }

  static int update(String url, String sql, Object... args) {
    try (Connection c = connect(url);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String url, String sql, Object... args) {
    try (Connection c = connect(url);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
