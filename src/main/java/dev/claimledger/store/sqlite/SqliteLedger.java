package dev.claimledger.store.sqlite;

import dev.claimledger.store.ActorStore;
import dev.claimledger.store.AuditStore;
import dev.claimledger.store.ClaimStore;
import dev.claimledger.store.EventStore;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.LedgerQueries;
import dev.claimledger.store.ProvenanceStore;
import dev.claimledger.store.RelationStore;
import dev.claimledger.store.SourceStore;
import dev.claimledger.store.StanceStore;
import java.nio.file.Path;

/** The SQLite ledger: one database file and the stores that share it. */
public final class SqliteLedger implements AutoCloseable {
  private final SqliteDatabase db;
  private final SqliteActorStore actors;
  private final SqliteSourceStore sources;
  private final SqliteClaimStore claims;
  private final SqliteStanceStore stances;
  private final SqliteLedgerQueries queries;
  private final SqliteIngestStore ingest;
  private final SqliteProvenanceStore provenance;
  private final SqliteEventStore events;
  private final SqliteAuditStore audit;
  private final SqliteRelationStore relations;
  private final VerificationTracker tracker;

  private SqliteLedger(SqliteDatabase db) {
    this.db = db;
    PositionMaintainer positions = new PositionMaintainer();
    ClaimIndex claimIndex = new ClaimIndex();
    db.listen(claimIndex);
    this.actors = new SqliteActorStore(db, positions);
    this.sources = new SqliteSourceStore(db);
    this.claims = new SqliteClaimStore(db, positions, claimIndex);
    this.stances = new SqliteStanceStore(db, positions);
    this.queries = new SqliteLedgerQueries(db);
    this.ingest = new SqliteIngestStore(db, positions, claimIndex);
    this.provenance = new SqliteProvenanceStore(db);
    this.events = new SqliteEventStore(db);
    this.audit = new SqliteAuditStore(db);
    this.relations = new SqliteRelationStore(db);
    this.tracker = new VerificationTracker(db);
    db.listen(tracker);
    db.listen(events);
    tracker.start();
  }

  /** Opens the ledger in {@code file}, creating it and bringing its schema up to date. */
  public static SqliteLedger open(Path file, SqliteDatabase.Durability durability, int readers) {
    return new SqliteLedger(SqliteDatabase.open(file, durability, readers));
  }

  public ActorStore actors() {
    return actors;
  }

  public SourceStore sources() {
    return sources;
  }

  public ClaimStore claims() {
    return claims;
  }

  public StanceStore stances() {
    return stances;
  }

  public IngestStore ingest() {
    return ingest;
  }

  public ProvenanceStore provenance() {
    return provenance;
  }

  public RelationStore relations() {
    return relations;
  }

  public AuditStore audit() {
    return audit;
  }

  public EventStore events() {
    return events;
  }

  /** Recomputes every verification state marked for it now, on this thread (tests and tools). */
  public void recomputeVerifications() {
    tracker.drain();
  }

  public LedgerQueries queries() {
    return queries;
  }

  /** The secret that signs page tokens, made once per database. */
  public byte[] pageTokenKey() {
    return db.read(c -> Sql.one(c, "SELECT value FROM ledger_meta WHERE key = 'page_token_key'",
        rs -> rs.getBytes(1)).orElseThrow());
  }

  /** Whether the ledger holds no actor, source or claim yet (a fresh database, to be seeded). */
  public boolean isEmpty() {
    return db.read(c -> Sql.one(c, """
        SELECT NOT EXISTS (SELECT 1 FROM actor) AND NOT EXISTS (SELECT 1 FROM source)
               AND NOT EXISTS (SELECT 1 FROM claim)""", rs -> rs.getInt(1) == 1).orElseThrow());
  }

  /** Runs {@code work} in a read transaction; for tests and diagnostics in this package's callers. */
  public <T> T read(SqliteDatabase.Work<T> work) {
    return db.read(work);
  }

  @Override
  public void close() {
    tracker.close();
    db.close();
  }
}
