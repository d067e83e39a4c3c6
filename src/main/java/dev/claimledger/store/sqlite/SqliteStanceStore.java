package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.StanceStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link StanceStore} on SQLite. */
final class SqliteStanceStore implements StanceStore {

  private static final String CLAIM_SEQ = "SELECT seq FROM claim WHERE id = ?";
  private static final String SOURCE = "SELECT seq, publish_time FROM source WHERE id = ?";
  private static final String INSERT = """
      INSERT INTO stance (id, claim_seq, actor_seq, kind, source_seq, excerpt, excerpt_start, excerpt_end,
                          statement_time, origin, supersedes_seq, supersede_reason, report_time, create_time,
                          extractor_version, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_RELAY = """
      INSERT INTO stance_relay (stance_seq, position, actor_seq) VALUES (?, ?, ?)""";
  private static final String INDEX_TEXT = "INSERT INTO ledger_fts (rowid, body) VALUES (?, ?)";
  private static final String STANCE_KEYS = """
      SELECT s.seq, s.claim_seq, s.actor_seq FROM stance s JOIN claim c ON c.seq = s.claim_seq
       WHERE s.id = ? AND """ + StanceRows.UNDER_CLAIM;
  private static final String SUPERSEDED_BY = "SELECT id FROM stance WHERE supersedes_seq = ?";

  private final SqliteDatabase db;
  private final PositionMaintainer positions;

  SqliteStanceStore(SqliteDatabase db, PositionMaintainer positions) {
    this.db = db;
    this.positions = positions;
  }

  @Override
  public Stance create(StanceFields f, String requestedId) {
    return db.write(c -> {
      long seq = insert(c, positions, f, requestedId, null, "", "", 1.0);
      Audit.record(c, "CreateStance", "claims/" + f.claimId() + "/stances/" + idOf(c, seq), f.kind().name());
      return get(c, seq);
    });
  }

  @Override
  public List<Stance> supersede(StanceRef old, StanceFields f, String reason, String requestedId) {
    return db.write(c -> {
      long[] oldKeys = keys(c, old);
      var taken = Sql.one(c, SUPERSEDED_BY, rs -> rs.getString(1), oldKeys[0]);
      if (taken.isPresent()) {
        throw LedgerError.failedPrecondition("STANCE_ALREADY_SUPERSEDED",
            name(old) + " was already superseded", Map.of("resource", name(old), "superseded_by", taken.get()));
      }
      long seq = insert(c, positions, f, requestedId, oldKeys[0], reason, "", 1.0);
      positions.refresh(c, oldKeys[1], canonical(c, oldKeys[2]));
      Audit.record(c, "SupersedeStance", name(old), "by " + idOf(c, seq) + ": " + reason);
      return List.of(get(c, seq), get(c, oldKeys[0]));
    });
  }

  /**
   * Inserts a stance with its relays and text index entry, and refreshes the actor's position. A
   * merged claim takes no stances: FAILED_PRECONDITION (CLAIM_MERGED) naming the surviving claim.
   */
  static long insert(Connection c, PositionMaintainer positions, StanceFields f, String requestedId,
      Long supersedes, String reason, String extractorVersion, double confidence) throws SQLException {
    return record(c, positions, f, requestedId, supersedes, reason, extractorVersion, confidence).seq();
  }

  /**
   * Records a new extracted stance (no id asked for, superseding nothing) and returns it as a read
   * would, without reading it back: an ingest writes some ten stances an article.
   */
  static Stance insertExtracted(Connection c, PositionMaintainer positions, StanceFields f, String extractorVersion,
      double confidence) throws SQLException {
    Recorded r = record(c, positions, f, null, null, "", extractorVersion, confidence);
    String resolved = r.actor().canonicalSeq() == r.actor().seq() ? f.actorId()
        : ActorRows.idOf(c, r.actor().canonicalSeq());
    return new Stance(new StanceRef(f.claimId(), r.id()), f.actorId(), f.kind(), f.sourceId(), r.excerpt(),
        List.copyOf(f.relayChain()), f.statementTime() == null ? null : Sql.instant(Sql.micros(f.statementTime())),
        f.origin(), null, "", null, resolved, Sql.instant(r.createTime()), extractorVersion, confidence);
  }

  /** What {@link #record} wrote that the fields did not give. */
  private record Recorded(long seq, String id, ActorRows.Keys actor, Excerpt excerpt, long createTime) {}

  private static Recorded record(Connection c, PositionMaintainer positions, StanceFields f, String requestedId,
      Long supersedes, String reason, String extractorVersion, double confidence) throws SQLException {
    long claim = SqliteClaimStore.liveSeq(c, f.claimId());
    ActorRows.Keys actor = ActorRows.keys(c, f.actorId());
    List<Long> relays = new ArrayList<>();
    for (String relay : f.relayChain()) relays.add(ActorRows.keys(c, relay).seq());
    Object[] source = Sql.one(c, SOURCE, rs -> new Object[] {rs.getLong(1), Sql.longOrNull(rs, "publish_time")},
            f.sourceId())
        .orElseThrow(() -> LedgerError.notFound("SOURCE_NOT_FOUND", "sources/" + f.sourceId()));
    Excerpt excerpt = Excerpts.place(c, (Long) source[0], f.excerpt(), "stance.excerpt");
    String id = Ids.allocate(c, Ids.Table.STANCE, requestedId,
        f.actorId() + " " + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), "stance");
    long now = Sql.now();
    long reportTime = source[1] == null ? now : (Long) source[1];
    long seq = Sql.insert(c, INSERT, id, claim, actor.seq(), f.kind().number, source[0], excerpt.text(),
        excerpt.start(), excerpt.end(), f.statementTime(), f.origin().number, supersedes, reason, reportTime, now,
        extractorVersion, confidence);
    for (int i = 0; i < relays.size(); i++) Sql.update(c, INSERT_RELAY, seq, i, relays.get(i));
    Sql.update(c, INDEX_TEXT, 2 * seq + 1, excerpt.text());
    positions.refresh(c, claim, actor.canonicalSeq());
    return new Recorded(seq, id, actor, excerpt, now);
  }

  private static long canonical(Connection c, long actorSeq) throws SQLException {
    return Sql.one(c, "SELECT canonical_seq FROM actor WHERE seq = ?", rs -> rs.getLong(1), actorSeq).orElseThrow();
  }

  private static String idOf(Connection c, long seq) throws SQLException {
    return Sql.one(c, "SELECT id FROM stance WHERE seq = ?", rs -> rs.getString(1), seq).orElseThrow();
  }

  /** {stance seq, claim seq, actor seq} of a stance named with its claim, or NOT_FOUND. */
  private static long[] keys(Connection c, StanceRef ref) throws SQLException {
    return Sql.one(c, STANCE_KEYS, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, ref.stanceId(),
            ref.claimId(), ref.claimId())
        .orElseThrow(() -> LedgerError.notFound("STANCE_NOT_FOUND", name(ref)));
  }

  private static String name(StanceRef ref) {
    return "claims/" + ref.claimId() + "/stances/" + ref.stanceId();
  }

  static Stance get(Connection c, long seq) throws SQLException {
    return Sql.one(c, StanceRows.SELECT + " WHERE s.seq = ?", rs -> StanceRows.stance(c, rs), seq).orElseThrow();
  }

  @Override
  public Optional<Stance> get(StanceRef ref) {
    return db.read(c -> Sql.one(c, StanceRows.SELECT + " WHERE s.id = ? AND " + StanceRows.UNDER_CLAIM,
        rs -> StanceRows.stance(c, rs), ref.stanceId(), ref.claimId(), ref.claimId()));
  }

  @Override
  public Page<Stance> list(String claimId, StanceFilter f, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      Long claim = claimId == null ? null : Sql.one(c, CLAIM_SEQ, rs -> rs.getLong(1), claimId)
          .orElseThrow(() -> LedgerError.notFound("CLAIM_NOT_FOUND", "claims/" + claimId));
      Long actor = f.actorId() == null ? null : ActorRows.keys(c, f.actorId()).canonicalSeq();
      Long source = f.sourceId() == null ? null : Sql.one(c, "SELECT seq FROM source WHERE id = ?",
              rs -> rs.getLong(1), f.sourceId())
          .orElseThrow(() -> LedgerError.notFound("SOURCE_NOT_FOUND", "sources/" + f.sourceId()));
      Integer kind = f.kind() == null ? null : f.kind().number;
      Where w = new Where().and("s.seq > ?", after)
          .andIf(claim, "s.claim_seq = ?", claim)
          .andIf(actor, "s.actor_seq IN (SELECT seq FROM actor WHERE canonical_seq = ?)", actor)
          .andIf(source, "s.source_seq = ?", source)
          .andIf(kind, f.kindEquals() ? "s.kind = ?" : "s.kind != ?", kind)
          .andIf(f.superseded(), Boolean.TRUE.equals(f.superseded()) ? "NOT " + StanceRows.IN_FORCE
              : StanceRows.IN_FORCE);
      List<long[]> keys = new ArrayList<>();
      List<Stance> items = Sql.list(c, StanceRows.SELECT + w.sql() + " ORDER BY s.seq LIMIT ?", rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        return StanceRows.stance(c, rs);
      }, w.params(page.size() + 1));
      return Pages.of(items, keys, page.size());
    });
  }
}
