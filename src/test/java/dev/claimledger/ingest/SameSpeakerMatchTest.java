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
 * A paraphrase just under the link threshold goes on the claim when its speaker already took a
 * position on that claim, and only then: another speaker's words get a new claim and a suggestion.
 * The speaker's position never pulls a statement onto a claim the speaker took the other side of in
 * the same article: "a fault, not a cyberattack, caused the outage" asserts one cause and denies
 * another, two claims however many words they share.
 */
class SameSpeakerMatchTest {
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

  private Ingestor.ClaimOutcome onlyClaim(String text) {
    var r = ingestor.ingest(new Ingestor.Article(text, "", null, null, null, null, List.of(), List.of(), null, false));
    assertEquals(1, r.claims().size(), () -> r.claims().toString());
    return r.claims().get(0);
  }

  @Test
  void sameSpeaker_paraphraseJustUnderTheThreshold_isLinked() {
    var first = onlyClaim("Brenholt City Council said a pay offer of 4 per cent for the current school year is "
        + "the most it can afford.");
    var again = onlyClaim("Brenholt City Council said the 4 per cent on the table is the limit of what the "
        + "city can pay.");
    assertFalse(again.created(), again::toString);
    assertEquals(first.claim().id(), again.claim().id());
    assertTrue(again.score() >= Ingestor.LINK_THRESHOLD, again::toString);
  }

  @Test
  void otherSpeaker_sameParaphrase_isANewClaimWithASuggestion() {
    var first = onlyClaim("Brenholt City Council said a pay offer of 4 per cent for the current school year is "
        + "the most it can afford.");
    var other = onlyClaim("The Brenholt Teachers Union said the 4 per cent on the table is the limit of what "
        + "the city can pay.");
    assertTrue(other.created(), other::toString);
    assertEquals(first.claim().id(), other.suggestedId(), other::toString);
    assertTrue(other.suggestedScore() >= Ingestor.SUGGEST_THRESHOLD
        && other.suggestedScore() < Ingestor.LINK_THRESHOLD, other::toString);
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
