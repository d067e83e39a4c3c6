package dev.claimledger.store.sqlite;

import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.Stance;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.IngestStore.ActorName;
import dev.claimledger.store.IngestStore.Candidate;
import dev.claimledger.store.IngestStore.Reads;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link IngestStore} on SQLite: the create paths of the other stores, in one transaction. */
final class SqliteIngestStore implements IngestStore {
  private static final Logger LOG = Logger.getLogger(SqliteIngestStore.class.getName());

  // One statement for any number of keys (a JSON array), so it is prepared once.
  private static final String ALIAS_HOLDERS = """
      SELECT x.alias_key, live.id, live.display_name, live.kind
        FROM actor_alias x JOIN actor a ON a.seq = x.actor_seq JOIN actor live ON live.seq = a.canonical_seq
       WHERE x.alias_key IN (SELECT value FROM json_each(?))""";
  private static final String ACTOR_NAME = "SELECT id, display_name, kind FROM actor WHERE id = ?";
  private static final String DIRECTORY_VERSION = "SELECT version FROM directory_version";
  private static final String ALIAS_HOLDER = "SELECT actor_seq FROM actor_alias WHERE alias_key = ?";
  private static final String NEXT_ALIAS_POSITION = "SELECT coalesce(max(position), -1) + 1 FROM actor_alias WHERE actor_seq = ?";
  private static final String INSERT_ALIAS = "INSERT INTO actor_alias (alias_key, alias, actor_seq, position) VALUES (?, ?, ?, ?)";
  private static final String ANY_AFFILIATION = """
      SELECT 1 FROM affiliation WHERE (member_seq = ? AND organization_seq = ?) OR (member_seq = ? AND organization_seq = ?)""";
  private static final String SIMILAR_CLAIMS = "SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?";
  private static final String CANDIDATE = "SELECT id, text FROM claim WHERE seq = ?";
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");
  private static final String SUGGEST = """
      INSERT OR IGNORE INTO claim_match_suggestion (claim_seq, similar_seq, score, create_time)
      SELECT a.seq, b.seq, ?, ? FROM claim a, claim b WHERE a.id = ? AND b.id = ?""";
  private static final String HAS_POSITION = """
      SELECT 1 FROM claim_actor_position p
       WHERE p.claim_seq = (SELECT seq FROM claim WHERE id = ?)
         AND p.actor_seq = (SELECT canonical_seq FROM actor WHERE id = ?)""";
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
  private final ClaimIndex claimIndex;
  private volatile boolean indexUnavailable;

  SqliteIngestStore(SqliteDatabase db, PositionMaintainer positions, ClaimIndex claimIndex) {
    this.db = db;
    this.positions = positions;
    this.claimIndex = claimIndex;
  }

  @Override
  public <T> T inTransaction(boolean preview, Function<Tx, T> work) {
    if (!claimIndex.loaded() && !indexUnavailable) {
      try {
        db.write(c -> {
          claimIndex.load(c);
          return null;
        });
      } catch (RuntimeException e) {
        if (claimIndex.verifying()) throw e;
        // Claim search still works, through claim_fts, only slower.
        indexUnavailable = true;
        LOG.log(Level.WARNING, "claim index not loaded; claim search uses claim_fts", e);
      }
    }
    return db.write(c -> work.apply(new SqlTx(c)), !preview);
  }

  @Override
  public <T> T read(Function<Reads, T> work) {
    return db.read(c -> work.apply(new SqlReads(c)));
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

  private static class SqlReads implements Reads {
    final Connection c;

    SqlReads(Connection c) {
      this.c = c;
    }

    @Override
    public Map<String, ActorName> actorsByAliasKey(Collection<String> aliasKeys) {
      if (aliasKeys.isEmpty()) return Map.of();
      return sql(() -> {
        Map<String, ActorName> out = new HashMap<>();
        Sql.list(c, ALIAS_HOLDERS, rs -> out.put(rs.getString(1), toActorName(rs, 2)), jsonArray(aliasKeys));
        return out;
      });
    }

    @Override
    public Optional<ActorName> actorName(String id) {
      return sql(() -> Sql.one(c, ACTOR_NAME, rs -> toActorName(rs, 1), id));
    }

    @Override
    public long directoryVersion() {
      return sql(() -> Sql.one(c, DIRECTORY_VERSION, rs -> rs.getLong(1)).orElseThrow());
    }
  }

  private static ActorName toActorName(java.sql.ResultSet rs, int from) throws SQLException {
    return new ActorName(rs.getString(from), rs.getString(from + 1), ActorKind.ofNumber(rs.getInt(from + 2)));
  }

  /** A JSON array of strings, for json_each. */
  static String jsonArray(Collection<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (String v : values) {
      if (b.length() > 1) b.append(',');
      b.append('"');
      for (int i = 0; i < v.length(); i++) {
        char ch = v.charAt(i);
        if (ch == '"' || ch == '\\') b.append('\\').append(ch);
        else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
        else b.append(ch);
      }
      b.append('"');
    }
    return b.append(']').toString();
  }

  private final class SqlTx extends SqlReads implements Tx {
    SqlTx(Connection c) {
      super(c);
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
    public List<Candidate> similarClaims(Collection<String> words, int limit) {
      List<String> plain = new ArrayList<>();
      for (String w : words) {
        String p = NOT_WORD.matcher(w).replaceAll("");
        if (!p.isEmpty()) plain.add(p);
      }
      if (plain.isEmpty()) return List.of();
      return sql(() -> {
        List<ClaimIndex.Hit> hits = claimIndex.search(c, plain, limit);
        if (hits != null && !claimIndex.verifying()) {
          return hits.stream().map(h -> new Candidate(h.id(), h.text())).toList();
        }
        String match = String.join(" OR ", plain.stream().map(p -> "\"" + p + "\"").toList());
        List<Long> seqs = Sql.list(c, SIMILAR_CLAIMS, rs -> rs.getLong(1), match, limit);
        if (hits != null && !hits.stream().map(ClaimIndex.Hit::seq).toList().equals(seqs)) {
          throw new IllegalStateException("claim index: " + hits + ", claim_fts: " + seqs + " for " + match);
        }
        List<Candidate> out = new ArrayList<>();
        for (long seq : seqs) {
          out.add(Sql.one(c, CANDIDATE, rs -> new Candidate(rs.getString(1), rs.getString(2)), seq).orElseThrow());
        }
        if (hits != null && !out.equals(hits.stream().map(h -> new Candidate(h.id(), h.text())).toList())) {
          throw new IllegalStateException("claim index: " + hits + ", claim table: " + out);
        }
        return out;
      });
    }

    @Override
    public Claim claim(String id) {
      return sql(() -> SqliteClaimStore.byId(c, id).orElseThrow());
    }

    @Override
    public Optional<Claim> liveClaimWithText(String text) {
      return sql(() -> SqliteClaimStore.liveByText(c, text));
    }

    @Override
    public Claim createClaim(String text, String description) {
      return sql(() -> SqliteClaimStore.insert(c, claimIndex, text, description, null));
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
    public boolean hasPosition(String claimId, String actorId) {
      return sql(() -> Sql.one(c, HAS_POSITION, rs -> true, claimId, actorId).isPresent());
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
        Stance created = SqliteStanceStore.insertExtracted(c, positions, fields, extractorVersion, confidence);
        Audit.record(c, "IngestStance", "claims/" + fields.claimId() + "/stances/" + created.ref().stanceId(),
            fields.kind().name());
        return created;
      });
    }
  }
}
