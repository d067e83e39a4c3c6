package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The one place SQLite is configured: WAL (checkpointed beside the writer), foreign keys, a busy
 * timeout, STRICT tables (in the migrations), IMMEDIATE write transactions. One writer connection
 * behind a lock (SQLite allows one writer at a time anyway) and a small pool of readers, which WAL
 * lets run beside the writer.
 */
public final class SqliteDatabase implements AutoCloseable {

  /** How hard a commit presses data to disk; both survive a killed server process. */
  public enum Durability {
    /** WAL with synchronous=NORMAL: survives a crash of the process, may lose the last commits on power loss. */
    NORMAL,
    /** synchronous=FULL: also survives power loss, at an fsync per commit. */
    FULL
  }

  /** Work on a connection that may throw SQLException. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final int BUSY_TIMEOUT_MS = 5_000;
  /** Page cache per connection, in KiB (negative means KiB to SQLite): keeps hot indexes in memory. */
  private static final int CACHE_KIB = 32 * 1024;
  /**
   * WAL pages after which the writer checkpoints inside a commit (SQLite's default is 1000): only a
   * backstop, as the {@link Checkpointer} folds the WAL in beside the writer.
   */
  private static final int WRITER_CHECKPOINT_PAGES = 10_000;

  /** In-memory state that follows the writer's uncommitted changes: told how each transaction ends. */
  interface TxListener {
    void committed();

    void rolledBack();
  }

  private final Connection writer;
  private final List<TxListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final BlockingQueue<Connection> readers;
  private final List<Connection> all = new ArrayList<>();
  private final Checkpointer checkpointer;

  private SqliteDatabase(Path file, Durability durability, int readerCount) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    SQLiteConfig wc = config(durability, SQLiteConfig.TransactionMode.IMMEDIATE);
    wc.setWalAutocheckpoint(WRITER_CHECKPOINT_PAGES);
    writer = wc.createConnection(url);
    writer.setAutoCommit(false);
    all.add(writer);
    Migrations.apply(writer);
    readers = new ArrayBlockingQueue<>(readerCount);
    for (int i = 0; i < readerCount; i++) {
      SQLiteConfig rc = config(durability, SQLiteConfig.TransactionMode.DEFERRED);
      rc.setReadOnly(true);
      Connection r = rc.createConnection(url);
      r.setAutoCommit(false);
      all.add(r);
      readers.add(r);
    }
    checkpointer = new Checkpointer(config(durability, SQLiteConfig.TransactionMode.DEFERRED).createConnection(url));
  }

  /** Opens (creating when missing) the database file and brings its schema up to date. */
  public static SqliteDatabase open(Path file, Durability durability, int readerCount) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      return new SqliteDatabase(file, durability, Math.max(1, readerCount));
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteConfig config(Durability durability, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig c = new SQLiteConfig();
    c.setJournalMode(SQLiteConfig.JournalMode.WAL);
    c.enforceForeignKeys(true);
    c.setBusyTimeout(BUSY_TIMEOUT_MS);
    c.setSynchronous(durability == Durability.FULL ? SQLiteConfig.SynchronousMode.FULL
        : SQLiteConfig.SynchronousMode.NORMAL);
    c.setTransactionMode(mode);
    c.setCacheSize(-CACHE_KIB);
    c.setTempStore(SQLiteConfig.TempStore.MEMORY);
    // Else sqlite-jdbc runs an unprepared SELECT last_insert_rowid() after every INSERT; Sql.insert asks itself.
    c.setGetGeneratedKeys(false);
    return c;
  }

  void listen(TxListener listener) {
    listeners.add(listener);
  }

  /** Runs {@code work} in one IMMEDIATE transaction: all of it commits, or none of it. */
  public <T> T write(Work<T> work) {
    return write(work, true);
  }

  /**
   * Runs {@code work} in one IMMEDIATE transaction and commits it, or rolls it back when
   * {@code commit} is false (a preview: the work sees its own writes, nobody else ever does).
   */
  public <T> T write(Work<T> work, boolean commit) {
    writeLock.lock();
    try {
      try {
        T result = work.run(writer);
        if (commit) writer.commit();
        else writer.rollback();
        if (commit) checkpointer.committed();
        for (TxListener l : listeners) {
          if (commit) l.committed();
          else l.rolledBack();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(writer);
        for (TxListener l : listeners) l.rolledBack();
        throw translate(e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a reader in one read transaction, so all its queries see one snapshot. */
  public <T> T read(Work<T> work) {
    Connection c;
    try {
      c = readers.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LedgerError.unavailable("INTERRUPTED", "the request was interrupted");
    }
    if (c == null) throw LedgerError.unavailable("STORAGE_BUSY", "the store is busy; retry shortly");
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      throw translate(e);
    } finally {
      readers.add(c);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The original failure is what the caller needs to see.
    }
  }

  /** Domain errors pass; a busy or locked database is UNAVAILABLE; anything else is a bug. */
  private static RuntimeException translate(Exception e) {
    if (e instanceof RuntimeException re) return re;
    SQLException se = (SQLException) e;
    int code = se.getErrorCode() & 0xff;
    if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return LedgerError.unavailable("STORAGE_BUSY", "the store is busy; retry shortly");
    }
    return new IllegalStateException("storage failure", se);
  }

  /**
   * Closes every connection: readers first, the writer last, after a checkpoint, so that the
   * writer (the last connection) folds the WAL into the database file and removes it.
   */
  @Override
  public void close() {
    checkpointer.close();
    writeLock.lock();
    try {
      for (Connection c : all) {
        if (c != writer) closeQuietly(c);
      }
      StatementCache.forget(writer);
      try (var s = writer.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      } catch (SQLException ignored) {
        // Committed data is in the WAL either way; SQLite replays it on the next open.
      }
      closeQuietly(writer);
    } finally {
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection c) {
    StatementCache.forget(c);
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing is best effort; committed data is already durable.
    }
  }
}
