package dev.claimledger.ingest;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stances an ingest returns are built as they are written, not read back: each must be the
 * stance a later read of the ledger gives, field for field (relay chain, excerpt, times, the
 * actor it counts for).
 */
class RecordedStanceTest {
  @TempDir Path dir;
  SqliteLedger ledger;
  Ingestor ingestor;

  @BeforeEach
  void open() {
    ledger = SqliteLedger.open(dir.resolve("ledger.db"), SqliteDatabase.Durability.NORMAL, 2);
    ingestor = new Ingestor(ledger.ingest());
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void everyReturnedStance_isTheStanceTheLedgerReadsBack() {
    String text = "The state-run KCNA news agency reported that the talks had been \"warm\". Pyongyang denied "
        + "supplying missiles, Reuters reported. \"We are watching closely,\" said Dr. Amara Osei, a spokeswoman "
        + "for the Halden health ministry. The ministry declined to comment on reports that cases had been hidden.";
    var r = ingestor.ingest(new Ingestor.Article(text, "Talks", "https://example.org/a", null, "Lakeside Gazette",
        Instant.parse("2024-01-16T09:30:00.123456789Z"), List.of(), List.of("Reuters"), null, false));
    assertTrue(r.stances().size() >= 4, () -> r.stances().toString());
    for (var s : r.stances()) {
      assertTrue(s.recorded(), s::toString);
      assertEquals(ledger.stances().get(s.stance().ref()).orElseThrow(), s.stance());
    }
    assertTrue(r.stances().stream().anyMatch(s -> !s.stance().relayChain().isEmpty()), () -> r.stances().toString());
  }
}
