package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Claim;
import dev.claimledger.domain.ClaimSummary;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import dev.claimledger.store.ClaimStore;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ClaimStore} on SQLite. */
final class SqliteClaimStore implements ClaimStore {

  static final String COLUMNS = """
      cl.seq, cl.id, cl.text, cl.description, cl.create_time, cl.stance_count, cl.supporting_actor_count,
      cl.denying_actor_count, cl.conflicting_actor_count, cl.contested_time,
      (SELECT m.id FROM claim m WHERE m.seq = cl.merged_into_seq) AS merged_into_id""";
  private static final String BY_TEXT_KEY = "SELECT id FROM claim WHERE text_key = ?";
  // One hop is enough: MARK_MERGED points claims merged into a merged claim at the survivor.
  private static final String LIVE_BY_TEXT_KEY = "SELECT coalesce(merged_into_seq, seq) FROM claim WHERE text_key = ?";
  private static final String INSERT = """
      INSERT INTO claim (id, text, text_key, description, create_time) VALUES (?, ?, ?, ?, ?)""";
  private static final String INDEX_TEXT = "INSERT INTO ledger_fts (rowid, body) VALUES (?, ?)";
  private static final String INDEX_CLAIM = "INSERT INTO claim_fts (rowid, body) VALUES (?, ?)";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.id = ?";
  static final String BY_SEQ = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.seq = ?";
  private static final String LIST_ALL = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.seq > ? ORDER BY cl.seq LIMIT ?";
  private static final String LIST_CONTESTED = "SELECT " + COLUMNS + " " + """
       FROM contested_claim k JOIN claim cl ON cl.seq = k.claim_seq
      WHERE k.claim_seq > ? ORDER BY k.claim_seq LIMIT ?""";
  private static final String LIST_UNCONTESTED = "SELECT " + COLUMNS + " " + """
       FROM claim cl WHERE cl.seq > ? AND cl.contested_time IS NULL ORDER BY cl.seq LIMIT ?""";

  private static final String KEYS = "SELECT seq, merged_into_seq FROM claim WHERE id = ?";
  private static final String ACTORS_ON = "SELECT actor_seq FROM claim_actor_position WHERE claim_seq = ?";
  private static final String MOVE_STANCES = "UPDATE stance SET claim_seq = ? WHERE claim_seq = ?";
  // Claims merged into the merged one point at the survivor too, so a name resolves in one hop.
  private static final String MARK_MERGED = "UPDATE claim SET merged_into_seq = ? WHERE seq = ? OR merged_into_seq = ?";
  private static final String UNINDEX_CLAIM = "DELETE FROM claim_fts WHERE rowid = ?";

  private final SqliteDatabase db;
  private final PositionMaintainer positions;
  private final ClaimIndex index;

  SqliteClaimStore(SqliteDatabase db, PositionMaintainer positions, ClaimIndex index) {
    this.db = db;
    this.positions = positions;
    this.index = index;
  }

  @Override
  public List<Claim> merge(String id, String intoId, String reason) {
    return db.write(c -> {
      long from = liveSeq(c, id);
      long into = liveSeq(c, intoId);
      if (from == into) {
        throw LedgerError.failedPrecondition("SAME_CLAIM", "a claim cannot be merged into itself",
            Map.of("claim", "claims/" + id));
      }
      List<Long> actors = Sql.list(c, ACTORS_ON, rs -> rs.getLong(1), from);
      Sql.update(c, MOVE_STANCES, into, from);
      Sql.update(c, MARK_MERGED, into, from, from);
      Sql.update(c, UNINDEX_CLAIM, from);
      index.removed(from);
      List<long[]> touched = new java.util.ArrayList<>();
      for (long actor : actors) {
        touched.add(new long[] {from, actor});
        touched.add(new long[] {into, actor});
      }
      positions.refreshTogether(c, touched);
      // The survivor's reviews now include the merged claim's: its verification is recomputed.
      PositionMaintainer.markDirty(c, into);
      Audit.record(c, "MergeClaims", "claims/" + id, "into claims/" + intoId + ": " + reason);
      Audit.record(c, "MergeClaims", "claims/" + intoId, "absorbed claims/" + id + ": " + reason);
      return List.of(bySeq(c, into), bySeq(c, from));
    });
  }

