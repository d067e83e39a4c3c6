package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.ClaimSummary;
import dev.claimledger.domain.Position;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.Queries.ActorAttribution;
import dev.claimledger.store.Queries.AttributedStance;
import dev.claimledger.store.Queries.ClaimAttribution;
import dev.claimledger.store.Queries.ConflictingReport;
import dev.claimledger.store.Queries.ContestedClaim;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.Queries.OpposingClaim;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution and contradiction queries as of a past time: a stance counts once it was both
 * recorded and published (its report time) by then, and stops counting once a correction of it was
 * recorded by then. The maintained indexes hold only the present, so these read the stances
 * themselves and compute positions with the same rules ({@link Position}, {@link ClaimSummary}):
 * their cost grows with the claims they cover, not with the page. Merges of actors and claims
 * apply as they stand now: a merge corrects who is who, not what was said.
 */
final class AsOf {
  private AsOf() {}

  /** Stances (alias s) in force at a time; binds it three times. */
  static final String VISIBLE = """
      s.create_time <= ? AND s.report_time <= ?
      AND NOT EXISTS (SELECT 1 FROM stance n WHERE n.supersedes_seq = s.seq AND n.create_time <= ?)""";
  /** Stances (alias s) recorded and published by a time, corrected since or not; binds it twice. */
  static final String RECORDED = "s.create_time <= ? AND s.report_time <= ?";

  /** The facts positions are computed from, of stances in force, with the live actor they count for. */
  private static final String FACTS = """
      SELECT s.claim_seq, ca.id AS actor_id, s.seq, s.kind, s.source_seq, s.report_time
        FROM stance s JOIN actor a ON a.seq = s.actor_seq JOIN actor ca ON ca.seq = a.canonical_seq
       WHERE\s""";

  static Object[] visible(long t) {
    return new Object[] {t, t, t};
  }

  /** One claim's positions, by live actor id in the order of their first stance. */
  record ClaimState(long claim, Map<String, Position> positions, List<Long> sources) {
    ClaimSummary summary() {
      return ClaimSummary.of(positions.values());
    }
  }

  /** Reads facts rows ordered by claim and hands each claim's state to {@code sink} until it returns false. */
  private interface Sink {
    boolean accept(ClaimState s) throws SQLException;
  }

  private static void claims(Connection c, String where, Object[] params, Sink sink) throws SQLException {
    try (StatementCache.Lease l = Sql.prepare(c, FACTS + where + " ORDER BY s.claim_seq, s.seq", params);
        ResultSet rs = l.ps.executeQuery()) {
      long claim = -1;
      Map<String, List<Position.Fact>> facts = new LinkedHashMap<>();
      List<Long> sources = new ArrayList<>();
      while (rs.next()) {
        long k = rs.getLong(1);
        if (k != claim && claim != -1) {
          if (!sink.accept(state(claim, facts, sources))) return;
          facts = new LinkedHashMap<>();
          sources = new ArrayList<>();
        }
        claim = k;
        long source = rs.getLong(5);
        facts.computeIfAbsent(rs.getString(2), x -> new ArrayList<>()).add(new Position.Fact(rs.getLong(3),
            StanceKind.ofNumber(rs.getInt(4)), source, rs.getLong(6)));
        sources.add(source);
      }
      if (claim != -1) sink.accept(state(claim, facts, sources));
    }
  }

  private static ClaimState state(long claim, Map<String, List<Position.Fact>> facts, List<Long> sources) {
    Map<String, Position> positions = new LinkedHashMap<>();
    facts.forEach((actor, f) -> positions.put(actor, Position.of(f)));
    return new ClaimState(claim, positions, sources);
  }

  /** One claim's state at {@code t}. */
  static ClaimState claimState(Connection c, long claim, long t) throws SQLException {
    List<ClaimState> out = new ArrayList<>();
    claims(c, "s.claim_seq = ? AND " + VISIBLE, Sql.concat(new Object[] {claim}, visible(t)), s -> out.add(s));
    return out.isEmpty() ? new ClaimState(claim, Map.of(), List.of()) : out.get(0);
  }

