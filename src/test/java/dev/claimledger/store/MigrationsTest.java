package dev.claimledger.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.store.sqlite.Migrations;
import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path dir;

  private static List<String> column(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  @Test
  void open_newDatabase_appliesEveryMigrationAndSetsUserVersion() throws Exception {
    Path db = dir.resolve("m.db");
    SqliteLedger.open(db, SqliteDatabase.Durability.NORMAL, 1).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertEquals(List.of(String.valueOf(Migrations.latestVersion())), column(c, "PRAGMA user_version"));
      assertEquals(List.of("wal"), column(c, "PRAGMA journal_mode"));
      List<String> tables = column(c, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'");
      assertTrue(tables.containsAll(List.of("actor", "claim", "stance", "source", "claim_actor_position")), tables.toString());
      for (String t : tables) {
        if (t.startsWith("ledger_fts") || t.startsWith("claim_fts")) continue; // FTS5's own shadow tables
        // Every ordinary table is STRICT (column types enforced).
        String ddl = column(c, "SELECT sql FROM sqlite_schema WHERE name = '" + t + "'").get(0);
        assertTrue(ddl.contains("STRICT"), t + " is not STRICT");
      }
    }
  }

  @Test
  void open_twice_keepsDataAndVersion() {
    Path db = dir.resolve("m.db");
    try (SqliteLedger l = SqliteLedger.open(db, SqliteDatabase.Durability.NORMAL, 1)) {
      l.claims().create("A claim.", "", "a");
    }
    try (SqliteLedger l = SqliteLedger.open(db, SqliteDatabase.Durability.FULL, 1)) {
      assertTrue(l.claims().get("a").isPresent());
    }
  }

  @Test
  void open_databaseFromTheFuture_refusesToStart() throws Exception {
    Path db = dir.resolve("future.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
    }
    assertThrows(IllegalStateException.class, () -> SqliteLedger.open(db, SqliteDatabase.Durability.NORMAL, 1));
  }

  @Test
  void scripts_everyFileIsListedInOrder() throws Exception {
    Path folder = Path.of(System.getProperty("claimledger.repo.dir", "."), "src/main/resources/db/migration");
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(Migrations.SCRIPTS, names);
    }
    for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
      assertTrue(Migrations.SCRIPTS.get(i).startsWith(String.format("V%03d__", i + 1)));
    }
  }

  @Test
  void foreignKeys_areEnforced() {
    try (SqliteLedger l = SqliteLedger.open(dir.resolve("fk.db"), SqliteDatabase.Durability.NORMAL, 1)) {
      assertEquals(1, (int) l.read(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
          rs.next();
          return rs.getInt(1);
        }
      }));
    }
  }
}
