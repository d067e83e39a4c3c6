package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.Affiliation;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import dev.claimledger.store.ActorStore;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ActorStore} on SQLite. */
final class SqliteActorStore implements ActorStore {

  private static final String INSERT_ACTOR = """
      INSERT INTO actor (id, display_name, kind, description, merged_into_seq, canonical_seq, create_time, update_time)
      VALUES (?, ?, ?, ?, NULL, 0, ?, ?)""";
  private static final String SET_CANONICAL_SELF = "UPDATE actor SET canonical_seq = seq WHERE seq = ?";
  private static final String ALIAS_HOLDER = """
      SELECT a.id, a.seq FROM actor_alias x JOIN actor a ON a.seq = x.actor_seq WHERE x.alias_key = ?""";
  private static final String INSERT_ALIAS = """
      INSERT INTO actor_alias (alias_key, alias, actor_seq, position) VALUES (?, ?, ?, ?)""";
  private static final String DELETE_ALIASES = "DELETE FROM actor_alias WHERE actor_seq = ?";
  private static final String MAX_ALIAS_POSITION = """
      SELECT coalesce(max(position), -1) FROM actor_alias WHERE actor_seq = ?""";
  private static final String LIST = "SELECT " + ActorRows.COLUMNS + " FROM actor a";
  private static final String UPDATE_ACTOR = """
      UPDATE actor SET display_name = ?, kind = ?, description = ?, update_time = ? WHERE seq = ?""";
  private static final String LOOKUP = """
      SELECT x.alias, a.canonical_seq FROM actor_alias x JOIN actor a ON a.seq = x.actor_seq WHERE x.alias_key = ?""";
  private static final String MERGE_ACTOR = """
      UPDATE actor SET merged_into_seq = ?, canonical_seq = ?, update_time = ? WHERE seq = ?""";
  private static final String REPOINT_CANONICAL = "UPDATE actor SET canonical_seq = ? WHERE canonical_seq = ?";
  private static final String MOVE_ALIASES = """
      UPDATE actor_alias SET actor_seq = ?, position = position + ? WHERE actor_seq = ?""";
  private static final String TOUCH = "UPDATE actor SET update_time = ? WHERE seq = ?";
  private static final String INSERT_AFFILIATION = """
      INSERT INTO affiliation (id, member_seq, organization_seq, role, title, create_time)
      VALUES (?, ?, ?, ?, ?, ?)""";
  private static final String AFFILIATION_EXISTS = """
      SELECT id FROM affiliation WHERE member_seq = ? AND organization_seq = ? AND role = ?""";
  private static final String AFFILIATION_COLUMNS = """
      f.seq, f.id, m.id AS member_id, o.id AS organization_id, f.role, f.title, f.create_time
      FROM affiliation f JOIN actor m ON m.seq = f.member_seq JOIN actor o ON o.seq = f.organization_seq""";
  private static final String AFFILIATION_BY_SEQ = "SELECT " + AFFILIATION_COLUMNS + " WHERE f.seq = ?";
  private static final String LIST_AFFILIATIONS = "SELECT " + AFFILIATION_COLUMNS;

  private final SqliteDatabase db;
  private final PositionMaintainer positions;

  SqliteActorStore(SqliteDatabase db, PositionMaintainer positions) {
    this.db = db;
    this.positions = positions;
  }

  @Override
  public Actor create(ActorFields f, String requestedId) {
    return db.write(c -> insert(c, f, requestedId));
  }

  /** CreateActor inside the caller's transaction. */
  static Actor insert(Connection c, ActorFields f, String requestedId) throws SQLException {
    String id = Ids.allocate(c, Ids.Table.ACTOR, requestedId, f.displayName(), "actor");
    long now = Sql.now();
    long seq = Sql.insert(c, INSERT_ACTOR, id, f.displayName(), f.kind().number, f.description(), now, now);
    Sql.update(c, SET_CANONICAL_SELF, seq);
    writeAliases(c, seq, f.displayName(), f.aliases(), 0);
    Audit.record(c, "CreateActor", "actors/" + id, f.displayName());
    return ActorRows.bySeq(c, seq);
  }

