package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerEvent;
import dev.claimledger.domain.Verification;
import dev.claimledger.store.EventStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link EventStore} on SQLite: ledger_event and its actors; commit signals from the database. */
final class SqliteEventStore implements EventStore, SqliteDatabase.TxListener {

  private static final String COLUMNS = """
      SELECT e.seq, e.time, e.type, c.id AS claim_id, e.previous_state, e.state, e.detail, o.id AS other_claim_id,
             r.id AS relation_id
        FROM ledger_event e LEFT JOIN claim c ON c.seq = e.claim_seq LEFT JOIN claim o ON o.seq = e.other_claim_seq
        LEFT JOIN claim_relation r ON r.seq = e.relation_seq""";
  private static final String ACTORS = """
      SELECT DISTINCT ca.id FROM ledger_event_actor ea JOIN actor a ON a.seq = ea.actor_seq
        JOIN actor ca ON ca.seq = a.canonical_seq WHERE ea.event_seq = ? ORDER BY ca.id""";
  private static final String LAST = "SELECT coalesce(max(seq), 0) FROM ledger_event";

  private final SqliteDatabase db;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  SqliteEventStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public void check(EventFilter f) {
    db.read(c -> {
      if (f.claimId() != null) SqliteClaimStore.survivorSeq(c, f.claimId());
      if (f.actorId() != null) ActorRows.keys(c, f.actorId());
      return null;
    });
  }


  @Override
  public List<LedgerEvent> after(long position, EventFilter f, int limit) {
    return db.read(c -> {
      Where w = new Where().and("e.seq > ?", position);
      if (f.claimId() != null) {
        // A claim merged into another is watched as the survivor, with the events of both.
        long claim = SqliteClaimStore.survivorSeq(c, f.claimId());
        w.and("(e.claim_seq IN (SELECT seq FROM claim WHERE seq = ? OR merged_into_seq = ?)"
            + " OR e.other_claim_seq IN (SELECT seq FROM claim WHERE seq = ? OR merged_into_seq = ?))", claim, claim, claim, claim);
      }
      if (f.actorId() != null) {
        List<Long> counted = ActorRows.countingFor(c, ActorRows.keys(c, f.actorId()).canonicalSeq());
        w.and("EXISTS (SELECT 1 FROM ledger_event_actor ea WHERE ea.event_seq = e.seq AND ea.actor_seq IN ("
            + Sql.placeholders(counted.size()) + "))", counted.toArray());
      }
      if (f.types() != null && !f.types().isEmpty()) {
        w.and("e.type IN (" + Sql.placeholders(f.types().size()) + ")",
            f.types().stream().map(t -> (Object) t.number).toArray());
      }
      return Sql.list(c, COLUMNS + w.sql() + " ORDER BY e.seq LIMIT ?", rs -> event(c, rs), w.params(limit));
    });
  }

  private static LedgerEvent event(Connection c, ResultSet rs) throws SQLException {
    long seq = rs.getLong("seq");
    Object previous = rs.getObject("previous_state");
    Object state = rs.getObject("state");
    return new LedgerEvent(seq, LedgerEvent.Type.ofNumber(rs.getInt("type")), rs.getString("claim_id"),
        Sql.list(c, ACTORS, r -> r.getString(1), seq),
        previous == null ? null : Verification.State.ofNumber(((Number) previous).intValue()),
        state == null ? null : Verification.State.ofNumber(((Number) state).intValue()), rs.getString("detail"),
        Sql.instant(rs.getLong("time")), rs.getString("other_claim_id"), rs.getString("relation_id"));
  }

  @Override
  public long lastPosition() {
    return db.read(c -> Sql.one(c, LAST, rs -> rs.getLong(1)).orElse(0L));
  }

  @Override
  public void onCommit(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public void removeOnCommit(Runnable listener) {
    listeners.remove(listener);
  }

  @Override
  public void committed() {
    for (Runnable l : listeners) l.run();
  }

  @Override
  public void rolledBack() {}
}
