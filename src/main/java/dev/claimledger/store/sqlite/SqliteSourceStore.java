package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.NearCopies;
import dev.claimledger.domain.Source;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.SourceStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SourceStore} on SQLite. */
final class SqliteSourceStore implements SourceStore {

  private static final String SAME_SOURCE = """
      SELECT id FROM source WHERE content_sha256 = ? OR (? IS NOT NULL AND uri = ?) ORDER BY seq LIMIT 1""";
  private static final String INSERT = """
      INSERT INTO source (id, title, publisher_seq, publish_time, uri, content_sha256, text, text_length, create_time)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_FINGERPRINT = "INSERT INTO source_fingerprint (source_seq, minhash) VALUES (?, ?)";
  private static final String INSERT_RELAY = "INSERT INTO source_relay (source_seq, position, actor_seq) VALUES (?, ?, ?)";
  private static final String COLUMNS_BASIC = """
      s.seq, s.id, s.title, p.id AS publisher_id, s.publish_time, s.uri, s.content_sha256, s.text_length, s.create_time""";
  private static final String FROM = " FROM source s LEFT JOIN actor p ON p.seq = s.publisher_seq";
  private static final String RELAYS = """
      SELECT a.id FROM source_relay r JOIN actor a ON a.seq = r.actor_seq WHERE r.source_seq = ? ORDER BY r.position""";

  private final SqliteDatabase db;

  SqliteSourceStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Recorded create(SourceFields f, String requestedId) {
    return db.write(c -> insert(c, f, requestedId));
  }

  /** CreateSource inside the caller's transaction. */
  static Recorded insert(Connection c, SourceFields f, String requestedId) throws SQLException {
    String sha = sha256(f.text());
    Optional<String> same = Sql.one(c, SAME_SOURCE, rs -> rs.getString(1), sha, f.uri(), f.uri());
    if (same.isPresent()) return new Recorded(byId(c, same.get(), true).orElseThrow(), true);
    Long publisher = f.publisherId() == null ? null : ActorRows.keys(c, f.publisherId()).seq();
    List<Long> relays = new ArrayList<>();
    for (String relay : f.relayIds()) relays.add(ActorRows.keys(c, relay).seq());
    String id = Ids.allocate(c, Ids.Table.SOURCE, requestedId, f.title(), "source");
    long seq = Sql.insert(c, INSERT, id, f.title(), publisher, f.publishTime(), f.uri(), sha, f.text(),
        f.text().codePointCount(0, f.text().length()), Sql.now());
    for (int i = 0; i < relays.size(); i++) Sql.update(c, INSERT_RELAY, seq, i, relays.get(i));
    Sql.update(c, INSERT_FINGERPRINT, seq, NearCopies.bytes(NearCopies.signature(f.text())));
    Audit.record(c, "CreateSource", "sources/" + id, sha);
    return new Recorded(byId(c, id, true).orElseThrow(), false);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public Optional<Source> get(String id, boolean withText) {
    return db.read(c -> byId(c, id, withText));
  }

  private static Optional<Source> byId(Connection c, String id, boolean withText) throws SQLException {
    return Sql.one(c, "SELECT " + COLUMNS_BASIC + (withText ? ", s.text" : "") + FROM + " WHERE s.id = ?",
        rs -> map(c, rs, withText), id);
  }

  @Override
  public Page<Source> list(SourceFilter f, boolean withText, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      Long publisher = f.publisherId() == null ? null : ActorRows.keys(c, f.publisherId()).seq();
      Where w = new Where().and("s.seq > ?", after)
          .andIf(publisher, "s.publisher_seq = ?", publisher)
          .andIf(f.publishedAfter(), f.afterInclusive() ? "s.publish_time >= ?" : "s.publish_time > ?",
              f.publishedAfter())
          .andIf(f.publishedBefore(), f.beforeInclusive() ? "s.publish_time <= ?" : "s.publish_time < ?",
              f.publishedBefore());
      List<long[]> keys = new ArrayList<>();
      List<Source> items = Sql.list(c, "SELECT " + COLUMNS_BASIC + (withText ? ", s.text" : "") + FROM + w.sql()
          + " ORDER BY s.seq LIMIT ?", rs -> {
            keys.add(new long[] {rs.getLong("seq")});
            return map(c, rs, withText);
          }, w.params(page.size() + 1));
      return Pages.of(items, keys, page.size());
    });
  }

  private static Source map(Connection c, ResultSet rs, boolean withText) throws SQLException {
    return new Source(rs.getString("id"), rs.getString("title"), rs.getString("publisher_id"),
        Sql.instantOrNull(rs, "publish_time"), rs.getString("uri"), withText ? rs.getString("text") : null,
        Sql.list(c, RELAYS, r -> r.getString(1), rs.getLong("seq")), rs.getString("content_sha256"),
        rs.getInt("text_length"), Sql.instant(rs.getLong("create_time")));
  }

}
