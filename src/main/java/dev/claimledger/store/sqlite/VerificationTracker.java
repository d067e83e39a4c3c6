package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerEvent;
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
  /** Claims recomputed per round; a round that leaves marks behind is followed by another after its rest. */
  private static final int BATCH = 500;
  private static final long IDLE_WAIT_MS = 1_000;
  /**
   * The least time between the starts of two rounds: under a steady ingest, marks pile up
   * meanwhile and a claim touched by many writes is recomputed once per round, not once per write.
   * A round that takes long is followed by a rest four times as long, so the recomputation takes at
   * most a fifth of a core from the ingest it follows (and lags behind a heavy ingest, catching up
   * after it).
   */
  private static final long ROUND_MS = 200;

  private static final String DIRTY = """
      SELECT d.claim_seq, d.version, c.merged_into_seq IS NOT NULL FROM verification_dirty d
        JOIN claim c ON c.seq = d.claim_seq ORDER BY d.claim_seq LIMIT ?""";
  private static final String CURRENT = "SELECT state FROM claim_verification WHERE claim_seq = ?";
  private static final String UPSERT = """
      INSERT INTO claim_verification (claim_seq, state, independent_origins, update_time) VALUES (?, ?, ?, ?)
      ON CONFLICT (claim_seq) DO UPDATE SET state = excluded.state, independent_origins = excluded.independent_origins,
        update_time = excluded.update_time""";
  private static final String CLEAR = "DELETE FROM verification_dirty WHERE claim_seq = ? AND version = ?";

  private record Computed(long claim, long version, Verification verification) {}

  private final SqliteDatabase db;
  private final Thread thread;
  private final Object signal = new Object();
  private boolean pending = true;
  private volatile boolean closed;

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
    synchronized (signal) {
      pending = true;
      signal.notifyAll();
    }
  }

  @Override
  public void rolledBack() {}

  private void run() {
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
      } catch (RuntimeException e) {
        if (!closed) LOG.log(Level.WARNING, "verification recomputation failed; retrying", e);
        sleepQuietly(IDLE_WAIT_MS);
      }
      long worked = (System.nanoTime() - started) / 1_000_000;
      sleepQuietly(Math.max(ROUND_MS - worked, 4 * worked));
    }
  }

  /** Recomputes one batch of marked claims; false when none was marked. Visible for tests via {@link #drain}. */
  boolean drainBatch() {
    List<Computed> computed = db.read(c -> {
      List<Computed> out = new ArrayList<>();
      SqliteProvenanceStore.Chains chains = new SqliteProvenanceStore.Chains(c);
      for (long[] d : Sql.list(c, DIRTY, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, BATCH)) {
        out.add(new Computed(d[0], d[1], d[2] == 1 ? null : SqliteProvenanceStore.verification(c, d[0], chains)));
      }
      return out;
    });
    if (computed.isEmpty()) return false;
    db.write(c -> {
      for (Computed k : computed) {
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
        Sql.update(c, CLEAR, k.claim(), k.version());
      }
      return null;
    });
    return true;
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
