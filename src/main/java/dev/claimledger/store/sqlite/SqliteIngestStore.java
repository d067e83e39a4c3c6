package dev.claimledger.store.sqlite;

import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.domain.Actor;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.Stance;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.SourceStore;
import dev.claimledger.store.SourceStore.SourceFields;
import dev.claimledger.store.StanceStore.StanceFields;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link IngestStore} on SQLite: the create paths of the other stores, in one transaction. */
final class SqliteIngestStore implements IngestStore {

  private static final String ALIAS_HOLDERS = """
      SELECT x.alias_key, a.canonical_seq FROM actor_alias x JOIN actor a ON a.seq = x.actor_seq
       WHERE x.alias_key IN (%s)""";
  private static final String ALIAS_HOLDER = "SELECT actor_seq FROM actor_alias WHERE alias_key = ?";
  private static final String NEXT_ALIAS_POSITION = "SELECT coalesce(max(position), -1) + 1 FROM actor_alias WHERE actor_seq = ?";
  private static final String INSERT_ALIAS = "INSERT INTO actor_alias (alias_key, alias, actor_seq, position) VALUES (?, ?, ?, ?)";
  private static final String ANY_AFFILIATION = """
      SELECT 1 FROM affiliation WHERE (member_seq = ? AND organization_seq = ?) OR (member_seq = ? AND organization_seq = ?)""";
  private static final String SIMILAR_CLAIMS = "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?";
  private static final String SUGGEST = """
      INSERT OR IGNORE INTO claim_match_suggestion (claim_seq, similar_seq, score, create_time)
      SELECT a.seq, b.seq, ?, ? FROM claim a, claim b WHERE a.id = ? AND b.id = ?""";
  private static final String CURATED_STANCE = """
      SELECT s.seq FROM stance s
        JOIN source src ON src.seq = s.source_seq
        JOIN actor a ON a.seq = s.actor_seq
        JOIN actor live ON live.seq = a.canonical_seq
       WHERE src.id = ? AND live.id = ? AND s.origin = ? AND s.kind IN (?, ?, ?, ?)
         AND s.excerpt_start < ? AND s.excerpt_end > ?
         AND \n""" + StanceRows.IN_FORCE + " ORDER BY s.seq LIMIT 1";

  private static final String OVERLAPPING_STANCE = """
      SELECT s.seq FROM stance s
        JOIN source src ON src.seq = s.source_seq
        JOIN claim c ON c.seq = s.claim_seq
        JOIN actor a ON a.seq = s.actor_seq
        JOIN actor live ON live.seq = a.canonical_seq
       WHERE src.id = ? AND c.id = ? AND live.id = ? AND s.excerpt_start < ? AND s.excerpt_end > ?
         AND \n""" + StanceRows.IN_FORCE + " ORDER BY s.seq LIMIT 1";

  private final SqliteDatabase db;
  private final PositionMaintainer positions;

  SqliteIngestStore(SqliteDatabase db, PositionMaintainer positions) {
    this.db = db;
    this.positions = positions;
  }

  @Override
  public <T> T inTransaction(boolean preview, Function<Tx, T> work) {
    return db.write(c -> work.apply(new SqlTx(c)), !preview);
  }

