package dev.claimledger.store.sqlite;

import dev.claimledger.domain.ClaimRelation;
import dev.claimledger.domain.ClaimSummary;
import dev.claimledger.domain.LedgerEvent;
import dev.claimledger.domain.Position;
import dev.claimledger.domain.StanceKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the contradiction indexes true inside every write that changes stances: an actor's
 * position on a claim (claim_actor_position), the claim's summary counters, contested_claim and
 * conflicting_report. Each refresh reads only the stances of one actor on one claim, so a write
 * costs the same however large the ledger grows, and contradiction queries never aggregate.
 */
final class PositionMaintainer {

  private static final String CANONICAL = "SELECT canonical_seq FROM actor WHERE seq = ?";
  private static final String FACTS = """
      SELECT s.seq, s.kind, s.source_seq, s.report_time
        FROM stance s
       WHERE s.claim_seq = ? AND s.actor_seq = ?
         AND NOT EXISTS (SELECT 1 FROM stance n WHERE n.supersedes_seq = s.seq)""";
  private static final String CURRENT = """
      SELECT stance_count, supports, denies, conflicting
        FROM claim_actor_position WHERE claim_seq = ? AND actor_seq = ?""";
  private static final String UPSERT = """
      INSERT INTO claim_actor_position (claim_seq, actor_seq, first_stance_seq, stance_count, supports, denies,
                                        first_support_time, first_deny_time, conflicting)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (claim_seq, actor_seq) DO UPDATE SET
        first_stance_seq = excluded.first_stance_seq, stance_count = excluded.stance_count,
        supports = excluded.supports, denies = excluded.denies,
        first_support_time = excluded.first_support_time, first_deny_time = excluded.first_deny_time,
        conflicting = excluded.conflicting""";
  private static final String DELETE = "DELETE FROM claim_actor_position WHERE claim_seq = ? AND actor_seq = ?";
  private static final String ADD_COUNTS = """
      UPDATE claim SET stance_count = stance_count + ?, supporting_actor_count = supporting_actor_count + ?,
             denying_actor_count = denying_actor_count + ?, both_sides_actor_count = both_sides_actor_count + ?,
             conflicting_actor_count = conflicting_actor_count + ?
       WHERE seq = ?""";
  private static final String COUNTS = """
      SELECT supporting_actor_count, denying_actor_count, both_sides_actor_count FROM claim WHERE seq = ?""";
  private static final String EARLIEST_SUPPORT = """
      SELECT min(first_support_time) FROM claim_actor_position
       WHERE claim_seq = ? AND first_support_time IS NOT NULL""";
  private static final String EARLIEST_DENIAL = """
      SELECT min(first_deny_time) FROM claim_actor_position
       WHERE claim_seq = ? AND first_deny_time IS NOT NULL""";
  private static final String SET_CONTESTED = "UPDATE claim SET contested_time = ? WHERE seq = ?";
  private static final String UPSERT_CONTESTED = """
      INSERT INTO contested_claim (claim_seq, contested_time) VALUES (?, ?)
      ON CONFLICT (claim_seq) DO UPDATE SET contested_time = excluded.contested_time""";
  private static final String DELETE_CONTESTED = "DELETE FROM contested_claim WHERE claim_seq = ?";
  private static final String INSERT_CONFLICT = """
      INSERT OR IGNORE INTO conflicting_report (claim_seq, actor_seq) VALUES (?, ?)""";
  private static final String DELETE_CONFLICT = "DELETE FROM conflicting_report WHERE claim_seq = ? AND actor_seq = ?";
  private static final String CLAIMS_OF = "SELECT claim_seq FROM claim_actor_position WHERE actor_seq = ?";
  private static final String CONTESTED_TIME = "SELECT contested_time FROM claim WHERE seq = ?";
  private static final String MARK_DIRTY = """
      INSERT INTO verification_dirty (claim_seq, version) VALUES (?, 1)
      ON CONFLICT (claim_seq) DO UPDATE SET version = version + 1""";

  /** Marks a claim's verification state for recomputation ({@link VerificationTracker}) by this transaction. */
  static void markDirty(Connection c, long claimSeq) throws SQLException {
    Sql.update(c, MARK_DIRTY, claimSeq);
  }

  /** The claims on which the live actor {@code actorSeq} has a position. */
  List<Long> claimsOf(Connection c, long actorSeq) throws SQLException {
    return Sql.list(c, CLAIMS_OF, rs -> rs.getLong(1), actorSeq);
  }

  /**
   * Recomputes the position of actor {@code actorSeq} on {@code claimSeq} and everything derived
   * from it. A merged actor has no position of its own: its stances count for the survivor.
   */
  void refresh(Connection c, long claimSeq, long actorSeq) throws SQLException {
    refresh(c, claimSeq, actorSeq, true);
  }

  /**
   * Refreshes the positions one change touches (a merge: each pair is {claim, actor}) and reports a
   * contest that began once, from the state after all of them: the states in between are no one's.
   */
  void refreshTogether(Connection c, List<long[]> claimActorPairs) throws SQLException {
    java.util.Map<Long, Boolean> wasContested = new java.util.LinkedHashMap<>();
    for (long[] p : claimActorPairs) {
      if (!wasContested.containsKey(p[0])) wasContested.put(p[0], contested(c, p[0]));
    }
    for (long[] p : claimActorPairs) refresh(c, p[0], p[1], false);
    for (var e : wasContested.entrySet()) {
      if (!e.getValue() && contested(c, e.getKey())) reportContest(c, e.getKey());
    }
  }

