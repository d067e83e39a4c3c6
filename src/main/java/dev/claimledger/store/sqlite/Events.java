package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerEvent;
import dev.claimledger.domain.Verification;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/** Writes ledger events (the WatchEvents log) inside the transaction of the change they report. */
final class Events {
  private Events() {}

  private static final String INSERT = """
      INSERT INTO ledger_event (time, type, claim_seq, previous_state, state, detail, other_claim_seq, relation_seq)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_ACTOR = "INSERT OR IGNORE INTO ledger_event_actor (event_seq, actor_seq) VALUES (?, ?)";
  /** The actors with a position on a claim that supports or denies it: the sides of a contest. */
  static final String SIDES = """
      SELECT actor_seq FROM claim_actor_position WHERE claim_seq = ? AND (supports = 1 OR denies = 1) ORDER BY first_stance_seq""";
  /** Every actor with a position on a claim. */
  static final String ACTORS_ON = "SELECT actor_seq FROM claim_actor_position WHERE claim_seq = ? ORDER BY first_stance_seq";

  static long record(Connection c, LedgerEvent.Type type, long claimSeq, Collection<Long> actorSeqs,
      Verification.State previous, Verification.State state, String detail) throws SQLException {
    return record(c, type, claimSeq, actorSeqs, previous, state, detail, null, null);
  }

  static long record(Connection c, LedgerEvent.Type type, long claimSeq, Collection<Long> actorSeqs,
      Verification.State previous, Verification.State state, String detail, Long otherClaimSeq, Long relationSeq)
      throws SQLException {
    long seq = Sql.insert(c, INSERT, Sql.now(), type.number, claimSeq, previous == null ? null : previous.number,
        state == null ? null : state.number, detail, otherClaimSeq, relationSeq);
    for (long actor : actorSeqs) Sql.update(c, INSERT_ACTOR, seq, actor);
    return seq;
  }
}
