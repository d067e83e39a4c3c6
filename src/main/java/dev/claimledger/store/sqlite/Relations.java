package dev.claimledger.store.sqlite;

import dev.claimledger.domain.ClaimRelation;
import dev.claimledger.domain.ClaimRelation.Basis;
import dev.claimledger.domain.ClaimRelation.Kind;
import dev.claimledger.domain.ClaimRelation.Origin;
import dev.claimledger.domain.LedgerEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes claim relations inside the caller's transaction; SQL beside the code that binds it. */
final class Relations {
  private Relations() {}

  private static final String INSERT = """
      INSERT OR IGNORE INTO claim_relation (id, kind, claim_seq, other_claim_seq, actor_seq, origin, basis, explanation,
                                            score, create_time)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_EVIDENCE = """
      INSERT INTO relation_evidence (relation_seq, position, stance_seq) VALUES (?, ?, ?)""";
  static final String INSERT_DECISION = """
      INSERT INTO relation_decision (relation_seq, decision, reason, principal, create_time) VALUES (?, ?, ?, ?, ?)""";
  static final String COLUMNS = """
      SELECT r.seq, r.id, r.kind, c.id AS claim_id, o.id AS other_claim_id, a.id AS actor_id, r.origin, r.basis,
             r.explanation, r.score, r.create_time
        FROM claim_relation r JOIN claim c ON c.seq = r.claim_seq LEFT JOIN claim o ON o.seq = r.other_claim_seq
        LEFT JOIN actor a ON a.seq = r.actor_seq""";
  private static final String EVIDENCE = """
      SELECT c.id, s.id FROM relation_evidence e JOIN stance s ON s.seq = e.stance_seq JOIN claim c ON c.seq = s.claim_seq
       WHERE e.relation_seq = ? ORDER BY e.position""";
  private static final String DECISIONS = """
      SELECT decision, reason, principal, create_time FROM relation_decision WHERE relation_seq = ? ORDER BY seq""";
  /** The stances in force of a claim (and, for conflicting reports, of one live actor), oldest first. */
  private static final String STANCES_OF = """
      SELECT s.seq FROM stance s JOIN actor a ON a.seq = s.actor_seq
       WHERE s.claim_seq = ? AND (? IS NULL OR a.canonical_seq = ?) AND\s""" + StanceRows.IN_FORCE + """

       ORDER BY s.seq LIMIT 20""";

  static final int DECISION_CONFIRM = 1;
  static final int DECISION_DISMISS = 2;

  /** Records a relation a person made (origin RECORDED); 0 when the same was recorded before. */
  static long recorded(Connection c, String id, Kind kind, long claim, long other, String reason) throws SQLException {
    if (kind.symmetric && other < claim) {
      long t = claim;
      claim = other;
      other = t;
    }
    if (Sql.update(c, INSERT, id, kind.number, claim, other, null, Origin.RECORDED.number, Basis.PERSON.number,
        reason, 1.0, Sql.now()) == 0) {
      return 0;
    }
    return Sql.one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
  }

  /**
   * Records a relation the service detected, with the stances it rests on and a CONFLICT_DETECTED
   * event for a contradiction or conflicting reports; null when it was detected before. Two
   * claims of a symmetric kind are stored in key order.
   */
  static Long detected(Connection c, Kind kind, Basis basis, long claim, Long other, Long actor, String explanation,
      double score) throws SQLException {
    if (kind.symmetric && other != null && other < claim) {
      long t = claim;
      claim = other;
      other = t;
    }
    // "conflicting-reports-russia", "contradiction-breach-40k-accounts": readable, numbered when taken.
    String id = Ids.allocate(c, Ids.Table.RELATION, null, actor != null
        ? "conflicting reports " + ActorRows.idOf(c, actor)
        : "contradiction " + Sql.one(c, "SELECT id FROM claim WHERE seq = ?", rs -> rs.getString(1), claim).orElseThrow(),
        "relation");
    if (Sql.update(c, INSERT, id, kind.number, claim, other, actor, Origin.DETECTED.number, basis.number,
        explanation, score, Sql.now()) == 0) {
      return null;
    }
    long seq = Sql.one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
    List<Long> evidence = new ArrayList<>(Sql.list(c, STANCES_OF, rs -> rs.getLong(1), claim, actor, actor));
    if (other != null) evidence.addAll(Sql.list(c, STANCES_OF, rs -> rs.getLong(1), other, actor, actor));
    for (int i = 0; i < evidence.size(); i++) Sql.update(c, INSERT_EVIDENCE, seq, i, evidence.get(i));
    Audit.record(c, "DetectRelation", "relations/" + id, kind.name() + " (" + basis.name() + "): " + explanation);
    List<Long> actors = actor != null ? List.of(actor) : Sql.list(c, Events.SIDES, rs -> rs.getLong(1), claim);
    Events.record(c, LedgerEvent.Type.CONFLICT_DETECTED, claim, actors, null, null, explanation, other, seq);
    return seq;
  }

  static ClaimRelation map(Connection c, ResultSet rs) throws SQLException {
    long seq = rs.getLong("seq");
    List<String> evidence = Sql.list(c, EVIDENCE, e -> "claims/" + e.getString(1) + "/stances/" + e.getString(2), seq);
    List<ClaimRelation.Decision> decisions = Sql.list(c, DECISIONS, d -> new ClaimRelation.Decision(
        d.getInt(1) == DECISION_CONFIRM, d.getString(2), d.getString(3), Sql.instant(d.getLong(4))), seq);
    return new ClaimRelation(rs.getString("id"), Kind.ofNumber(rs.getInt("kind")), rs.getString("claim_id"),
        rs.getString("other_claim_id"), rs.getString("actor_id"), Origin.ofNumber(rs.getInt("origin")),
        Basis.ofNumber(rs.getInt("basis")), rs.getString("explanation"), rs.getDouble("score"), evidence,
        ClaimRelation.statusOf(decisions), decisions, Sql.instant(rs.getLong("create_time")));
  }
}
