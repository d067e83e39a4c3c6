package dev.claimledger.store.sqlite;

import dev.claimledger.domain.ClaimRelation;
import dev.claimledger.domain.LedgerEvent;
import dev.claimledger.domain.Principal;
import dev.claimledger.extract.ClaimConflicts;
import dev.claimledger.extract.ClaimSimilarity;
import dev.claimledger.domain.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps each claim's verification state (claim_verification) and records a
 * VERIFICATION_STATE_CHANGED event when it changes. Writes mark the claims they touch
 * (verification_dirty) in their own transaction; this thread recomputes them beside the writers,
 * in batches, so an ingest does not wait for verification. A mark left by a crash is recomputed at
 * the next start. A mark is cleared only at the version that was read, so a change that lands
 * during a recomputation is recomputed again.
 */
final class VerificationTracker implements SqliteDatabase.TxListener, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(VerificationTracker.class.getName());
  /**
   * Claims recomputed per round. Small, so each round's read snapshot is short: a long-lived reader
   * holds back the WAL checkpoint and slows every writer.
   */
  private static final int BATCH = 50;
  private static final long IDLE_WAIT_MS = 1_000;
  /**
   * While other writes keep coming, the least time between the starts of two rounds: marks pile up
   * meanwhile, and a claim touched by many writes is recomputed once per round, not once per write.
   * A round is then followed by a rest nine times as long as it took, so the recomputation takes at
   * most a tenth of a core, and of the write lock, from the ingest it follows; it falls behind a
   * heavy ingest and catches up, round after round without rest, once the writes stop.
   */
  private static final long ROUND_MS = 200;

  /** Marked claims after a cursor that goes round, so a claim marked over and over starves none. */
  private static final String DIRTY = """
      SELECT d.claim_seq, d.version, c.merged_into_seq IS NOT NULL FROM verification_dirty d
        JOIN claim c ON c.seq = d.claim_seq WHERE d.claim_seq > ? ORDER BY d.claim_seq LIMIT ?""";
  private static final String VERSION = "SELECT version FROM verification_dirty WHERE claim_seq = ?";
  private static final String CURRENT = "SELECT state FROM claim_verification WHERE claim_seq = ?";
  private static final String UPSERT = """
      INSERT INTO claim_verification (claim_seq, state, independent_origins, update_time) VALUES (?, ?, ?, ?)
      ON CONFLICT (claim_seq) DO UPDATE SET state = excluded.state, independent_origins = excluded.independent_origins,
        update_time = excluded.update_time""";
  private static final String CLEAR = "DELETE FROM verification_dirty WHERE claim_seq = ? AND version = ?";

  private record Computed(long claim, long version, Verification verification, List<Found> conflicts) {}

  /** A contradicting claim found for a claim. */
  private record Found(long other, ClaimConflicts.Conflict conflict) {}

  private static final String SCANNED = "SELECT 1 FROM conflict_scan WHERE claim_seq = ?";
  private static final String MARK_SCANNED = "INSERT OR IGNORE INTO conflict_scan (claim_seq) VALUES (?)";
  private static final String TEXT = "SELECT text FROM claim WHERE seq = ?";
  /** Live claims whose texts share words with a claim's, best first: the candidates to compare. */
  private static final String CANDIDATES = """
      SELECT c.seq, c.text FROM claim_fts f JOIN claim c ON c.seq = f.rowid
       WHERE claim_fts MATCH ? AND c.seq != ? AND c.merged_into_seq IS NULL ORDER BY f.rank LIMIT 25""";

  private final SqliteDatabase db;
  private final Thread thread;
  private final Object signal = new Object();
  private boolean pending = true;
  private volatile boolean closed;
  /** When another thread last committed (System.nanoTime): while writes keep coming, rounds rest between them. */
  private volatile long othersCommitted = System.nanoTime();

  VerificationTracker(SqliteDatabase db) {
    this.db = db;
    this.thread = new Thread(this::run, "claimledger-verification");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
  }

  void start() {
    thread.start();
  }

  @Override
  public void committed() {
    if (Thread.currentThread() != thread) othersCommitted = System.nanoTime();
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  @Override
  public void rolledBack() {}

  private void run() {
    // Its audit records (detected contradictions) are the server's own.
    Principal.as(Principal.SERVER, () -> {
      loop();
      return null;
    });
  }

  private void loop() {
    while (!closed) {
      synchronized (signal) {
        if (!pending) {
          try {
            signal.wait(IDLE_WAIT_MS);
          } catch (InterruptedException e) {
            return;
          }
        }
        pending = false;
      }
      long started = System.nanoTime();
      try {
        // One batch a round: under a steady ingest marks keep coming, and a round must end to rest.
        if (!closed && drainBatch()) {
          synchronized (signal) {
            pending = true;
          }
        }
      } catch (Throwable e) {
        // Nothing may stop this thread for good: a failed round is retried (a failing claim is set aside by drainBatch).
        if (!closed) LOG.log(Level.WARNING, "verification recomputation failed; retrying", e);
        sleepQuietly(IDLE_WAIT_MS);
      }
      if ((System.nanoTime() - othersCommitted) / 1_000_000 < ROUND_MS) {
        long worked = (System.nanoTime() - started) / 1_000_000;
        sleepQuietly(Math.max(ROUND_MS - worked, 9 * worked));
      }
    }
  }

  /** Where the next batch starts: the marked claims after it, round and round. */
  private long cursor;
  /** Rounds in which a claim, the only one marked, failed to be written. */
  private final java.util.Map<Long, Integer> failures = new java.util.HashMap<>();
  private static final int GIVE_UP = 3;

  /**
   * Recomputes one batch of marked claims; false when none was marked. One at a time (the
   * background thread, or {@link #drain} on a caller's), so an older computation never overwrites
   * a newer one.
   */
  synchronized boolean drainBatch() {
    List<Computed> computed = db.read(c -> {
      List<long[]> marks = Sql.list(c, DIRTY, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, cursor, BATCH);
      if (marks.isEmpty() && cursor > 0) marks = Sql.list(c, DIRTY, rs -> new long[] {rs.getLong(1), rs.getLong(2),
          rs.getLong(3)}, 0L, BATCH);
      List<Computed> out = new ArrayList<>();
      SqliteProvenanceStore.Chains chains = new SqliteProvenanceStore.Chains(c);
      for (long[] d : marks) {
        boolean merged = d[2] == 1;
        try {
          out.add(new Computed(d[0], d[1], merged ? null : SqliteProvenanceStore.verification(c, d[0], chains),
              merged ? List.of() : conflicts(c, d[0])));
        } catch (Exception | StackOverflowError e) {
          // One claim that cannot be computed must not hold back the rest: set aside (its mark is
          // cleared; its next change marks it again).
          LOG.log(Level.WARNING, "cannot recompute claim " + d[0] + "; set aside until it changes", e);
          out.add(new Computed(d[0], d[1], null, List.of()));
        }
      }
      return out;
    });
    if (computed.isEmpty()) {
      // Nothing after the cursor nor from the start: a mark made since wakes the next round.
      cursor = 0;
      return false;
    }
    cursor = computed.get(computed.size() - 1).claim();
    try {
      write(computed);
      if (!failures.isEmpty()) computed.forEach(k -> failures.remove(k.claim()));
    } catch (RuntimeException e) {
      // Write the claims one by one: when only some fail, those are set aside; when all fail, the
      // store itself is failing (busy, full): the marks stay, and the round is retried.
      List<Computed> failed = new ArrayList<>();
      RuntimeException last = e;
      for (Computed k : computed) {
        try {
          write(List.of(k));
        } catch (RuntimeException one) {
          failed.add(k);
          last = one;
        }
      }
      if (failed.size() == computed.size()) {
        // All failed: the store is failing, unless one claim alone keeps failing round after round.
        if (computed.size() > 1 || failures.merge(computed.get(0).claim(), 1, Integer::sum) < GIVE_UP) throw last;
      }
      for (Computed k : failed) {
        LOG.log(Level.WARNING, "cannot record the verification of claim " + k.claim() + "; set aside until it changes", last);
        write(List.of(new Computed(k.claim(), k.version(), null, List.of())));
        failures.remove(k.claim());
      }
    }
    return true;
  }

  private void write(List<Computed> computed) {
    db.write(c -> {
      for (Computed k : computed) {
        // Marked again since it was read: written all the same (rounds run one at a time, so nothing
        // newer was written), and its mark stays for the next round to compute from newer data.
        boolean current = Sql.one(c, VERSION, rs -> rs.getLong(1), k.claim()).orElse(-1L) == k.version();
        if (k.verification() != null) {
          Verification v = k.verification();
          int before = Sql.one(c, CURRENT, rs -> rs.getInt(1), k.claim()).orElse(Verification.State.UNVERIFIED.number);
          Sql.update(c, UPSERT, k.claim(), v.state().number, v.independentOrigins(), Sql.now());
          if (before != v.state().number) {
            Events.record(c, LedgerEvent.Type.VERIFICATION_STATE_CHANGED, k.claim(),
                Sql.list(c, Events.ACTORS_ON, rs -> rs.getLong(1), k.claim()), Verification.State.ofNumber(before),
                v.state(), v.explanation());
          }
        }
        for (Found f : k.conflicts()) {
          boolean negation = f.conflict().kind() == ClaimConflicts.Kind.NEGATION;
          Relations.detected(c, ClaimRelation.Kind.CONTRADICTS, negation ? ClaimRelation.Basis.NEGATION
              : ClaimRelation.Basis.NUMERIC, k.claim(), f.other(), null, f.conflict().explanation(), f.conflict().score());
        }
        if (k.verification() != null) Sql.update(c, MARK_SCANNED, k.claim());
        if (current) Sql.update(c, CLEAR, k.claim(), k.version());
      }
      return null;
    });
  }

  /**
   * The claims that contradict {@code claim} ({@link ClaimConflicts}), among those sharing words with
   * it; none when it was compared before (its text never changes; later claims compare with it).
   */
  private static List<Found> conflicts(java.sql.Connection c, long claim) throws java.sql.SQLException {
    if (Sql.one(c, SCANNED, rs -> true, claim).isPresent()) return List.of();
    String text = Sql.one(c, TEXT, rs -> rs.getString(1), claim).orElseThrow();
    List<String> words = ClaimSimilarity.searchWords(text);
    if (words.isEmpty()) return List.of();
    StringBuilder match = new StringBuilder();
    for (String w : words) match.append(match.length() == 0 ? "" : " OR ").append('"').append(w.replace("\"", "")).append('"');
    List<Found> out = new ArrayList<>();
    ClaimConflicts.Prepared mine = ClaimConflicts.of(text);
    for (Object[] cand : Sql.list(c, CANDIDATES, rs -> new Object[] {rs.getLong(1), rs.getString(2)}, match.toString(), claim)) {
      ClaimConflicts.Conflict found = mine.against((String) cand[1]);
      if (found != null) out.add(new Found((Long) cand[0], found));
    }
    return out;
  }

  /** Recomputes every marked claim now, on the caller's thread (tests, and shutdown). */
  void drain() {
    while (drainBatch()) {
      // Until no claim is marked.
    }
  }

  private void sleepQuietly(long ms) {
    if (ms <= 0 || closed) return;
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
