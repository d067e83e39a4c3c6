package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.LedgerQueries;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.Queries.ActorAttribution;
import dev.claimledger.store.Queries.ActorStanceFilter;
import dev.claimledger.store.Queries.ActorStances;
import dev.claimledger.store.Queries.AttributedStance;
import dev.claimledger.store.Queries.ClaimAttribution;
import dev.claimledger.store.Queries.ConflictingReport;
import dev.claimledger.store.Queries.ContestedClaim;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.Queries.OpposingClaim;
import dev.claimledger.store.Queries.SearchHit;
import dev.claimledger.store.Queries.HistoryEntry;
import dev.claimledger.store.Queries.StanceHistory;
import dev.claimledger.domain.Stand;
import dev.claimledger.domain.StanceKind;
import java.time.Instant;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link LedgerQueries} on SQLite: attribution over stances, contradictions over maintained indexes. */
final class SqliteLedgerQueries implements LedgerQueries {

  private static final String CLAIM_SEQ = "SELECT seq FROM claim WHERE id = ?";
  private static final String SOURCE_SEQ = "SELECT seq FROM source WHERE id = ?";
  private static final String ATTRIBUTION_ACTORS = """
      SELECT actor_seq, first_stance_seq FROM claim_actor_position
       WHERE claim_seq = ? AND first_stance_seq > ? ORDER BY first_stance_seq LIMIT ?""";
  // With superseded stances, actors whose stances were all superseded have no position row:
  // group the claim's stances instead (bounded by the one claim's stances).
  private static final String ATTRIBUTION_ACTORS_ALL = """
      SELECT a.canonical_seq, min(s.seq) AS first FROM stance s JOIN actor a ON a.seq = s.actor_seq
       WHERE s.claim_seq = ? GROUP BY a.canonical_seq HAVING first > ? ORDER BY first LIMIT ?""";
  private static final String SEARCH = """
      SELECT r, score, snip FROM (
        SELECT rowid AS r, bm25(ledger_fts) AS score, snippet(ledger_fts, 0, '[', ']', '…', 24) AS snip
          FROM ledger_fts WHERE ledger_fts MATCH ?)
       WHERE score > ? OR (score = ? AND r > ?)
       ORDER BY score, r LIMIT ?""";
  private static final String CONTESTED_FROM = """
      SELECT k.claim_seq FROM contested_claim k""";
  private static final String OPPOSING = """
      SELECT pa.claim_seq FROM claim_actor_position pa
        JOIN claim_actor_position pb ON pb.claim_seq = pa.claim_seq AND pb.actor_seq = ?
       WHERE pa.actor_seq = ? AND pa.claim_seq > ?
         AND ((pa.supports = 1 AND pb.denies = 1) OR (pa.denies = 1 AND pb.supports = 1))
       ORDER BY pa.claim_seq LIMIT ?""";
  private static final String SIDE = StanceRows.SELECT + " " + """
       WHERE s.claim_seq = ? AND s.kind IN (%s) AND %s
         AND a.canonical_seq IN (SELECT actor_seq FROM claim_actor_position WHERE claim_seq = ? AND %s = 1)
       ORDER BY s.seq""";
  /** A claim's supporting stances in force (of actors whose position supports it), oldest first; binds the claim twice. */
  static final String SUPPORTING = SIDE.formatted("1, 3", StanceRows.IN_FORCE, "supports");
  /** A claim's denying stances in force, oldest first; binds the claim twice. */
  static final String DENYING = SIDE.formatted("2", StanceRows.IN_FORCE, "denies");

  private final SqliteDatabase db;

  SqliteLedgerQueries(SqliteDatabase db) {
    this.db = db;
  }

  private static long claimSeq(Connection c, String id) throws SQLException {
    return Sql.one(c, CLAIM_SEQ, rs -> rs.getLong(1), id)
        .orElseThrow(() -> LedgerError.notFound("CLAIM_NOT_FOUND", "claims/" + id));
  }

  private static long sourceSeq(Connection c, String id) throws SQLException {
    return Sql.one(c, SOURCE_SEQ, rs -> rs.getLong(1), id)
        .orElseThrow(() -> LedgerError.notFound("SOURCE_NOT_FOUND", "sources/" + id));
  }