  /**
   * The key of the live claim {@code id} reads as: itself, or the claim it was merged into; NOT_FOUND
   * (CLAIM_NOT_FOUND) when there is none.
   */
  static long survivorSeq(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT coalesce(merged_into_seq, seq) FROM claim WHERE id = ?", rs -> rs.getLong(1), id)
        .orElseThrow(() -> LedgerError.notFound("CLAIM_NOT_FOUND", "claims/" + id));
  }

  /**
   * The key of a claim that was not merged away, or NOT_FOUND (CLAIM_NOT_FOUND) / FAILED_PRECONDITION
   * (CLAIM_MERGED, metadata {@code claim} and {@code merged_into}, the surviving claim).
   */
  static long liveSeq(Connection c, String id) throws SQLException {
    long[] k = Sql.one(c, KEYS, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, id)
        .orElseThrow(() -> LedgerError.notFound("CLAIM_NOT_FOUND", "claims/" + id));
    if (k[1] != 0) {
      Claim merged = bySeq(c, k[0]);
      throw LedgerError.failedPrecondition("CLAIM_MERGED", "claims/" + id + " was merged into claims/"
          + merged.mergedInto(), Map.of("claim", "claims/" + id, "merged_into", "claims/" + merged.mergedInto()));
    }
    return k[0];
  }

  @Override
  public Claim create(String text, String description, String requestedId) {
    return db.write(c -> insert(c, index, text, description, requestedId));
  }

  /** CreateClaim inside the caller's transaction. */
  static Claim insert(Connection c, ClaimIndex index, String text, String description, String requestedId)
      throws SQLException {
    String key = Names.key(text);
    var existing = Sql.one(c, BY_TEXT_KEY, rs -> rs.getString(1), key);
    if (existing.isPresent()) {
      throw LedgerError.alreadyExists("CLAIM_ALREADY_EXISTS", "a claim with this text exists: claims/" + existing.get(),
          Map.of("existing", "claims/" + existing.get()));
    }
    String id = Ids.allocate(c, Ids.Table.CLAIM, requestedId, text, "claim");
    long seq = Sql.insert(c, INSERT, id, text, key, description, Sql.now());
    Sql.update(c, INDEX_TEXT, 2 * seq, text);
    Sql.update(c, INDEX_CLAIM, seq, text);
    index.added(c, seq, id, text);
    Audit.record(c, "CreateClaim", "claims/" + id, text);
    return bySeq(c, seq);
  }

  static Claim bySeq(Connection c, long seq) throws SQLException {
    return Sql.one(c, BY_SEQ, SqliteClaimStore::map, seq).orElseThrow();
  }

  static Optional<Claim> byId(Connection c, String id) throws SQLException {
    return Sql.one(c, BY_ID, SqliteClaimStore::map, id);
  }

  /** The live claim with this text, or the one the claim with this text was merged into. */
  static Optional<Claim> liveByText(Connection c, String text) throws SQLException {
    var seq = Sql.one(c, LIVE_BY_TEXT_KEY, rs -> rs.getLong(1), Names.key(text));
    return seq.isEmpty() ? Optional.empty() : Optional.of(bySeq(c, seq.get()));
  }

  @Override
  public Optional<Claim> get(String id) {
    return db.read(c -> byId(c, id));
  }

  @Override
  public Page<Claim> list(Boolean contested, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    String sql = contested == null ? LIST_ALL : contested ? LIST_CONTESTED : LIST_UNCONTESTED;
    return db.read(c -> {
      List<long[]> keys = new ArrayList<>();
      List<Claim> items = Sql.list(c, sql, rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        return map(rs);
      }, after, page.size() + 1);
      return Pages.of(items, keys, page.size());
    });
  }

  static Claim map(ResultSet rs) throws SQLException {
    ClaimSummary summary = new ClaimSummary(rs.getInt("stance_count"), rs.getInt("supporting_actor_count"),
        rs.getInt("denying_actor_count"), rs.getInt("conflicting_actor_count"), Sql.instantOrNull(rs, "contested_time"));
    return new Claim(rs.getString("id"), rs.getString("text"), rs.getString("description"), summary,
        Sql.instant(rs.getLong("create_time")), rs.getString("merged_into_id"));
  }
}