  /** The claim with its summary at {@code t}. */
  static Claim claim(Connection c, ClaimState s) throws SQLException {
    Claim now = SqliteClaimStore.bySeq(c, s.claim());
    return new Claim(now.id(), now.text(), now.description(), s.summary(), now.createTime(), now.mergedInto());
  }

  /** The stances in force at {@code t} on a claim, oldest first, of the actors {@code keep} picks, of the kinds given. */
  static List<AttributedStance> stances(Connection c, long claim, long t, java.util.function.Predicate<String> keep,
      StanceKind... kinds) throws SQLException {
    StanceRows.Attributor attributor = new StanceRows.Attributor(c, t);
    List<StanceKind> wanted = List.of(kinds);
    List<AttributedStance> all = Sql.list(c, StanceRows.SELECT + " WHERE s.claim_seq = ? AND " + VISIBLE + " ORDER BY s.seq",
        rs -> attributor.map(rs, null), Sql.concat(new Object[] {claim}, visible(t)));
    List<AttributedStance> out = new ArrayList<>();
    for (AttributedStance a : all) {
      if ((wanted.isEmpty() || wanted.contains(a.stance().kind())) && keep.test(a.stance().resolvedActorId())) out.add(a);
    }
    return out;
  }

  /** The supporting stances of a claim at {@code t}: ASSERTS and SUGGESTS of actors whose position supports it. */
  static List<AttributedStance> supporting(Connection c, ClaimState s, long t) throws SQLException {
    return stances(c, s.claim(), t, a -> s.positions().get(a) != null && s.positions().get(a).supports(),
        StanceKind.ASSERTS, StanceKind.SUGGESTS);
  }

  static List<AttributedStance> denying(Connection c, ClaimState s, long t) throws SQLException {
    return stances(c, s.claim(), t, a -> s.positions().get(a) != null && s.positions().get(a).denies(), StanceKind.DENIES);
  }