  /** The stances of a live actor (and the actors merged into it) on a claim, oldest first. */
  private static List<AttributedStance> stancesOn(Connection c, long claim, long canonicalActor, boolean inForceOnly)
      throws SQLException {
    List<Long> actors = ActorRows.countingFor(c, canonicalActor);
    String sql = StanceRows.SELECT + " WHERE s.claim_seq = ? AND s.actor_seq IN (" + Sql.placeholders(actors.size())
        + ")" + (inForceOnly ? " AND " + StanceRows.IN_FORCE : "") + " ORDER BY s.seq";
    StanceRows.Attributor attributor = new StanceRows.Attributor(c);
    return Sql.list(c, sql, rs -> attributor.map(rs, null), Sql.concat(new Object[] {claim}, actors.toArray()));
  }

  @Override
  public ClaimAttribution claimAttribution(String claimId, boolean includeSuperseded, PageRequest page, Instant asOf) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      long claim = claimSeq(c, claimId);
      if (asOf != null) return AsOf.claimAttribution(c, claim, includeSuperseded, page, Sql.micros(asOf));
      List<long[]> rows = Sql.list(c, includeSuperseded ? ATTRIBUTION_ACTORS_ALL : ATTRIBUTION_ACTORS,
          rs -> new long[] {rs.getLong(1), rs.getLong(2)}, claim, after, page.size() + 1);
      List<ActorAttribution> items = new ArrayList<>();
      List<long[]> keys = new ArrayList<>();
      for (long[] row : rows.subList(0, Math.min(rows.size(), page.size() + 1))) {
        keys.add(new long[] {row[1]});
        items.add(items.size() < page.size()
            ? new ActorAttribution(ActorRows.bySeq(c, row[0]), stancesOn(c, claim, row[0], !includeSuperseded))
            : null);
      }
      return new ClaimAttribution(SqliteClaimStore.bySeq(c, claim), Pages.of(items, keys, page.size()));
    });
  }

  @Override
  public ActorStances actorStances(String actorId, boolean rollUp, boolean includeSuperseded, ActorStanceFilter f,
      PageRequest page, Instant asOf) {
    Long t = asOf == null ? null : Sql.micros(asOf);
    long before = page.after() == null ? Long.MAX_VALUE : page.after()[0];
    return db.read(c -> {
      long actor = ActorRows.keys(c, actorId).canonicalSeq();
      Map<Long, Long> nextHop = rollUp ? RollUp.speakersFor(c, actor) : Map.of();
      List<Long> counted = new ArrayList<>(ActorRows.countingFor(c, actor));
      for (long speaker : nextHop.keySet()) counted.addAll(ActorRows.countingFor(c, speaker));
      Integer kind = f.kind() == null ? null : f.kind().number;
      Long claim = f.claimId() == null ? null : claimSeq(c, f.claimId());
      Long source = f.sourceId() == null ? null : sourceSeq(c, f.sourceId());
      Where w = new Where().and("s.actor_seq IN (" + Sql.placeholders(counted.size()) + ")", counted.toArray())
          .and("s.seq < ?", before)
          .andIf(kind, f.kindEquals() ? "s.kind = ?" : "s.kind != ?", kind)
          .andIf(claim, "s.claim_seq = ?", claim)
          .andIf(source, "s.source_seq = ?", source)
          .andIf(includeSuperseded || t != null ? null : true, StanceRows.IN_FORCE)
          .andIf(t != null && includeSuperseded ? t : null, AsOf.RECORDED, t, t)
          .andIf(t != null && !includeSuperseded ? t : null, AsOf.VISIBLE, t, t, t);
      Map<Long, String> ids = new HashMap<>();
      StanceRows.Attributor attributor = new StanceRows.Attributor(c, t);
      List<long[]> keys = new ArrayList<>();
      List<AttributedStance> items = Sql.list(c, StanceRows.SELECT + " " + w.sql() + " ORDER BY s.seq DESC LIMIT ?",
          rs -> {
            keys.add(new long[] {rs.getLong("seq")});
            long speaker = ActorRows.keys(c, rs.getString("actor_id")).canonicalSeq();
            return attributor.map(rs, via(c, speaker, actor, nextHop, ids));
          }, w.params(page.size() + 1));
      return new ActorStances(ActorRows.bySeq(c, actor), Pages.of(items, keys, page.size()));
    });
  }

  private static final String HISTORY = StanceRows.SELECT + """

       WHERE s.claim_seq = ? AND s.actor_seq IN (%s) AND\s""" + AsOf.VISIBLE + """

       ORDER BY coalesce(s.statement_time, s.report_time), s.seq""";

  @Override
  public StanceHistory stanceHistory(String actorId, String claimId, Instant asOf) {
    long t = asOf == null ? Long.MAX_VALUE : Sql.micros(asOf);
    return db.read(c -> {
      long actor = ActorRows.keys(c, actorId).canonicalSeq();
      long claim = claimSeq(c, claimId);
      List<Long> counted = ActorRows.countingFor(c, actor);
      StanceRows.Attributor attributor = new StanceRows.Attributor(c, asOf == null ? null : t);
      List<AttributedStance> stances = Sql.list(c, HISTORY.formatted(Sql.placeholders(counted.size())),
          rs -> attributor.map(rs, null), Sql.concat(Sql.concat(new Object[] {claim}, counted.toArray()), AsOf.visible(t)));
      List<HistoryEntry> entries = new ArrayList<>();
      List<StanceKind> kinds = new ArrayList<>();
      Stand before = null;
      for (AttributedStance s : stances) {
        kinds.add(s.stance().kind());
        Stand after = Stand.after(kinds);
        entries.add(new HistoryEntry(s, after, after != before));
        before = after;
      }
      Claim k = asOf == null ? SqliteClaimStore.bySeq(c, claim) : AsOf.claim(c, AsOf.claimState(c, claim, t));
      return new StanceHistory(ActorRows.bySeq(c, actor), k, entries);
    });
  }

  /** The path from a rolled-up speaker to the actor asked about, speaker first; empty for the actor itself. */
  private static List<String> via(Connection c, long speaker, long target, Map<Long, Long> nextHop,
      Map<Long, String> ids) throws SQLException {
    if (speaker == target) return List.of();
    List<String> path = new ArrayList<>();
    for (Long at = speaker; at != null; at = at == target ? null : nextHop.get(at)) {
      String id = ids.get(at);
      if (id == null) {
        id = ActorRows.idOf(c, at);
        ids.put(at, id);
      }
      path.add("actors/" + id);
    }
    return path;
  }

  @Override
  public Page<SearchHit> search(List<String> words, PageRequest page) {
    // Each word is quoted as an FTS5 string, so user text is never read as query syntax.
    StringBuilder match = new StringBuilder();
    for (String w : words) match.append(match.length() == 0 ? "" : " ").append('"').append(w.replace("\"", "")).append('"');
    double afterScore = page.after() == null ? Double.NEGATIVE_INFINITY : Double.longBitsToDouble(page.after()[0]);
    long afterRow = page.after() == null ? Long.MIN_VALUE : page.after()[1];
    return db.read(c -> {
      List<Object[]> rows = Sql.list(c, SEARCH, rs -> new Object[] {rs.getLong(1), rs.getDouble(2), rs.getString(3)},
          match.toString(), afterScore, afterScore, afterRow, page.size() + 1);
      StanceRows.Attributor attributor = new StanceRows.Attributor(c);
      List<SearchHit> items = new ArrayList<>();
      List<long[]> keys = new ArrayList<>();
      for (Object[] row : rows) {
        long rowid = (Long) row[0];
        double bm25 = (Double) row[1];
        keys.add(new long[] {Double.doubleToLongBits(bm25), rowid});
        if (rowid % 2 == 0) {
          items.add(new SearchHit(SqliteClaimStore.bySeq(c, rowid / 2), null, -bm25, (String) row[2]));
        } else {
          items.add(new SearchHit(null, attributor.bySeqs(List.of(rowid / 2)).get(0), -bm25, (String) row[2]));
        }
      }
      return Pages.of(items, keys, page.size());
    });
  }

  @Override
  public Page<ContestedClaim> contestedClaims(ContestedFilter f, PageRequest page, Instant asOf) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      Long actor = f.actorId() == null ? null : ActorRows.keys(c, f.actorId()).canonicalSeq();
      Long source = f.sourceId() == null ? null : sourceSeq(c, f.sourceId());
      if (asOf != null) return AsOf.contested(c, f, actor, source, page, Sql.micros(asOf));
      Where w = new Where().and("k.claim_seq > ?", after)
          .andIf(actor, "k.claim_seq IN (SELECT claim_seq FROM claim_actor_position"
              + " WHERE actor_seq = ? AND (supports = 1 OR denies = 1))", actor)
          .andIf(source, "k.claim_seq IN (SELECT claim_seq FROM stance WHERE source_seq = ?)", source)
          .andIf(f.after(), f.afterInclusive() ? "k.contested_time >= ?" : "k.contested_time > ?", f.after())
          .andIf(f.before(), f.beforeInclusive() ? "k.contested_time <= ?" : "k.contested_time < ?", f.before());
      List<Long> claims = Sql.list(c, CONTESTED_FROM + w.sql() + " ORDER BY k.claim_seq LIMIT ?",
          rs -> rs.getLong(1), w.params(page.size() + 1));
      List<ContestedClaim> items = new ArrayList<>();
      List<long[]> keys = new ArrayList<>();
      StanceRows.Attributor attributor = new StanceRows.Attributor(c);
      for (long claim : claims.subList(0, Math.min(claims.size(), page.size()))) {
        keys.add(new long[] {claim});
        items.add(new ContestedClaim(SqliteClaimStore.bySeq(c, claim),
            Sql.list(c, SUPPORTING, rs -> attributor.map(rs, null), claim, claim),
            Sql.list(c, DENYING, rs -> attributor.map(rs, null), claim, claim)));
      }
      if (claims.size() > page.size()) keys.add(new long[] {claims.get(page.size())});
      return Pages.of(padded(items, claims.size()), keys, page.size());
    });
  }

  /** Pads a page's items with nulls up to the number of rows fetched, for {@link Pages#of}. */
  private static <T> List<T> padded(List<T> items, int fetched) {
    List<T> out = new ArrayList<>(items);
    while (out.size() < fetched) out.add(null);
    return out;
  }

  @Override
  public Page<OpposingClaim> opposingClaims(String actorId, String otherActorId, PageRequest page, Instant asOf) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      long a = ActorRows.keys(c, actorId).canonicalSeq();
      long b = ActorRows.keys(c, otherActorId).canonicalSeq();
      if (a == b) {
        throw LedgerError.invalidField("INVALID_ARGUMENT", "other_actor",
            "names the same actor as actor (after merges)");
      }
      if (asOf != null) return AsOf.opposing(c, a, b, page, Sql.micros(asOf));
      List<Long> claims = Sql.list(c, OPPOSING, rs -> rs.getLong(1), b, a, after, page.size() + 1);
      List<OpposingClaim> items = new ArrayList<>();
      List<long[]> keys = new ArrayList<>();
      for (long claim : claims) {
        keys.add(new long[] {claim});
        items.add(items.size() < page.size() ? new OpposingClaim(SqliteClaimStore.bySeq(c, claim),
            stancesOn(c, claim, a, true), stancesOn(c, claim, b, true)) : null);
      }
      return Pages.of(items, keys, page.size());
    });
  }

  @Override
  public Page<ConflictingReport> conflictingReports(String actorId, String claimId, PageRequest page, Instant asOf) {
    long[] after = page.after() == null ? new long[] {0, 0} : page.after();
    return db.read(c -> {
      Long actor = actorId == null ? null : ActorRows.keys(c, actorId).canonicalSeq();
      Long claim = claimId == null ? null : claimSeq(c, claimId);
      if (asOf != null) return AsOf.conflicting(c, actor, claim, page, Sql.micros(asOf));
      Where w = new Where().and("(r.claim_seq, r.actor_seq) > (?, ?)", after[0], after[1])
          .andIf(actor, "r.actor_seq = ?", actor)
          .andIf(claim, "r.claim_seq = ?", claim);
      List<long[]> rows = Sql.list(c, "SELECT r.claim_seq, r.actor_seq FROM conflicting_report r" + w.sql()
          + " ORDER BY r.claim_seq, r.actor_seq LIMIT ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)},
          w.params(page.size() + 1));
      List<ConflictingReport> items = new ArrayList<>();
      Map<Long, Claim> claims = new LinkedHashMap<>();
      for (long[] row : rows) {
        if (items.size() == page.size()) {
          items.add(null);
          break;
        }
        Claim cl = claims.get(row[0]);
        if (cl == null) {
          cl = SqliteClaimStore.bySeq(c, row[0]);
          claims.put(row[0], cl);
        }
        Actor ac = ActorRows.bySeq(c, row[1]);
        items.add(new ConflictingReport(cl, ac, stancesOn(c, row[0], row[1], true)));
      }
      return Pages.of(items, rows, page.size());
    });
  }
}
