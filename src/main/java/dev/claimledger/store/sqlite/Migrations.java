package dev.claimledger.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations from {@code db/migration/V{NNN}__*.sql}, tracked in
 * {@code PRAGMA user_version}. Each applies in one transaction with its version bump, so a crash
 * leaves the schema at a whole version.
 */
public final class Migrations {
  private Migrations() {}

  /** The scripts, in order; the version of the i-th is i + 1. Never edit a landed one. */
  public static final List<String> SCRIPTS = List.of("V001__create_ledger.sql", "V002__ingestion.sql",
      "V003__directory_version.sql", "V004__provenance_reviews.sql",
      "V005__events_watch_audit.sql", "V006__claim_relations.sql");

  public static int latestVersion() {
    return SCRIPTS.size();
  }

  /** Applies the scripts newer than the database's version on {@code c} (autocommit off). */
  static void apply(Connection c) throws SQLException {
    int current = version(c);
    if (current > SCRIPTS.size()) {
      throw new IllegalStateException("database schema version " + current
          + " is newer than this server knows (" + SCRIPTS.size() + ")");
    }
    for (int v = current + 1; v <= SCRIPTS.size(); v++) {
      String sql = load(SCRIPTS.get(v - 1));
      try (Statement s = c.createStatement()) {
        // executeUpdate runs every statement of the script; execute would run only the first.
        s.executeUpdate(sql);
        s.executeUpdate("PRAGMA user_version = " + v);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      rs.next();
      int v = rs.getInt(1);
      c.commit();
      return v;
    }
  }

  private static String load(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
      if (in == null) throw new IllegalStateException("missing migration " + script);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + script, e);
    }
  }
}