  /** Inserts the display name and aliases (deduplicated by key) from {@code position} on. */
  private static void writeAliases(Connection c, long seq, String displayName, List<String> aliases, int position)
      throws SQLException {
    Map<String, String> byKey = new LinkedHashMap<>();
    byKey.put(Names.key(displayName), displayName);
    for (String a : aliases) byKey.putIfAbsent(Names.key(a), a);
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      var holder = Sql.one(c, ALIAS_HOLDER, rs -> rs.getString(1), e.getKey());
      if (holder.isPresent()) {
        throw LedgerError.alreadyExists("ALIAS_IN_USE",
            "alias \"" + e.getValue() + "\" already names actors/" + holder.get(),
            Map.of("alias", e.getValue(), "actor", "actors/" + holder.get()));
      }
      Sql.update(c, INSERT_ALIAS, e.getKey(), e.getValue(), seq, position++);
    }
  }

  @Override
  public Optional<Actor> get(String id) {
    return db.read(c -> ActorRows.byId(c, id));
  }

  @Override
  public Page<Actor> list(ActorFilter f, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    Integer kind = f.kind() == null ? null : f.kind().number;
    return db.read(c -> {
      List<long[]> keys = new ArrayList<>();
      Where w = new Where().and("a.seq > ?", after)
          .andIf(kind, Boolean.TRUE.equals(f.kindEquals()) ? "a.kind = ?" : "a.kind != ?", kind)
          .andIf(f.merged(), Boolean.TRUE.equals(f.merged()) ? "a.merged_into_seq IS NOT NULL"
              : "a.merged_into_seq IS NULL");
      List<Actor> actors = Sql.list(c, LIST + w.sql() + " ORDER BY a.seq LIMIT ?", rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        return ActorRows.map(c, rs);
      }, w.params(page.size() + 1));
      return Pages.of(actors, keys, page.size());
    });
  }

  @Override
  public Actor update(String id, ActorFields f, Set<String> mask) {
    return db.write(c -> {
      Actor current = ActorRows.byId(c, id).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", "actors/" + id));
      if (current.mergedInto() != null) throw merged(current);
      long seq = ActorRows.keys(c, id).seq();
      String displayName = mask.contains("display_name") ? f.displayName() : current.displayName();
      var kind = mask.contains("kind") ? f.kind() : current.kind();
      String description = mask.contains("description") ? f.description() : current.description();
      List<String> aliases = mask.contains("aliases") ? f.aliases() : current.aliases();
      Sql.update(c, DELETE_ALIASES, seq);
      writeAliases(c, seq, displayName, aliases, 0);
      Sql.update(c, UPDATE_ACTOR, displayName, kind.number, description, Sql.now(), seq);
      Audit.record(c, "UpdateActor", "actors/" + id, String.join(",", mask));
      // A named actor counts as its own origin, an unnamed group by its outlet: its claims' states may change.
      if (kind != current.kind()) markClaimsOf(c, seq);
      return ActorRows.bySeq(c, seq);
    });
  }

  @Override
  public Optional<Lookup> lookup(String alias) {
    return db.read(c -> {
      var hit = Sql.one(c, LOOKUP, rs -> new Object[] {rs.getString(1), rs.getLong(2)}, Names.key(alias));
      if (hit.isEmpty()) return Optional.empty();
      return Optional.of(new Lookup(ActorRows.bySeq(c, (Long) hit.get()[1]), (String) hit.get()[0]));
    });
  }

  @Override
  public List<Actor> merge(String id, String intoId, String reason) {
    return db.write(c -> {
      ActorRows.Keys from = ActorRows.keys(c, id);
      ActorRows.Keys into = ActorRows.keys(c, intoId);
      for (var k : List.of(from, into)) {
        if (k.seq() != k.canonicalSeq()) throw merged(ActorRows.bySeq(c, k.seq()));
      }
      if (from.seq() == into.seq()) {
        throw LedgerError.failedPrecondition("SAME_ACTOR", "an actor cannot be merged into itself",
            Map.of("actor", "actors/" + id));
      }
      long now = Sql.now();
      List<Long> claims = positions.claimsOf(c, from.seq());
      Sql.update(c, MERGE_ACTOR, into.seq(), into.seq(), now, from.seq());
      Sql.update(c, REPOINT_CANONICAL, into.seq(), from.seq());
      int offset = Sql.one(c, MAX_ALIAS_POSITION, rs -> rs.getInt(1), into.seq()).orElse(-1) + 1;
      Sql.update(c, MOVE_ALIASES, into.seq(), offset, from.seq());
      Sql.update(c, TOUCH, now, into.seq());
      List<long[]> touched = new java.util.ArrayList<>();
      for (long claim : claims) {
        touched.add(new long[] {claim, from.seq()});
        touched.add(new long[] {claim, into.seq()});
      }
      positions.refreshTogether(c, touched);
      Audit.record(c, "MergeActors", "actors/" + id, "into actors/" + intoId + ": " + reason);
      Audit.record(c, "MergeActors", "actors/" + intoId, "absorbed actors/" + id + ": " + reason);
      return List.of(ActorRows.bySeq(c, into.seq()), ActorRows.bySeq(c, from.seq()));
    });
  }

  /** Marks for recomputation every claim on which the live actor {@code actorSeq} has a position. */
  private static void markClaimsOf(Connection c, long actorSeq) throws SQLException {
    for (long claim : Sql.list(c, "SELECT claim_seq FROM claim_actor_position WHERE actor_seq = ?", rs -> rs.getLong(1),
        actorSeq)) {
      PositionMaintainer.markDirty(c, claim);
    }
  }

  private static LedgerError merged(Actor a) {
    return LedgerError.failedPrecondition("ACTOR_MERGED",
        "actors/" + a.id() + " was merged into actors/" + a.mergedInto(),
        Map.of("actor", "actors/" + a.id(), "merged_into", "actors/" + a.mergedInto()));
  }

  @Override
  public Affiliation createAffiliation(String memberId, String organizationId, AffiliationRole role, String title,
      String requestedId) {
    return db.write(c -> insertAffiliation(c, memberId, organizationId, role, title, requestedId));
  }

  /** CreateAffiliation inside the caller's transaction. */
  static Affiliation insertAffiliation(Connection c, String memberId, String organizationId, AffiliationRole role,
      String title, String requestedId) throws SQLException {
    ActorRows.Keys member = ActorRows.keys(c, memberId);
    ActorRows.Keys org = ActorRows.keys(c, organizationId);
    for (var k : List.of(member, org)) {
      if (k.seq() != k.canonicalSeq()) throw merged(ActorRows.bySeq(c, k.seq()));
    }
    if (member.seq() == org.seq()) {
      throw LedgerError.invalidField("INVALID_ARGUMENT", "affiliation.organization",
          "must be another actor than the member");
    }
    var existing = Sql.one(c, AFFILIATION_EXISTS, rs -> rs.getString(1), member.seq(), org.seq(), role.number);
    if (existing.isPresent()) {
      throw LedgerError.alreadyExists("AFFILIATION_ALREADY_EXISTS",
          "actors/" + memberId + " already has this affiliation with actors/" + organizationId,
          Map.of("resource", "actors/" + memberId + "/affiliations/" + existing.get()));
    }
    if (role.speaksFor && RollUp.speakersFor(c, member.seq()).containsKey(org.seq())) {
      throw LedgerError.failedPrecondition("AFFILIATION_CYCLE",
          "actors/" + organizationId + " already speaks for actors/" + memberId,
          Map.of("member", "actors/" + memberId, "organization", "actors/" + organizationId));
    }
    String id = Ids.allocate(c, Ids.Table.AFFILIATION, requestedId,
        organizationId + " " + role.name().toLowerCase(java.util.Locale.ROOT), "affiliation");
    long seq = Sql.insert(c, INSERT_AFFILIATION, id, member.seq(), org.seq(), role.number, title, Sql.now());
    // Whom the member speaks for decides how its claims' origins group: they are recomputed.
    if (role.speaksFor) {
      markClaimsOf(c, member.seq());
      for (long speaker : RollUp.speakersFor(c, member.seq()).keySet()) markClaimsOf(c, speaker);
    }
    Audit.record(c, "CreateAffiliation", "actors/" + memberId + "/affiliations/" + id,
        role.name() + " of actors/" + organizationId);
    return Sql.one(c, AFFILIATION_BY_SEQ, SqliteActorStore::mapAffiliation, seq).orElseThrow();
  }

  @Override
  public Page<Affiliation> listAffiliations(String memberId, String organizationId, AffiliationRole role,
      Boolean roleEquals, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      Long member = memberId == null ? null : ActorRows.keys(c, memberId).seq();
      Long org = organizationId == null ? null : ActorRows.keys(c, organizationId).seq();
      Integer r = role == null ? null : role.number;
      List<long[]> keys = new ArrayList<>();
      Where w = new Where().and("f.seq > ?", after)
          .andIf(member, "f.member_seq = ?", member)
          .andIf(org, "f.organization_seq = ?", org)
          .andIf(r, Boolean.TRUE.equals(roleEquals) ? "f.role = ?" : "f.role != ?", r);
      List<Affiliation> items = Sql.list(c, LIST_AFFILIATIONS + w.sql() + " ORDER BY f.seq LIMIT ?", rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        return mapAffiliation(rs);
      }, w.params(page.size() + 1));
      return Pages.of(items, keys, page.size());
    });
  }

  private static Affiliation mapAffiliation(ResultSet rs) throws SQLException {
    return new Affiliation(rs.getString("id"), rs.getString("member_id"), rs.getString("organization_id"),
        AffiliationRole.ofNumber(rs.getInt("role")), rs.getString("title"), Sql.instant(rs.getLong("create_time")));
  }
}
