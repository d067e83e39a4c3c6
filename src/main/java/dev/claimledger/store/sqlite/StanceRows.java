package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.store.Queries.AttributedStance;
import dev.claimledger.store.Queries.SourceBrief;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads stances, alone or with their claim text, source and actor name. */
final class StanceRows {
  private StanceRows() {}

  /** Every column a stance and its attribution need; aliases: s stance, c claim, a actor, src source. */
  static final String SELECT = """
      SELECT s.seq, s.id, c.id AS claim_id, c.text AS claim_text, a.id AS actor_id, a.display_name,
             ca.id AS resolved_actor_id, s.kind, src.id AS source_id, src.seq AS source_seq, src.title,
             pub.id AS publisher_id, src.publish_time, src.uri, s.excerpt, s.excerpt_start, s.excerpt_end,
             s.statement_time, s.origin, sup.id AS supersedes_id, supc.id AS supersedes_claim_id,
             s.supersede_reason, nxt.id AS superseded_by_id, nxtc.id AS superseded_by_claim_id, s.create_time,
             s.extractor_version, s.confidence, nxt.create_time AS superseded_time
        FROM stance s
        JOIN claim c ON c.seq = s.claim_seq
        JOIN actor a ON a.seq = s.actor_seq
        JOIN actor ca ON ca.seq = a.canonical_seq
        JOIN source src ON src.seq = s.source_seq
        LEFT JOIN actor pub ON pub.seq = src.publisher_seq
        LEFT JOIN stance sup ON sup.seq = s.supersedes_seq
        LEFT JOIN claim supc ON supc.seq = sup.claim_seq
        LEFT JOIN stance nxt ON nxt.supersedes_seq = s.seq
        LEFT JOIN claim nxtc ON nxtc.seq = nxt.claim_seq""";

  /**
   * The condition that the stance (claim alias c) is named under claim {@code ?}: its claim, or a
   * claim merged into it, whose stances moved along with their names. Binds the claim id twice.
   */
  static final String UNDER_CLAIM =
      "(c.id = ? OR EXISTS (SELECT 1 FROM claim m WHERE m.id = ? AND m.merged_into_seq = c.seq))";

  /** The condition that keeps only stances in force (not superseded). */
  static final String IN_FORCE = "NOT EXISTS (SELECT 1 FROM stance n WHERE n.supersedes_seq = s.seq)";

  private static final String RELAYS = """
      SELECT a.id FROM stance_relay r JOIN actor a ON a.seq = r.actor_seq WHERE r.stance_seq = ? ORDER BY r.position""";
  private static final String SOURCE_RELAYS = """
      SELECT a.id FROM source_relay r JOIN actor a ON a.seq = r.actor_seq WHERE r.source_seq = ? ORDER BY r.position""";

  static Stance stance(Connection c, ResultSet rs) throws SQLException {
    return stance(c, rs, null);
  }

  /** The stance as it stood at {@code asOfMicros} (null: now): a correction recorded later does not show. */
  static Stance stance(Connection c, ResultSet rs, Long asOfMicros) throws SQLException {
    String supersedes = rs.getString("supersedes_id");
    String supersededBy = rs.getString("superseded_by_id");
    if (supersededBy != null && asOfMicros != null && rs.getLong("superseded_time") > asOfMicros) supersededBy = null;
    return new Stance(
        new StanceRef(rs.getString("claim_id"), rs.getString("id")),
        rs.getString("actor_id"),
        StanceKind.ofNumber(rs.getInt("kind")),
        rs.getString("source_id"),
        new Excerpt(rs.getString("excerpt"), rs.getInt("excerpt_start"), rs.getInt("excerpt_end")),
        Sql.list(c, RELAYS, r -> r.getString(1), rs.getLong("seq")),
        Sql.instantOrNull(rs, "statement_time"),
        StanceOrigin.ofNumber(rs.getInt("origin")),
        supersedes == null ? null : new StanceRef(rs.getString("supersedes_claim_id"), supersedes),
        rs.getString("supersede_reason"),
        supersededBy == null ? null : new StanceRef(rs.getString("superseded_by_claim_id"), supersededBy),
        rs.getString("resolved_actor_id"),
        Sql.instant(rs.getLong("create_time")),
        rs.getString("extractor_version"),
        rs.getDouble("confidence"));
  }

  /** Maps attributed stances; {@code via} gives the roll-up path for an actor id, or null. */
  static final class Attributor {
    private final Connection c;
    private final Long asOfMicros;
    private final Map<Long, List<String>> sourceRelays = new HashMap<>();

    Attributor(Connection c) {
      this(c, null);
    }

    /** Maps stances as they stood at {@code asOfMicros} (null: now). */
    Attributor(Connection c, Long asOfMicros) {
      this.c = c;
      this.asOfMicros = asOfMicros;
    }

    AttributedStance map(ResultSet rs, List<String> via) throws SQLException {
      long sourceSeq = rs.getLong("source_seq");
      List<String> relays = sourceRelays.get(sourceSeq);
      if (relays == null) {
        relays = Sql.list(c, SOURCE_RELAYS, r -> r.getString(1), sourceSeq);
        sourceRelays.put(sourceSeq, relays);
      }
      SourceBrief brief = new SourceBrief(rs.getString("source_id"), rs.getString("title"),
          rs.getString("publisher_id"), Sql.instantOrNull(rs, "publish_time"), relays, rs.getString("uri"));
      return new AttributedStance(stance(c, rs, asOfMicros), rs.getString("claim_text"), brief, rs.getString("display_name"),
          via == null ? List.of() : via);
    }

    /** The stances with the given keys, in the order of the keys. */
    List<AttributedStance> bySeqs(List<Long> seqs) throws SQLException {
      if (seqs.isEmpty()) return List.of();
      Map<Long, AttributedStance> found = new LinkedHashMap<>();
      Sql.list(c, SELECT + " WHERE s.seq IN (" + Sql.placeholders(seqs.size()) + ")",
          rs -> found.put(rs.getLong("seq"), map(rs, null)), seqs.toArray());
      List<AttributedStance> out = new ArrayList<>(seqs.size());
      for (long seq : seqs) out.add(found.get(seq));
      return out;
    }
  }
}