  private void refresh(Connection c, long claimSeq, long actorSeq, boolean reportContest) throws SQLException {
    long canonical = Sql.one(c, CANONICAL, rs -> rs.getLong(1), actorSeq).orElseThrow();
    Position next = null;
    if (canonical == actorSeq) {
      List<Position.Fact> facts = new java.util.ArrayList<>();
      for (long counted : ActorRows.countingFor(c, actorSeq)) {
        facts.addAll(Sql.list(c, FACTS, rs -> new Position.Fact(rs.getLong(1), StanceKind.ofNumber(rs.getInt(2)),
            rs.getLong(3), rs.getLong(4)), claimSeq, counted));
      }
      next = Position.of(facts);
    }
    Optional<int[]> before = Sql.one(c, CURRENT,
        rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)}, claimSeq, actorSeq);
    int[] old = before.orElse(new int[4]);
    int[] now = next == null ? new int[4]
        : new int[] {next.stanceCount(), next.supports() ? 1 : 0, next.denies() ? 1 : 0, next.conflicting() ? 1 : 0};
    if (next == null) {
      Sql.update(c, DELETE, claimSeq, actorSeq);
    } else {
      Sql.update(c, UPSERT, claimSeq, actorSeq, next.firstStanceSeq(), next.stanceCount(), next.supports(),
          next.denies(), next.firstSupportTime(), next.firstDenyTime(), next.conflicting());
    }
    int bothOld = old[1] & old[2];
    int bothNow = now[1] & now[2];
    Sql.update(c, ADD_COUNTS, now[0] - old[0], now[1] - old[1], now[2] - old[2], bothNow - bothOld,
        now[3] - old[3], claimSeq);
    if (now[3] == 1) Sql.update(c, INSERT_CONFLICT, claimSeq, actorSeq);
    else Sql.update(c, DELETE_CONFLICT, claimSeq, actorSeq);
    if (now[3] == 1 && old[3] == 0) detectConflictingReports(c, claimSeq, actorSeq);
    refreshContest(c, claimSeq, reportContest);
    markDirty(c, claimSeq);
  }

  private static final String REPORTS = """
      SELECT s.kind, src.id FROM stance s JOIN actor a ON a.seq = s.actor_seq JOIN source src ON src.seq = s.source_seq
       WHERE s.claim_seq = ? AND a.canonical_seq = ? AND NOT EXISTS (SELECT 1 FROM stance n WHERE n.supersedes_seq = s.seq)
       ORDER BY s.seq""";

  /** Records (once) the relation of an actor whose stance on a claim sources report differently. */
  private static void detectConflictingReports(Connection c, long claimSeq, long actorSeq) throws SQLException {
    java.util.Map<String, java.util.Set<String>> kindsBySource = new java.util.LinkedHashMap<>();
    for (String[] r : Sql.list(c, REPORTS, rs -> new String[] {StanceKind.ofNumber(rs.getInt(1)).name(), rs.getString(2)},
        claimSeq, actorSeq)) {
      kindsBySource.computeIfAbsent("sources/" + r[1], k -> new java.util.LinkedHashSet<>()).add(r[0]);
    }
    StringBuilder how = new StringBuilder();
    kindsBySource.forEach((source, kinds) -> how.append(how.length() == 0 ? "" : "; ").append(String.join(", ", kinds))
        .append(" in ").append(source));
    String name = ActorRows.bySeq(c, actorSeq).displayName();
    Relations.detected(c, ClaimRelation.Kind.CONFLICTING_REPORTS, ClaimRelation.Basis.REPORTS, claimSeq, null, actorSeq,
        "sources report " + name + "'s stance differently: " + how, 1.0);
  }

  /** Keeps the claim's contest ({@link ClaimSummary#contested}) and its time up to date. */
  private static void refreshContest(Connection c, long claimSeq, boolean report) throws SQLException {
    int[] n = Sql.one(c, COUNTS, rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, claimSeq).orElseThrow();
    boolean contested = ClaimSummary.contested(n[0], n[1], n[2]);
    if (!contested) {
      Sql.update(c, SET_CONTESTED, null, claimSeq);
      Sql.update(c, DELETE_CONTESTED, claimSeq);
      return;
    }
    long support = Sql.one(c, EARLIEST_SUPPORT, rs -> rs.getLong(1), claimSeq).orElseThrow();
    long denial = Sql.one(c, EARLIEST_DENIAL, rs -> rs.getLong(1), claimSeq).orElseThrow();
    long since = Math.max(support, denial);
    boolean wasContested = contested(c, claimSeq);
    Sql.update(c, SET_CONTESTED, since, claimSeq);
    Sql.update(c, UPSERT_CONTESTED, claimSeq, since);
    if (!wasContested && report) reportContest(c, claimSeq);
  }

  private static boolean contested(Connection c, long claimSeq) throws SQLException {
    return Sql.one(c, CONTESTED_TIME, rs -> rs.getObject(1) != null, claimSeq).orElse(false);
  }

  /** The CLAIM_CONTESTED event of a claim that has just become contested, with both sides. */
  private static void reportContest(Connection c, long claimSeq) throws SQLException {
    int[] n = Sql.one(c, COUNTS, rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, claimSeq).orElseThrow();
    Events.record(c, LedgerEvent.Type.CLAIM_CONTESTED, claimSeq, Sql.list(c, Events.SIDES, rs -> rs.getLong(1), claimSeq),
        null, null, "supported by " + n[0] + (n[0] == 1 ? " actor" : " actors") + ", denied by " + n[1]
            + (n[1] == 1 ? " actor" : " actors"));
  }
}
