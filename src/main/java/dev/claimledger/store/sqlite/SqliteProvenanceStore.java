package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.NearCopies;
import dev.claimledger.domain.Origins;
import dev.claimledger.domain.Review;
import dev.claimledger.domain.ReviewRating;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.domain.Verification;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.Provenance.ClaimEvidence;
import dev.claimledger.store.Provenance.Hop;
import dev.claimledger.store.Provenance.Role;
import dev.claimledger.store.Provenance.StanceTrace;
import dev.claimledger.store.ProvenanceStore;
import dev.claimledger.store.Queries.AttributedStance;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ProvenanceStore} on SQLite: chains from stances, sources and affiliations; reviews in their own table. */
final class SqliteProvenanceStore implements ProvenanceStore {

  private static final String IN_FORCE = StanceRows.SELECT + " WHERE s.claim_seq = ? AND " + StanceRows.IN_FORCE
      + " ORDER BY s.seq";
  private static final String STANCE = StanceRows.SELECT + " WHERE s.id = ? AND " + StanceRows.UNDER_CLAIM;
  /** The organizations an actor (and the actors merged into it) speaks for, oldest affiliation first. */
  private static final String SPEAKS_FOR = """
      SELECT co.id, f.title FROM actor m
        JOIN affiliation f ON f.member_seq = m.seq
        JOIN actor o ON o.seq = f.organization_seq
        JOIN actor co ON co.seq = o.canonical_seq
       WHERE m.canonical_seq = (SELECT canonical_seq FROM actor WHERE id = ?) AND f.role IN (""" + RollUp.SPEAKING_ROLES + """
      ) ORDER BY f.seq""";
  private static final String LIVE_ACTOR = """
      SELECT ca.id FROM actor a JOIN actor ca ON ca.seq = a.canonical_seq WHERE a.id = ?""";
  private static final String FINGERPRINT = """
      SELECT f.minhash FROM source s JOIN source_fingerprint f ON f.source_seq = s.seq WHERE s.id = ?""";
  private static final String SOURCE_TEXT = "SELECT text FROM source WHERE id = ?";
  private static final String SOURCE_SEQ = "SELECT seq FROM source WHERE id = ?";
  private static final String REVIEW_COLUMNS = """
      SELECT r.seq, r.id, c.id AS claim_id, r.rating, r.reviewer, r.rationale, r.create_time
        FROM claim_review r JOIN claim c ON c.seq = r.claim_seq""";
  /** A claim's reviews and those of the claims merged into it (merges point straight at the survivor). */
  private static final String REVIEWS = REVIEW_COLUMNS + """

       WHERE r.claim_seq IN (SELECT seq FROM claim WHERE seq = ? OR merged_into_seq = ?) AND r.seq > ?
       ORDER BY r.seq LIMIT ?""";
  private static final String LATEST_REVIEW = REVIEW_COLUMNS
      + " WHERE r.claim_seq IN (SELECT seq FROM claim WHERE seq = ? OR merged_into_seq = ?) ORDER BY r.seq DESC LIMIT 1";
  private static final String REVIEW_EVIDENCE = """
      SELECT e.uri, s.id FROM review_evidence e LEFT JOIN source s ON s.seq = e.source_seq
       WHERE e.review_seq = ? ORDER BY e.position""";
  private static final String INSERT_REVIEW = """
      INSERT INTO claim_review (id, claim_seq, rating, reviewer, rationale, create_time) VALUES (?, ?, ?, ?, ?, ?)""";
  private static final String INSERT_EVIDENCE = """
      INSERT INTO review_evidence (review_seq, position, source_seq, uri) VALUES (?, ?, ?, ?)""";
  private static final String REVIEW_BY_SEQ = REVIEW_COLUMNS + " WHERE r.seq = ?";
  /** Affiliation chains longer than this are cut: no real hierarchy is this deep. */
  private static final int MAX_SPEAKS_FOR = 8;

  private final SqliteDatabase db;

  SqliteProvenanceStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public StanceTrace trace(StanceRef ref) {
    return db.read(c -> {
      StanceRows.Attributor attributor = new StanceRows.Attributor(c);
      AttributedStance s = Sql.one(c, STANCE, rs -> attributor.map(rs, null), ref.stanceId(), ref.claimId(), ref.claimId())
          .orElseThrow(() -> LedgerError.notFound("STANCE_NOT_FOUND", ref.name()));
      Chains chains = new Chains(c);
      List<Hop> hops = chains.of(s);
      List<Origins.Origin> origin = Origins.of(List.of(chains.report(s, hops)));
      return new StanceTrace(s, hops, origin.get(0).actor());
    });
  }

  @Override
  public ClaimEvidence evidence(String claimId) {
    return evidence(claimId, null);
  }

  @Override
  public ClaimEvidence evidence(String claimId, java.time.Instant asOf) {
    return db.read(c -> {
      long claim = SqliteClaimStore.survivorSeq(c, claimId);
      return asOf == null ? evidence(c, claim) : evidenceAsOf(c, claim, Sql.micros(asOf));
    });
  }

  /** The evidence of a claim as it stood at {@code t}. */
  private static ClaimEvidence evidenceAsOf(Connection c, long claim, long t) throws SQLException {
    AsOf.ClaimState state = AsOf.claimState(c, claim, t);
    List<AttributedStance> inForce = AsOf.stances(c, claim, t, a -> true);
    List<AttributedStance> supporting = AsOf.supporting(c, state, t);
    Chains chains = new Chains(c);
    Map<String, List<Hop>> hops = new LinkedHashMap<>();
    for (AttributedStance s : inForce) hops.put(s.stance().ref().name(), chains.of(s));
    List<Origins.Report> reports = new ArrayList<>();
    for (AttributedStance s : supporting) reports.add(chains.report(s, hops.get(s.stance().ref().name())));
    List<Review> reviews = new ArrayList<>();
    for (Review r : reviews(c, claim, 0, Integer.MAX_VALUE - 1)) {
      if (Sql.micros(r.createTime()) <= t) reviews.add(r);
    }
    return new ClaimEvidence(AsOf.claim(c, state), inForce, List.copyOf(hops.values()), reports,
        AsOf.denying(c, state, t), reviews, Map.copyOf(chains.actors));
  }

  /** The evidence of the live claim {@code claim}, read in the caller's transaction. */
  static ClaimEvidence evidence(Connection c, long claim) throws SQLException {
    StanceRows.Attributor attributor = new StanceRows.Attributor(c);
    List<AttributedStance> inForce = Sql.list(c, IN_FORCE, rs -> attributor.map(rs, null), claim);
    List<AttributedStance> supporting = Sql.list(c, SqliteLedgerQueries.SUPPORTING, rs -> attributor.map(rs, null), claim, claim);
    List<AttributedStance> denying = Sql.list(c, SqliteLedgerQueries.DENYING, rs -> attributor.map(rs, null), claim, claim);
    Chains chains = new Chains(c);
    Map<String, List<Hop>> hops = new LinkedHashMap<>();
    for (AttributedStance s : inForce) hops.put(s.stance().ref().name(), chains.of(s));
    List<Origins.Report> reports = new ArrayList<>();
    for (AttributedStance s : supporting) reports.add(chains.report(s, hops.get(s.stance().ref().name())));
    List<Review> reviews = reviews(c, claim, 0, Integer.MAX_VALUE - 1);
    return new ClaimEvidence(SqliteClaimStore.bySeq(c, claim), inForce, List.copyOf(hops.values()), reports, denying,
        reviews, Map.copyOf(chains.actors));
  }

