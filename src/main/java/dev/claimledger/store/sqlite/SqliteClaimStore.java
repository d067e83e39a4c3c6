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
      cl.denying_actor_count, cl.conflicting_actor_count, cl.contested_time""";
  private static final String BY_TEXT_KEY = "SELECT id FROM claim WHERE text_key = ?";
  private static final String INSERT = """
      INSERT INTO claim (id, text, text_key, description, create_time) VALUES (?, ?, ?, ?, ?)""";
  private static final String INDEX_TEXT = "INSERT INTO ledger_fts (rowid, body) VALUES (?, ?)";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.id = ?";
  static final String BY_SEQ = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.seq = ?";
  private static final String LIST_ALL = "SELECT " + COLUMNS + " FROM claim cl WHERE cl.seq > ? ORDER BY cl.seq LIMIT ?";
  private static final String LIST_CONTESTED = "SELECT " + COLUMNS + " " + """
       FROM contested_claim k JOIN claim cl ON cl.seq = k.claim_seq
      WHERE k.claim_seq > ? ORDER BY k.claim_seq LIMIT ?""";
  private static final String LIST_UNCONTESTED = "SELECT " + COLUMNS + " " + """
       FROM claim cl WHERE cl.seq > ? AND cl.contested_time IS NULL ORDER BY cl.seq LIMIT ?""";

  private final SqliteDatabase db;

  SqliteClaimStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Claim create(String text, String description, String requestedId) {
    return db.write(c -> {
      String key = Names.key(text);
      var existing = Sql.one(c, BY_TEXT_KEY, rs -> rs.getString(1), key);
      if (existing.isPresent()) {
        throw LedgerError.alreadyExists("CLAIM_ALREADY_EXISTS", "a claim with this text exists: claims/" + existing.get(),
            Map.of("existing", "claims/" + existing.get()));
      }
      String id = Ids.allocate(c, Ids.Table.CLAIM, requestedId, text, "claim");
      long seq = Sql.insert(c, INSERT, id, text, key, description, Sql.now());
      Sql.update(c, INDEX_TEXT, 2 * seq, text);
      Audit.record(c, "CreateClaim", "claims/" + id, text);
      return bySeq(c, seq);
    });
  }

  static Claim bySeq(Connection c, long seq) throws SQLException {
    return Sql.one(c, BY_SEQ, SqliteClaimStore::map, seq).orElseThrow();
  }

  @Override
  public Optional<Claim> get(String id) {
    return db.read(c -> Sql.one(c, BY_ID, SqliteClaimStore::map, id));
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
        Sql.instant(rs.getLong("create_time")));
  }
}
