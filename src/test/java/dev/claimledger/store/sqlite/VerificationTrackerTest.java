package dev.claimledger.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.ActorKind;
import dev.claimledger.v1.StanceKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recomputation of verification states when the store fails under it. The failures are SQLite
 * triggers, added while no ledger has the file open (its writer holds the write lock).
 */
class VerificationTrackerTest {
  @TempDir Path dir;

  private static long count(LedgerFixture f, String sql) {
    return f.ledger.read(c -> Sql.one(c, sql, rs -> rs.getLong(1)).orElseThrow());
  }

  /** Runs {@code sql} on the ledger's file with no ledger open, after creating its schema. */
  private void withLedgerClosed(String sql) throws Exception {
    new LedgerFixture(dir).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ledger.db"));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void threeClaims(LedgerFixture f) {
    f.actor("a", "Actor A", ActorKind.ACTOR_KIND_STATE);
    f.source("src", "Source", "A says one. A says two. A says three.");
    for (String n : new String[] {"one", "two", "three"}) {
      f.claim(n, "Claim " + n + ".");
      f.stance(n, "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says " + n);
    }
  }

  @Test
  void aFailingStore_keepsEveryMark_andTheStatesAreWrittenOnceItRecovers() throws Exception {
    // Every state write fails, as on a full disk.
    withLedgerClosed("CREATE TRIGGER fail_state BEFORE INSERT ON claim_verification BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    try (LedgerFixture f = new LedgerFixture(dir)) {
      threeClaims(f);
      assertThrows(RuntimeException.class, f.ledger::recomputeVerifications);
      assertEquals(3, count(f, "SELECT count(*) FROM verification_dirty"), "no mark is lost to a failing store");
      assertEquals(0, count(f, "SELECT count(*) FROM claim_verification"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ledger.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER fail_state");
    }
    try (LedgerFixture f = new LedgerFixture(dir)) {
      f.ledger.recomputeVerifications();
      assertEquals(0, count(f, "SELECT count(*) FROM verification_dirty"));
      assertEquals(3, count(f, "SELECT count(*) FROM claim_verification"));
    }
  }

  @Test
  void oneClaimThatCannotBeWritten_isSetAside_andTheOthersAreWritten() throws Exception {
    // The first claim of a new ledger has key 1: its state cannot be written.
    withLedgerClosed("CREATE TRIGGER fail_one BEFORE INSERT ON claim_verification WHEN NEW.claim_seq = 1"
        + " BEGIN SELECT RAISE(ABORT, 'broken row'); END");
    try (LedgerFixture f = new LedgerFixture(dir)) {
      threeClaims(f);
      // Alone, the failing claim looks like a failing store for a few rounds before it is set aside.
      for (int round = 0; round < 5 && count(f, "SELECT count(*) FROM verification_dirty") > 0; round++) {
        try {
          f.ledger.recomputeVerifications();
        } catch (RuntimeException expected) {
          // retried
        }
      }
      assertEquals(0, count(f, "SELECT count(*) FROM verification_dirty"), "the failing claim is set aside, not retried forever");
      assertEquals(2, count(f, "SELECT count(*) FROM claim_verification"));
    }
  }
}