  /**
   * The verification state of the live claim {@code claim}, from its supporting stances and latest
   * review only (what the state depends on), reusing {@code chains} across claims.
   */
  static Verification verification(Connection c, long claim, Chains chains) throws SQLException {
    StanceRows.Attributor attributor = new StanceRows.Attributor(c);
    List<AttributedStance> supporting = Sql.list(c, SqliteLedgerQueries.SUPPORTING, rs -> attributor.map(rs, null), claim, claim);
    List<Origins.Report> reports = new ArrayList<>(supporting.size());
    for (AttributedStance s : supporting) reports.add(chains.report(s, chains.of(s)));
    Review latest = Sql.one(c, LATEST_REVIEW, rs -> review(c, rs), claim, claim).orElse(null);
    Claim k = SqliteClaimStore.bySeq(c, claim);
    List<Origins.Origin> origins = Origins.of(reports);
    Map<String, String> names = new HashMap<>();
    for (Origins.Origin o : origins) {
      if (o.actor() != null) names.put(o.actor(), chains.actor(o.actor()).displayName());
    }
    return Verification.of(k.summary().contested(), k.summary().denyingActorCount(), origins, latest, names);
  }

  /** Builds the chains of reports, reading each actor, affiliation chain and fingerprint once. */
  static final class Chains {
    private final Connection c;
    final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> live = new HashMap<>();
    private final Map<String, List<String[]>> speaksFor = new HashMap<>();
    private final Map<String, long[]> fingerprints = new HashMap<>();

    Chains(Connection c) {
      this.c = c;
    }

    /** The live actor for {@code id}, read once. */
    Actor actor(String id) throws SQLException {
      String liveId = live.get(id);
      if (liveId == null) {
        liveId = Sql.one(c, LIVE_ACTOR, rs -> rs.getString(1), id).orElse(id);
        live.put(id, liveId);
      }
      Actor a = actors.get(liveId);
      if (a == null) {
        a = ActorRows.byId(c, liveId).orElseThrow();
        actors.put(liveId, a);
      }
      return a;
    }

    /** Publisher, relays (source's, then the stance's), speaker, then whom the speaker speaks for; each actor once. */
    List<Hop> of(AttributedStance s) throws SQLException {
      Map<String, Hop> hops = new LinkedHashMap<>();
      String speaker = actor(s.stance().resolvedActorId()).id();
      if (s.source().publisherId() != null) add(hops, actor(s.source().publisherId()), Role.PUBLISHER, "");
      List<String> relays = new ArrayList<>(s.source().relayIds());
      relays.addAll(s.stance().relayChain());
      for (String r : relays) {
        Actor a = actor(r);
        if (!a.id().equals(speaker)) add(hops, a, Role.RELAY, "");
      }
      add(hops, actor(speaker), Role.SPEAKER, "");
      for (String[] org : speaksForChain(speaker, hops.keySet())) add(hops, actor(org[0]), Role.SPEAKS_FOR, org[1]);
      return List.copyOf(hops.values());
    }

    private static void add(Map<String, Hop> hops, Actor a, Role role, String via) {
      hops.putIfAbsent(a.id(), new Hop(a.id(), a.displayName(), a.kind(), role, via));
    }

    /**
     * Whom {@code speaker} speaks for, nearest first ({id, affiliation title}): at each step the
     * oldest speaks-for affiliation to an actor not in {@code skip} nor already on the chain.
     */
    private List<String[]> speaksForChain(String speaker, java.util.Set<String> skip) throws SQLException {
      List<String[]> chain = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>(skip);
      String at = speaker;
      for (int depth = 0; depth < MAX_SPEAKS_FOR; depth++) {
        String[] next = null;
        for (String[] org : speaksFor(at)) {
          if (!seen.contains(org[0])) {
            next = org;
            break;
          }
        }
        if (next == null) break;
        seen.add(next[0]);
        chain.add(next);
        at = next[0];
      }
      return chain;
    }

    private List<String[]> speaksFor(String actorId) throws SQLException {
      List<String[]> orgs = speaksFor.get(actorId);
      if (orgs == null) {
        orgs = Sql.list(c, SPEAKS_FOR, rs -> new String[] {rs.getString(1), rs.getString(2)}, actorId);
        speaksFor.put(actorId, orgs);
      }
      return orgs;
    }