  /** Wraps SQLException, which Function cannot throw; SqliteDatabase unwraps nothing: it is a storage failure. */
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new IllegalStateException("storage failure", e);
    }
  }

  private final class SqlTx implements Tx {
    private final Connection c;

    SqlTx(Connection c) {
      this.c = c;
    }

    @Override
    public Map<String, Actor> actorsByAliasKey(Collection<String> aliasKeys) {
      if (aliasKeys.isEmpty()) return Map.of();
      return sql(() -> {
        Map<Long, Actor> bySeq = new HashMap<>();
        Map<String, Actor> out = new HashMap<>();
        for (Object[] row : Sql.list(c, ALIAS_HOLDERS.formatted(Sql.placeholders(aliasKeys.size())),
            rs -> new Object[] {rs.getString(1), rs.getLong(2)}, aliasKeys.toArray())) {
          long seq = (Long) row[1];
          Actor a = bySeq.get(seq);
          if (a == null) bySeq.put(seq, a = ActorRows.bySeq(c, seq));
          out.put((String) row[0], a);
        }
        return out;
      });
    }

    @Override
    public Optional<Actor> actor(String id) {
      return sql(() -> ActorRows.byId(c, id));
    }

    @Override
    public Actor createActor(ActorFields fields) {
      return sql(() -> SqliteActorStore.insert(c, fields, null));
    }

    @Override
    public boolean addAlias(String actorId, String alias) {
      return sql(() -> {
        String key = Names.key(alias);
        if (key.isEmpty() || Sql.one(c, ALIAS_HOLDER, rs -> rs.getLong(1), key).isPresent()) return false;
        long seq = ActorRows.keys(c, actorId).seq();
        int position = Sql.one(c, NEXT_ALIAS_POSITION, rs -> rs.getInt(1), seq).orElse(0);
        Sql.update(c, INSERT_ALIAS, key, alias, seq, position);
        Audit.record(c, "AddAlias", "actors/" + actorId, alias);
        return true;
      });
    }

    @Override
    public void affiliate(String memberId, String organizationId, AffiliationRole role, String title) {
      sql(() -> {
        long member = ActorRows.keys(c, memberId).seq();
        long org = ActorRows.keys(c, organizationId).seq();
        if (member == org || Sql.one(c, ANY_AFFILIATION, rs -> true, member, org, org, member).isPresent()) return null;
        return SqliteActorStore.insertAffiliation(c, memberId, organizationId, role, title, null);
      });
    }

    @Override
    public SourceStore.Recorded createSource(SourceFields fields, String requestedId) {
      return sql(() -> SqliteSourceStore.insert(c, fields, requestedId));
    }

    @Override
    public List<Claim> similarClaims(Collection<String> words, int limit) {
      List<String> terms = new ArrayList<>();
      for (String w : words) {
        String plain = w.replaceAll("[^\\p{L}\\p{N}]", "");
        if (!plain.isEmpty()) terms.add("\"" + plain + "\"");
      }
      if (terms.isEmpty()) return List.of();
      return sql(() -> {
        List<Claim> out = new ArrayList<>();
        for (long seq : Sql.list(c, SIMILAR_CLAIMS, rs -> rs.getLong(1), String.join(" OR ", terms), limit)) {
          out.add(SqliteClaimStore.bySeq(c, seq));
        }
        return out;
      });
    }

    @Override
    public Claim createClaim(String text, String description) {
      return sql(() -> SqliteClaimStore.insert(c, text, description, null));
    }

    @Override
    public void suggestMatch(String claimId, String similarClaimId, double score) {
      sql(() -> Sql.update(c, SUGGEST, score, Sql.now(), claimId, similarClaimId));
    }

    @Override
    public Optional<Stance> overlappingStance(String sourceId, String claimId, String actorId, int start, int end) {
      return sql(() -> {
        var seq = Sql.one(c, OVERLAPPING_STANCE, rs -> rs.getLong(1), sourceId, claimId, actorId, end, start);
        return seq.isEmpty() ? Optional.empty() : Optional.of(SqliteStanceStore.get(c, seq.get()));
      });
    }

    @Override
    public Optional<Stance> curatedStance(String sourceId, String actorId, StanceKind kind, int start, int end) {
      int[] family = new int[] {0, 0, 0, 0};
      int n = 0;
      for (StanceKind k : StanceKind.values()) {
        if (k.family == kind.family && n < family.length) family[n++] = k.number;
      }
      int[] kinds = family;
      return sql(() -> {
        var seq = Sql.one(c, CURATED_STANCE, rs -> rs.getLong(1), sourceId, actorId, StanceOrigin.MANUAL.number,
            kinds[0], kinds[1], kinds[2], kinds[3], end, start);
        return seq.isEmpty() ? Optional.empty() : Optional.of(SqliteStanceStore.get(c, seq.get()));
      });
    }

    @Override
    public Stance createStance(StanceFields fields, String extractorVersion, double confidence) {
      return sql(() -> {
        long seq = SqliteStanceStore.insert(c, positions, fields, null, null, "", extractorVersion, confidence);
        Audit.record(c, "IngestStance", "claims/" + fields.claimId() + "/stances/" + SqliteStanceStore.get(c, seq).ref().stanceId(),
            fields.kind().name());
        return SqliteStanceStore.get(c, seq);
      });
    }
  }
}
