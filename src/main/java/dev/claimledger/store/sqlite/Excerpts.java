package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.LedgerError;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks that an excerpt stands in its source text, counting offsets in Unicode code points so
 * that clients in any language (Python slices, for one) index the text the same way. SQLite's
 * instr() and substr() count characters (code points) of TEXT, so the source text never leaves
 * the database.
 */
final class Excerpts {
  private Excerpts() {}

  private static final String REASON = "EXCERPT_NOT_IN_SOURCE";
  private static final String LOCATE = "SELECT instr(text, ?) - 1, text_length FROM source WHERE seq = ?";
  private static final String AT = "SELECT substr(text, ? + 1, ?) = ?, text_length FROM source WHERE seq = ?";

  /** Returns the excerpt with its span: located when both offsets are 0, else checked. */
  static Excerpt place(Connection c, long sourceSeq, Excerpt excerpt, String field) throws SQLException {
    int length = excerpt.text().codePointCount(0, excerpt.text().length());
    if (excerpt.start() == 0 && excerpt.end() == 0) {
      int start = Sql.one(c, LOCATE, rs -> rs.getInt(1), excerpt.text(), sourceSeq).orElseThrow();
      if (start < 0) throw LedgerError.invalidField(REASON, field + ".text", "does not occur in the source text");
      return new Excerpt(excerpt.text(), start, start + length);
    }
    int[] check = Sql.one(c, AT, rs -> new int[] {rs.getInt(1), rs.getInt(2)}, excerpt.start(), length,
        excerpt.text(), sourceSeq).orElseThrow();
    if (excerpt.end() > check[1]) {
      throw LedgerError.invalidField(REASON, field + ".end_offset",
          "is past the end of the source text (" + check[1] + " code points)");
    }
    if (check[0] != 1) {
      throw LedgerError.invalidField(REASON, field + ".start_offset",
          "the source text at [" + excerpt.start() + ", " + excerpt.end() + ") is not the excerpt text");
    }
    return excerpt;
  }
}
