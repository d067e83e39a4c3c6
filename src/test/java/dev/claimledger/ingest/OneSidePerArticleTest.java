package dev.claimledger.ingest;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.StanceKind;
import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A fault, not a cyberattack, caused the outage" asserts one cause and denies another: two claims,
 * even though they share most words and the speaker's own position would otherwise pull the denial
 * onto the claim it just asserted. A later claim of responsibility finds the denied one.
 */
class OneSidePerArticleTest {
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
  void aCauseAndTheCauseRuledOut_areTwoClaims_andAClaimOfResponsibilityContestsTheSecond() {
    var r = ingestor.ingest(new Ingestor.Article("Marlow Telecom said on Friday that a fault in the power supply, "
        + "not a cyberattack, caused the outage. A group calling itself Night Owl claimed responsibility for the "
        + "outage on Saturday.", "", null, null, null, null, List.of(), List.of(), null, false));
    var stances = r.stances();
    assertEquals(3, stances.size(), () -> stances.toString());
    var asserted = stances.get(0);
    var denied = stances.get(1);
    var claimed = stances.get(2);
    assertEquals(StanceKind.ASSERTS, asserted.stance().kind());
    assertEquals(StanceKind.DENIES, denied.stance().kind());
    assertEquals(StanceKind.ASSERTS, claimed.stance().kind());
    assertNotEquals(asserted.claimIndex(), denied.claimIndex(), () -> r.claims().toString());
    assertEquals("A cyberattack caused the outage.", r.claims().get(denied.claimIndex()).extractedText());
    assertEquals(denied.claimIndex(), claimed.claimIndex(), () -> r.claims().toString());
  }
}
