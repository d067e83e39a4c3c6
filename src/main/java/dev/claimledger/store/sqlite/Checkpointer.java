package dev.claimledger.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies committed pages from the WAL into the database file on a thread and connection of its
 * own (a PASSIVE checkpoint, which neither waits for nor blocks the writer or readers), so commits
 * do not pay for it: SQLite's automatic checkpoint runs inside the commit that crosses its
 * threshold, and cost about half of every ingest's commit time. The writer keeps a higher
 * automatic threshold as a backstop, so the WAL is still reset when this thread falls behind.
 */
final class Checkpointer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Checkpointer.class.getName());
  private static final long PERIOD_MS = 200;

  private final Connection c;
  private final AtomicLong commits = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;

  Checkpointer(Connection c) {
    this.c = c;
    this.thread = new Thread(this::run, "claimledger-checkpoint");
    thread.setDaemon(true);
    thread.start();
  }

  /** Called after each commit of the writer. */
  void committed() {
    commits.incrementAndGet();
  }

  private void run() {
    long done = 0;
    while (!closed) {
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
      long now = commits.get();
      if (now == done || closed) continue;
      try (var s = c.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        done = now;
      } catch (SQLException e) {
        // Committed data is in the WAL either way; the writer's own checkpoint will fold it in.
        LOG.log(Level.FINE, "background checkpoint failed", e);
      }
    }
  }

  /** Stops the thread and closes its connection, before the writer's last checkpoint. */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing is best effort; committed data is already durable.
    }
  }
}
