package dev.claimledger.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What FTS5 itself makes of claim texts, read through SQLite rather than imitated in Java: the
 * tokens of a text (via a scratch FTS5 table with claim_fts's tokenizer, on the writer), every
 * token of claim_fts, and claim_fts's row and token totals (the figures bm25 divides by).
 */
final class Fts5Tokens {
  private Fts5Tokens() {}

  /** claim_fts's tokenizer (V002__ingestion.sql); the scratch table must tokenize the same way. */
  static final String TOKENIZER = "porter unicode61 remove_diacritics 2";

  // Temp tables live as long as the connection; created in a transaction of their own, so a
  // rolled-back transaction does not drop them.
  private static final String CREATE_SCRATCH = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_tokenizer USING fts5 "
      + "(body, content='', tokenize='" + TOKENIZER + "')";
  private static final String CREATE_SCRATCH_TERMS =
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_tokenizer_terms USING fts5vocab (temp, claim_tokenizer, instance)";
  private static final String CREATE_CLAIM_TERMS =
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_fts_terms USING fts5vocab (main, claim_fts, instance)";
  private static final String SCRATCH_INSERT = "INSERT INTO temp.claim_tokenizer (rowid, body) VALUES (1, ?)";
  private static final String SCRATCH_TERMS = "SELECT term FROM temp.claim_tokenizer_terms ORDER BY offset";
  private static final String SCRATCH_CLEAR = "INSERT INTO temp.claim_tokenizer (claim_tokenizer) VALUES ('delete-all')";
  private static final String CLAIM_ROWS = "SELECT rowid FROM claim_fts";
  private static final String CLAIM_TERMS = "SELECT doc, term FROM temp.claim_fts_terms";
  /** FTS5's averages record (rowid 1 of %_data): varints of the row count, then of each column's token total. */
  private static final String AVERAGES = "SELECT block FROM claim_fts_data WHERE id = 1";

  /** Creates the temp tables; run in a transaction that commits. */
  static void createTables(Connection c) throws SQLException {
    Sql.update(c, CREATE_SCRATCH);
    Sql.update(c, CREATE_SCRATCH_TERMS);
    Sql.update(c, CREATE_CLAIM_TERMS);
  }

  /** The tokens of {@code text}, in order, as claim_fts indexes them. */
  static List<String> of(Connection c, String text) throws SQLException {
    Sql.update(c, SCRATCH_INSERT, text);
    List<String> out = Sql.list(c, SCRATCH_TERMS, rs -> rs.getString(1));
    Sql.update(c, SCRATCH_CLEAR);
    return out;
  }

  /** Every row of claim_fts with its tokens (a row without any has an empty list). */
  static Map<Long, List<String>> claims(Connection c) throws SQLException {
    Map<Long, List<String>> out = new HashMap<>();
    for (long rowid : Sql.list(c, CLAIM_ROWS, rs -> rs.getLong(1))) out.put(rowid, new ArrayList<>());
    Sql.list(c, CLAIM_TERMS, rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
    return out;
  }

  /** {rows, tokens} of claim_fts as bm25 reads them, or null when the record cannot be read. */
  static long[] totals(Connection c) throws SQLException {
    byte[] b = Sql.one(c, AVERAGES, rs -> rs.getBytes(1)).orElse(null);
    if (b == null || b.length == 0) return new long[] {0, 0};  // nothing indexed yet
    int[] at = {0};
    long rows = varint(b, at);
    long tokens = varint(b, at);
    return rows < 0 || tokens < 0 ? null : new long[] {rows, tokens};
  }

  /** An SQLite varint (big-endian 7-bit groups, the ninth byte whole), or -1 past the end. */
  private static long varint(byte[] b, int[] at) {
    long v = 0;
    for (int i = 0; i < 9; i++) {
      if (at[0] >= b.length) return -1;
      int x = b[at[0]++] & 0xff;
      if (i == 8) return (v << 8) | x;
      v = (v << 7) | (x & 0x7f);
      if ((x & 0x80) == 0) return v;
    }
    return v;
  }
}
