package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads actors and resolves actor IDs to internal keys. */
final class ActorRows {
  private ActorRows() {}

  static final String COLUMNS = """
      a.seq, a.id, a.display_name, a.kind, a.description, a.canonical_seq,
      (SELECT m.id FROM actor m WHERE m.seq = a.merged_into_seq) AS merged_into_id,
      a.create_time, a.update_time""";

  private static final String BY_ID = "SELECT " + COLUMNS + " FROM actor a WHERE a.id = ?";
  private static final String BY_SEQ = "SELECT " + COLUMNS + " FROM actor a WHERE a.seq = ?";
  private static final String ALIASES = """
      SELECT alias, alias_key FROM actor_alias WHERE actor_seq = ? ORDER BY position""";
  private static final String SEQ_OF = "SELECT seq, canonical_seq FROM actor WHERE id = ?";
  private static final String ID_OF = "SELECT id FROM actor WHERE seq = ?";
  private static final String COUNTING_FOR = "SELECT seq FROM actor WHERE canonical_seq = ?";

  /** An actor's internal key and the key of the live actor it counts for. */
  record Keys(long seq, long canonicalSeq) {}

  static Optional<Actor> byId(Connection c, String id) throws SQLException {
    return Sql.one(c, BY_ID, rs -> map(c, rs), id);
  }

  static Actor bySeq(Connection c, long seq) throws SQLException {
    return Sql.one(c, BY_SEQ, rs -> map(c, rs), seq).orElseThrow();
  }

  /** The id of the actor at {@code seq}, which must exist. */
  static String idOf(Connection c, long seq) throws SQLException {
    return Sql.one(c, ID_OF, rs -> rs.getString(1), seq).orElseThrow();
  }

  /** The keys of actor {@code id}, or NOT_FOUND (ACTOR_NOT_FOUND). */
  static Keys keys(Connection c, String id) throws SQLException {
    return Sql.one(c, SEQ_OF, rs -> new Keys(rs.getLong(1), rs.getLong(2)), id)
        .orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", "actors/" + id));
  }

  /** Every actor that counts for the live actor {@code canonicalSeq}: itself and those merged into it. */
  static List<Long> countingFor(Connection c, long canonicalSeq) throws SQLException {
    return Sql.list(c, COUNTING_FOR, rs -> rs.getLong(1), canonicalSeq);
  }

  static Actor map(Connection c, ResultSet rs) throws SQLException {
    long seq = rs.getLong("seq");
    String displayName = rs.getString("display_name");
    String displayKey = Names.key(displayName);
    List<String> aliases = new ArrayList<>();
    for (String[] a : Sql.list(c, ALIASES, r -> new String[] {r.getString(1), r.getString(2)}, seq)) {
      if (!a[1].equals(displayKey)) aliases.add(a[0]);
    }
    return new Actor(rs.getString("id"), displayName, ActorKind.ofNumber(rs.getInt("kind")), List.copyOf(aliases),
        rs.getString("description"), rs.getString("merged_into_id"), Sql.instant(rs.getLong("create_time")),
        Sql.instant(rs.getLong("update_time")));
  }
}
