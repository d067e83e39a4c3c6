package dev.claimledger.store.sqlite;

import dev.claimledger.domain.AffiliationRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the actors that speak for an actor, transitively: Zakharova is spokeswoman of the Russian
 * Foreign Ministry, which is part of Russia, so her stances count for both when rolled up.
 * Affiliations are read through merges (an affiliation of a merged actor counts for the survivor).
 */
final class RollUp {
  private RollUp() {}

  /** The roles that make a member speak for its organization, as an SQL list of their numbers. */
  static final String SPEAKING_ROLES = Arrays.stream(AffiliationRole.values())
      .filter(r -> r.speaksFor).map(r -> Integer.toString(r.number)).collect(Collectors.joining(", "));

  private static final String SPEAKERS_OF = """
      SELECT DISTINCT m.canonical_seq
        FROM actor o
        JOIN affiliation f ON f.organization_seq = o.seq
        JOIN actor m ON m.seq = f.member_seq
       WHERE o.canonical_seq = ? AND f.role IN (""" + SPEAKING_ROLES + ")";

  /**
   * Every live actor that speaks for {@code canonicalSeq}, directly or through others, mapped to
   * the actor it speaks for on the way (its next hop towards {@code canonicalSeq}).
   */
  static Map<Long, Long> speakersFor(Connection c, long canonicalSeq) throws SQLException {
    Map<Long, Long> nextHop = new LinkedHashMap<>();
    Deque<Long> queue = new ArrayDeque<>(List.of(canonicalSeq));
    while (!queue.isEmpty()) {
      long org = queue.poll();
      for (long speaker : Sql.list(c, SPEAKERS_OF, rs -> rs.getLong(1), org)) {
        if (speaker != canonicalSeq && !nextHop.containsKey(speaker)) {
          nextHop.put(speaker, org);
          queue.add(speaker);
        }
      }
    }
    return nextHop;
  }
}
