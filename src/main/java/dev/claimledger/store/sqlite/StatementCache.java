package dev.claimledger.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open per connection, most recently used first: SQLite spends more time
 * compiling the ledger's joins than running them, and every write prepares the same few dozen.
 * A connection is used by one thread at a time (the writer under its lock, a reader while polled),
 * so each cache is unsynchronized; the map of caches is shared.
 */
final class StatementCache {
  /** Enough for every fixed statement; IN lists of varying length come and go. */
  private static final int CAPACITY = 256;
  private static final Map<Connection, StatementCache> CACHES = new ConcurrentHashMap<>();

  private final Connection c;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  private static final class Entry {
    final PreparedStatement ps;
    boolean inUse;

    Entry(PreparedStatement ps) {
      this.ps = ps;
    }
  }

  private StatementCache(Connection c) {
    this.c = c;
  }

  /** A statement borrowed for one execution; closing it returns it to the cache (or closes a spare). */
  static final class Lease implements AutoCloseable {
    final PreparedStatement ps;
    private final Entry entry;

    private Lease(PreparedStatement ps, Entry entry) {
      this.ps = ps;
      this.entry = entry;
    }

    @Override
    public void close() throws SQLException {
      if (entry == null) {
        ps.close();
        return;
      }
      // Closing its result set or finishing an update has already reset it (sqlite-jdbc).
      entry.inUse = false;
    }
  }

  /**
   * The cached statement for {@code sql} on {@code c}; a fresh one, closed after use, while the
   * cached one is still open in an enclosing read (a row mapper that runs the same query).
   */
  static Lease lease(Connection c, String sql) throws SQLException {
    StatementCache cache = CACHES.computeIfAbsent(c, StatementCache::new);
    Entry e = cache.entries.get(sql);
    if (e != null && e.inUse) return new Lease(c.prepareStatement(sql), null);
    if (e == null) {
      e = new Entry(c.prepareStatement(sql));
      cache.entries.put(sql, e);
      cache.evict();
    }
    e.inUse = true;
    return new Lease(e.ps, e);
  }

  private void evict() throws SQLException {
    Iterator<Entry> it = entries.values().iterator();
    while (entries.size() > CAPACITY && it.hasNext()) {
      Entry oldest = it.next();
      if (oldest.inUse) continue;
      it.remove();
      oldest.ps.close();
    }
  }

  /** Closes and forgets the statements of {@code c}, before the connection closes. */
  static void forget(Connection c) {
    StatementCache cache = CACHES.remove(c);
    if (cache == null) return;
    for (Entry e : cache.entries.values()) {
      try {
        e.ps.close();
      } catch (SQLException ignored) {
        // The connection closes next, which finalizes whatever is left.
      }
    }
  }
}