    /** The report of a supporting stance, for counting origins. */
    Origins.Report report(AttributedStance s, List<Hop> hops) throws SQLException {
      Actor speaker = actor(s.stance().resolvedActorId());
      List<String> outlets = new ArrayList<>();
      for (Hop h : hops) {
        if (h.role() == Role.PUBLISHER || h.role() == Role.RELAY) outlets.add(h.actorId());
      }
      // Whom the speaker speaks for, walked on its own: an organisation that also published or
      // relayed the article (a ministry on its own site) is still the one its spokesperson speaks for.
      List<String> orgs = new ArrayList<>();
      for (String[] org : speaksForChain(speaker.id(), java.util.Set.of(speaker.id()))) orgs.add(org[0]);
      // The publisher speaking on its own account: its own hop is the PUBLISHER one.
      if (outlets.contains(speaker.id())) {
        outlets.remove(speaker.id());
        outlets.add(speaker.id());
      }
      return new Origins.Report(s.stance().ref().name(), speaker.id(), speaker.kind() != ActorKind.UNNAMED_GROUP,
          orgs, s.source().id(), outlets, fingerprint(s.source().id()));
    }

    private long[] fingerprint(String sourceId) throws SQLException {
      long[] f = fingerprints.get(sourceId);
      if (f == null) {
        f = NearCopies.fromBytes(Sql.one(c, FINGERPRINT, rs -> rs.getBytes(1), sourceId).orElse(null));
        // Recorded before fingerprints were kept: computed from the text, as it would have been.
        if (f == null) f = NearCopies.signature(Sql.one(c, SOURCE_TEXT, rs -> rs.getString(1), sourceId).orElse(""));
        fingerprints.put(sourceId, f);
      }
      return f;
    }
  }

  @Override
  public Review createReview(String claimId, ReviewFields f, String requestedId) {
    return db.write(c -> {
      long claim = SqliteClaimStore.liveSeq(c, claimId);
      List<Object[]> evidence = new ArrayList<>();
      for (String e : f.evidence()) {
        if (e.startsWith("sources/")) {
          String id = e.substring("sources/".length());
          long seq = Sql.one(c, SOURCE_SEQ, rs -> rs.getLong(1), id)
              .orElseThrow(() -> LedgerError.notFound("SOURCE_NOT_FOUND", e));
          evidence.add(new Object[] {seq, null});
        } else {
          evidence.add(new Object[] {null, e});
        }
      }
      String id = Ids.allocate(c, Ids.Table.REVIEW, requestedId, f.reviewer(), "review");
      long seq = Sql.insert(c, INSERT_REVIEW, id, claim, f.rating().number, f.reviewer(), f.rationale(), Sql.now());
      for (int i = 0; i < evidence.size(); i++) Sql.update(c, INSERT_EVIDENCE, seq, i, evidence.get(i)[0], evidence.get(i)[1]);
      Audit.record(c, "CreateReview", "claims/" + claimId + "/reviews/" + id, f.rating().name() + " by " + f.reviewer());
      PositionMaintainer.markDirty(c, claim);
      return Sql.one(c, REVIEW_BY_SEQ, rs -> review(c, rs), seq).orElseThrow();
    });
  }

  @Override
  public Page<Review> reviews(String claimId, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      long claim = SqliteClaimStore.survivorSeq(c, claimId);
      List<long[]> keys = new ArrayList<>();
      List<Review> items = new ArrayList<>();
      Sql.list(c, REVIEWS, rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        items.add(review(c, rs));
        return null;
      }, claim, claim, after, page.size() + 1);
      return Pages.of(items, keys, page.size());
    });
  }

  private static List<Review> reviews(Connection c, long claim, long after, int limit) throws SQLException {
    return Sql.list(c, REVIEWS, rs -> review(c, rs), claim, claim, after, limit);
  }

  private static Review review(Connection c, ResultSet rs) throws SQLException {
    List<String> evidence = Sql.list(c, REVIEW_EVIDENCE,
        e -> e.getString(1) != null ? e.getString(1) : "sources/" + e.getString(2), rs.getLong("seq"));
    return new Review(rs.getString("claim_id"), rs.getString("id"), ReviewRating.ofNumber(rs.getInt("rating")),
        rs.getString("reviewer"), rs.getString("rationale"), evidence, Sql.instant(rs.getLong("create_time")));
  }
}