  static ClaimAttribution claimAttribution(Connection c, long claim, boolean includeSuperseded, PageRequest page, long t)
      throws SQLException {
    long after = page.after() == null ? 0 : page.after()[0];
    StanceRows.Attributor attributor = new StanceRows.Attributor(c, t);
    List<Long> seqs = new ArrayList<>();
    List<AttributedStance> all = Sql.list(c, StanceRows.SELECT + " WHERE s.claim_seq = ? AND "
        + (includeSuperseded ? RECORDED : VISIBLE) + " ORDER BY s.seq", rs -> {
          seqs.add(rs.getLong("seq"));
          return attributor.map(rs, null);
        }, includeSuperseded ? new Object[] {claim, t, t} : Sql.concat(new Object[] {claim}, visible(t)));
    Map<String, List<AttributedStance>> byActor = new LinkedHashMap<>();
    Map<String, Long> first = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      String actor = all.get(i).stance().resolvedActorId();
      byActor.computeIfAbsent(actor, x -> new ArrayList<>()).add(all.get(i));
      first.putIfAbsent(actor, seqs.get(i));
    }
    List<ActorAttribution> items = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    for (var e : byActor.entrySet()) {
      long firstSeq = first.get(e.getKey());
      if (firstSeq <= after) continue;
      if (items.size() > page.size()) break;
      keys.add(new long[] {firstSeq});
      Actor actor = ActorRows.byId(c, e.getKey()).orElseThrow();
      items.add(new ActorAttribution(actor, e.getValue()));
    }
    return new ClaimAttribution(claim(c, claimState(c, claim, t)), Pages.of(items, keys, page.size()));
  }

  static Page<ContestedClaim> contested(Connection c, ContestedFilter f, Long actorSeq, Long sourceSeq, PageRequest page,
      long t) throws SQLException {
    long after = page.after() == null ? 0 : page.after()[0];
    String actor = actorSeq == null ? null : ActorRows.idOf(c, actorSeq);
    List<ClaimState> found = new ArrayList<>();
    claims(c, "s.claim_seq > ? AND " + VISIBLE, Sql.concat(new Object[] {after}, visible(t)), s -> {
      ClaimSummary sum = s.summary();
      if (!sum.contested()) return true;
      if (actor != null && (s.positions().get(actor) == null
          || !(s.positions().get(actor).supports() || s.positions().get(actor).denies()))) return true;
      if (sourceSeq != null && !s.sources().contains(sourceSeq)) return true;
      if (f.after() != null && (f.afterInclusive() ? sum.contestedTime().isBefore(f.after())
          : !sum.contestedTime().isAfter(f.after()))) return true;
      if (f.before() != null && (f.beforeInclusive() ? sum.contestedTime().isAfter(f.before())
          : !sum.contestedTime().isBefore(f.before()))) return true;
      found.add(s);
      return found.size() <= page.size();
    });
    List<ContestedClaim> items = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    for (ClaimState s : found) {
      keys.add(new long[] {s.claim()});
      items.add(items.size() < page.size() ? new ContestedClaim(claim(c, s), supporting(c, s, t), denying(c, s, t)) : null);
    }
    return Pages.of(items, keys, page.size());
  }

  static Page<OpposingClaim> opposing(Connection c, long a, long b, PageRequest page, long t) throws SQLException {
    long after = page.after() == null ? 0 : page.after()[0];
    String idA = ActorRows.idOf(c, a);
    String idB = ActorRows.idOf(c, b);
    List<ClaimState> found = new ArrayList<>();
    claims(c, "a.canonical_seq IN (?, ?) AND s.claim_seq > ? AND " + VISIBLE,
        Sql.concat(new Object[] {a, b, after}, visible(t)), s -> {
          Position pa = s.positions().get(idA);
          Position pb = s.positions().get(idB);
          if (pa != null && pb != null && ((pa.supports() && pb.denies()) || (pa.denies() && pb.supports()))) found.add(s);
          return found.size() <= page.size();
        });
    List<OpposingClaim> items = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    for (ClaimState s : found) {
      keys.add(new long[] {s.claim()});
      items.add(items.size() < page.size() ? new OpposingClaim(claim(c, claimState(c, s.claim(), t)),
          stances(c, s.claim(), t, idA::equals), stances(c, s.claim(), t, idB::equals)) : null);
    }
    return Pages.of(items, keys, page.size());
  }

  static Page<ConflictingReport> conflicting(Connection c, Long actorSeq, Long claimSeq, PageRequest page, long t)
      throws SQLException {
    long[] after = page.after() == null ? new long[] {0, 0} : page.after();
    String actor = actorSeq == null ? null : ActorRows.idOf(c, actorSeq);
    String where = "s.claim_seq >= ?" + (claimSeq == null ? "" : " AND s.claim_seq = ?") + " AND " + VISIBLE;
    Object[] params = claimSeq == null ? Sql.concat(new Object[] {after[0]}, visible(t))
        : Sql.concat(new Object[] {after[0], claimSeq}, visible(t));
    List<long[]> rows = new ArrayList<>();
    List<ConflictingReport> items = new ArrayList<>();
    claims(c, where, params, s -> {
      // In (claim, actor) order, as the maintained list is.
      java.util.TreeMap<Long, String> conflicted = new java.util.TreeMap<>();
      for (var e : s.positions().entrySet()) {
        if (e.getValue().conflicting() && (actor == null || actor.equals(e.getKey()))) {
          conflicted.put(ActorRows.keys(c, e.getKey()).seq(), e.getKey());
        }
      }
      Claim claim = null;
      for (var e : conflicted.entrySet()) {
        if (s.claim() == after[0] && e.getKey() <= after[1]) continue;
        rows.add(new long[] {s.claim(), e.getKey()});
        if (items.size() == page.size()) {
          items.add(null);
          return false;
        }
        if (claim == null) claim = claim(c, s);
        items.add(new ConflictingReport(claim, ActorRows.byId(c, e.getValue()).orElseThrow(),
            stances(c, s.claim(), t, e.getValue()::equals)));
      }
      return true;
    });
    return Pages.of(items, rows, page.size());
  }
}
