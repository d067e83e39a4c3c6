package dev.claimledger.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contradiction queries walk maintained indexes: their plans never scan the stance table or
 * the position table. (Written against the statements the store runs, with constant parameters.)
 */
class QueryPlanTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      // ListContestedClaims, unfiltered and by actor / source / time.
      "SELECT k.claim_seq FROM contested_claim k WHERE k.claim_seq > 0 ORDER BY k.claim_seq LIMIT 21",
      "SELECT k.claim_seq FROM contested_claim k WHERE k.claim_seq > 0 AND k.claim_seq IN (SELECT claim_seq FROM claim_actor_position WHERE actor_seq = 1 AND (supports = 1 OR denies = 1)) ORDER BY k.claim_seq LIMIT 21",
      "SELECT k.claim_seq FROM contested_claim k WHERE k.claim_seq > 0 AND k.claim_seq IN (SELECT claim_seq FROM stance WHERE source_seq = 1) ORDER BY k.claim_seq LIMIT 21",
      // ListOpposingClaims.
      "SELECT pa.claim_seq FROM claim_actor_position pa JOIN claim_actor_position pb ON pb.claim_seq = pa.claim_seq AND pb.actor_seq = 2 WHERE pa.actor_seq = 1 AND pa.claim_seq > 0 AND ((pa.supports = 1 AND pb.denies = 1) OR (pa.denies = 1 AND pb.supports = 1)) ORDER BY pa.claim_seq LIMIT 21",
      // ListConflictingReports, unfiltered and by actor.
      "SELECT r.claim_seq, r.actor_seq FROM conflicting_report r WHERE (r.claim_seq, r.actor_seq) > (0, 0) ORDER BY r.claim_seq, r.actor_seq LIMIT 21",
      "SELECT r.claim_seq, r.actor_seq FROM conflicting_report r WHERE (r.claim_seq, r.actor_seq) > (0, 0) AND r.actor_seq = 1 ORDER BY r.claim_seq, r.actor_seq LIMIT 21",
      // A stance write's position refresh.
      "SELECT s.seq, s.kind, s.source_seq, s.report_time FROM stance s WHERE s.claim_seq = 1 AND s.actor_seq = 1 AND NOT EXISTS (SELECT 1 FROM stance n WHERE n.supersedes_seq = s.seq)",
      "SELECT min(first_support_time) FROM claim_actor_position WHERE claim_seq = 1 AND first_support_time IS NOT NULL",
  })
  void contradictionQuery_usesIndexes_neverScansALedgerTable(String sql) {
    try (SqliteLedger l = SqliteLedger.open(dir.resolve("plan.db"), SqliteDatabase.Durability.NORMAL, 1)) {
      List<String> plan = l.read(c -> {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
          while (rs.next()) rows.add(rs.getString("detail"));
        }
        return rows;
      });
      for (String step : plan) {
        assertFalse(step.startsWith("SCAN ") || step.contains("TEMP B-TREE"),
            () -> "scan or sort in plan " + plan + " of " + sql);
      }
    }
  }
}
