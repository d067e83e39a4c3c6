package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Principal;
import java.sql.Connection;
import java.sql.SQLException;

/** Writes the audit record of a change inside the change's own transaction. */
final class Audit {
  private Audit() {}

  private static final String INSERT = """
      INSERT INTO audit_event (time, action, resource, detail, principal) VALUES (?, ?, ?, ?, ?)""";

  /** Records {@code action} on {@code resource} by the current {@link Principal}. */
  static void record(Connection c, String action, String resource, String detail) throws SQLException {
    Sql.update(c, INSERT, Sql.now(), action, resource, detail, Principal.current());
  }
}
