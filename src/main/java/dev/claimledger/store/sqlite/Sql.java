package dev.claimledger.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: bind parameters in order, read rows, convert times, build IN lists. */
final class Sql {
  private Sql() {}

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A cached statement for {@code sql} on {@code c} with {@code params} bound; close it to return it. */
  static StatementCache.Lease prepare(Connection c, String sql, Object... params) throws SQLException {
    StatementCache.Lease lease = StatementCache.lease(c, sql);
    try {
      bind(lease.ps, params);
      return lease;
    } catch (SQLException | RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) ps.setNull(i + 1, Types.NULL);
      else if (p instanceof Instant t) ps.setLong(i + 1, micros(t));
      else if (p instanceof Boolean b) ps.setInt(i + 1, b ? 1 : 0);
      else ps.setObject(i + 1, p);
    }
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (StatementCache.Lease l = prepare(c, sql, params); ResultSet rs = l.ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) out.add(row.map(rs));
      return out;
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (StatementCache.Lease l = prepare(c, sql, params); ResultSet rs = l.ps.executeQuery()) {
      return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (StatementCache.Lease l = prepare(c, sql, params)) {
      return l.ps.executeUpdate();
    }
  }

  /** Inserts and returns the new row's rowid. */
  static long insert(Connection c, String sql, Object... params) throws SQLException {
    try (StatementCache.Lease l = prepare(c, sql, params)) {
      l.ps.executeUpdate();
    }
    return one(c, "SELECT last_insert_rowid()", rs -> rs.getLong(1)).orElseThrow();
  }

  /** "?, ?, ?" for n parameters. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(n, 1), "?"));
  }

  static Object[] concat(Collection<?> first, Object... rest) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(List.of(rest));
    return all.toArray();
  }

  static Object[] concat(Object[] first, Object... rest) {
    Object[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, out, first.length, rest.length);
    return out;
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /** The column as an Instant, or null when SQL NULL. */
  static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : instant(v);
  }

  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static long now() {
    return micros(Instant.now());
  }
}
