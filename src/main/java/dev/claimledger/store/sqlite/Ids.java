package dev.claimledger.store.sqlite;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Chooses the public ID of a new row: the caller's, or a readable one derived from a name. */
final class Ids {
  private Ids() {}

  /** The tables with an {@code id} column and the collection their names live in. */
  enum Table {
    ACTOR("actor", "actors/", "ACTOR_ALREADY_EXISTS"),
    AFFILIATION("affiliation", "affiliations/", "AFFILIATION_ALREADY_EXISTS"),
    SOURCE("source", "sources/", "SOURCE_ALREADY_EXISTS"),
    CLAIM("claim", "claims/", "CLAIM_ALREADY_EXISTS"),
    STANCE("stance", "stances/", "STANCE_ALREADY_EXISTS"),
    REVIEW("claim_review", "reviews/", "REVIEW_ALREADY_EXISTS"),
    RELATION("claim_relation", "relations/", "RELATION_ALREADY_EXISTS");

    final String sql;
    final String collection;
    final String alreadyExists;

    Table(String sql, String collection, String alreadyExists) {
      this.sql = sql;
      this.collection = collection;
      this.alreadyExists = alreadyExists;
    }
  }

  private static final int SLUG_MAX = 48;
  /** Readable suffixes tried before a random one, so allocation stays O(1) however many share a slug. */
  private static final int NUMBERED_TRIES = 5;
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * Returns {@code requested} when free (ALREADY_EXISTS when taken), else the slug of
   * {@code name}, then with "-2" … "-5" appended, then with a random 8-character suffix.
   */
  static String allocate(Connection c, Table table, String requested, String name, String fallback)
      throws SQLException {
    if (requested != null) {
      if (taken(c, table, requested)) {
        throw LedgerError.alreadyExists(table.alreadyExists, table.collection + requested + " already exists",
            Map.of("resource", table.collection + requested));
      }
      return requested;
    }
    String base = Names.slug(name, SLUG_MAX, fallback);
    if (!taken(c, table, base)) return base;
    for (int n = 2; n <= NUMBERED_TRIES; n++) {
      String candidate = base + "-" + n;
      if (!taken(c, table, candidate)) return candidate;
    }
    while (true) {
      String candidate = base + "-" + randomSuffix();
      if (!taken(c, table, candidate)) return candidate;
    }
  }

  private static String randomSuffix() {
    char[] out = new char[8];
    for (int i = 0; i < out.length; i++) out[i] = "abcdefghijklmnopqrstuvwxyz0123456789".charAt(RANDOM.nextInt(36));
    return new String(out);
  }

  private static boolean taken(Connection c, Table table, String id) throws SQLException {
    return Sql.one(c, "SELECT 1 FROM " + table.sql + " WHERE id = ?", rs -> true, id).isPresent();
  }
}
