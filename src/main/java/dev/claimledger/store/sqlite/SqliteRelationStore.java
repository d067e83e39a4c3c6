package dev.claimledger.store.sqlite;

import dev.claimledger.domain.ClaimRelation;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Principal;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.RelationStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link RelationStore} on SQLite. */
final class SqliteRelationStore implements RelationStore {

  private static final String BY_ID = Relations.COLUMNS + " WHERE r.id = ?";
  private static final String BY_SEQ = Relations.COLUMNS + " WHERE r.seq = ?";
  /** A relation's status from its latest decision: 0 open, else the decision. */
  private static final String STATUS = """
      coalesce((SELECT d.decision FROM relation_decision d WHERE d.relation_seq = r.seq ORDER BY d.seq DESC LIMIT 1), 0)""";
  private static final String CLAIMS_OF = "SELECT seq FROM claim WHERE seq = ? OR merged_into_seq = ?";

  private final SqliteDatabase db;

  SqliteRelationStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public ClaimRelation record(RelationFields f, String requestedId) {
    return db.write(c -> {
      long claim = SqliteClaimStore.liveSeq(c, f.claimId());
      long other = SqliteClaimStore.liveSeq(c, f.otherClaimId());
      if (claim == other) {
        throw LedgerError.invalidField("INVALID_ARGUMENT", "relation.other_claim", "must name another claim than claim");
      }
      String id = Ids.allocate(c, Ids.Table.RELATION, requestedId, f.kind().name().toLowerCase().replace('_', ' ') + " "
          + f.claimId(), "relation");
      long seq = Relations.recorded(c, id, f.kind(), claim, other, f.reason());
      if (seq == 0) {
        throw LedgerError.alreadyExists("RELATION_ALREADY_EXISTS", "this relation between claims/" + f.claimId()
            + " and claims/" + f.otherClaimId() + " was recorded before", Map.of("claim", "claims/" + f.claimId(),
            "other_claim", "claims/" + f.otherClaimId()));
      }
      Sql.update(c, Relations.INSERT_DECISION, seq, Relations.DECISION_CONFIRM, "recorded: " + f.reason(),
          Principal.current(), Sql.now());
      Audit.record(c, "CreateClaimRelation", "relations/" + id, f.kind().name() + " claims/" + f.claimId()
          + " claims/" + f.otherClaimId() + ": " + f.reason());
      return Sql.one(c, BY_SEQ, rs -> Relations.map(c, rs), seq).orElseThrow();
    });
  }

  @Override
  public Optional<ClaimRelation> get(String id) {
    return db.read(c -> Sql.one(c, BY_ID, rs -> Relations.map(c, rs), id));
  }

  @Override
  public Page<ClaimRelation> list(RelationFilter f, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      Where w = new Where().and("r.seq > ?", after);
      if (f.claimId() != null) {
        long claim = SqliteClaimStore.survivorSeq(c, f.claimId());
        w.and("(r.claim_seq IN (" + CLAIMS_OF + ") OR r.other_claim_seq IN (" + CLAIMS_OF + "))", claim, claim, claim, claim);
      }
      w.andIf(f.kind() == null ? null : f.kind().number, "r.kind = ?", f.kind() == null ? null : f.kind().number)
          .andIf(f.origin() == null ? null : f.origin().number, "r.origin = ?", f.origin() == null ? null : f.origin().number)
          .andIf(f.status() == null ? null : statusCode(f.status()), STATUS + " = ?",
              f.status() == null ? null : statusCode(f.status()));
      List<long[]> keys = new ArrayList<>();
      List<ClaimRelation> items = Sql.list(c, Relations.COLUMNS + w.sql() + " ORDER BY r.seq LIMIT ?", rs -> {
        keys.add(new long[] {rs.getLong("seq")});
        return Relations.map(c, rs);
      }, w.params(page.size() + 1));
      return Pages.of(items, keys, page.size());
    });
  }

  private static int statusCode(ClaimRelation.Status s) {
    return switch (s) {
      case OPEN -> 0;
      case CONFIRMED -> Relations.DECISION_CONFIRM;
      case DISMISSED -> Relations.DECISION_DISMISS;
    };
  }

  @Override
  public ClaimRelation decide(String id, boolean confirm, String reason) {
    return db.write(c -> {
      long seq = seqOf(c, id);
      Sql.update(c, Relations.INSERT_DECISION, seq, confirm ? Relations.DECISION_CONFIRM : Relations.DECISION_DISMISS,
          reason, Principal.current(), Sql.now());
      Audit.record(c, "ReviewClaimRelation", "relations/" + id, (confirm ? "CONFIRM: " : "DISMISS: ") + reason);
      return Sql.one(c, BY_SEQ, rs -> Relations.map(c, rs), seq).orElseThrow();
    });
  }

  private static long seqOf(Connection c, String id) throws SQLException {
    return Sql.one(c, "SELECT seq FROM claim_relation WHERE id = ?", rs -> rs.getLong(1), id)
        .orElseThrow(() -> LedgerError.notFound("RELATION_NOT_FOUND", "relations/" + id));
  }
}
