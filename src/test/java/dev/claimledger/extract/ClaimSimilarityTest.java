package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.ingest.Ingestor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimSimilarityTest {

  private static double score(String a, String b) {
    return ClaimSimilarity.score(ClaimSimilarity.terms(a, Map.of()), ClaimSimilarity.terms(b, Map.of()));
  }

  @Test
  void negatedClaim_staysApartFromThePositiveOne() {
    assertTrue(score("The plant did not discharge any waste into the river.",
        "The plant released untreated waste into the river.") < Ingestor.LINK_THRESHOLD);
    assertTrue(score("The plant discharged waste into the river.",
        "The plant released untreated waste into the river.") >= Ingestor.LINK_THRESHOLD);
  }

  @Test
  void oppositeVerbs_stayApart() {
    assertTrue(score("Prices increased sharply in March.", "Prices decreased sharply in March.")
        < Ingestor.SUGGEST_THRESHOLD);
  }

  @Test
  void withoutNegation_saysTheTextTheOtherWayRound() {
    assertEquals("The plant release untreated waste.", ClaimSimilarity.withoutNegation("The plant did not release untreated waste."));
    assertEquals("The company has paid its suppliers.", ClaimSimilarity.withoutNegation("The company has not paid its suppliers."));
    assertEquals("from Ostrel met members of the panel.",
        ClaimSimilarity.withoutNegation("Nobody from Ostrel met members of the panel."));
    // The emphasis of a negation goes with it: "not a single litre of", "not any".
    assertEquals("The plant release waste.", ClaimSimilarity.withoutNegation("The plant didn't release any waste."));
    assertEquals("The plant release untreated water.",
        ClaimSimilarity.withoutNegation("The plant did not release a single litre of untreated water."));
  }

  @Test
  void withoutNegation_leavesAlonePartsAndSayings() {
    assertNull(ClaimSimilarity.withoutNegation("The earthquake killed 40 people in the old town but no tourists were hurt."));
    assertNull(ClaimSimilarity.withoutNegation("The plant released waste into the river and never told anyone."));
    assertNull(ClaimSimilarity.withoutNegation("She did not know whether the bank would raise rates."));
    assertNull(ClaimSimilarity.withoutNegation("Vollan has not commented on her future."));
    assertNull(ClaimSimilarity.withoutNegation("The plant released untreated waste."));
  }

  @Test
  void approximateSpanOfTime_matchesTheExactOne() {
    // "nearly two weeks" is 14 days given loosely: 13 days is within it.
    assertTrue(score("The company waited 13 days before alerting customers.",
        "The company waited nearly two weeks before alerting customers.") >= Ingestor.LINK_THRESHOLD);
    assertTrue(ClaimSimilarity.terms("The repair took 2 weeks.", Map.of()).contains("#14"));
    assertTrue(ClaimSimilarity.terms("The repair took two weeks.", Map.of()).contains("#14"));
    assertTrue(ClaimSimilarity.terms("The repair took 14 days.", Map.of()).contains("#14"));
    assertTrue(score("About 40,000 accounts were affected by the breach.",
        "39,800 accounts were affected by the breach.") >= Ingestor.LINK_THRESHOLD);
  }

  @Test
  void gettingRidOfPosts_isCuttingThem() {
    assertTrue(score("The council planned to get rid of 140 teaching assistant posts.",
        "The council is considering cutting about 140 teaching assistant posts.") >= Ingestor.LINK_THRESHOLD);
  }

  @Test
  void exactQuantities_thatDiffer_stayApart() {
    // Two exact figures for one quantity are a conflict to show, not one claim.
    assertTrue(score("40,000 accounts were affected by the breach.", "42,000 accounts were affected by the breach.")
        < Ingestor.LINK_THRESHOLD);
    assertTrue(score("The company waited 13 days before alerting customers.",
        "The company waited two weeks before alerting customers.") < Ingestor.LINK_THRESHOLD);
    // Approximate, but far off: "about 40,000" is not 1.2 million.
    assertTrue(score("About 40,000 accounts were affected by the breach.",
        "1.2 million accounts were affected by the breach.") < Ingestor.SUGGEST_THRESHOLD);
  }

  @Test
  void spelledSmallNumber_foldsToItsDigits() {
    assertEquals(ClaimSimilarity.terms("Six people died in the outbreak.", Map.of()),
        ClaimSimilarity.terms("6 people died in the outbreak.", Map.of()));
  }

  @Test
  void millionWithDecimal_foldsToTheFullNumber() {
    assertEquals(ClaimSimilarity.terms("The breach exposed 1.2 million customer accounts.", Map.of()),
        ClaimSimilarity.terms("The breach exposed 1,200,000 customer accounts.", Map.of()));
  }

  @Test
  void spelledNumberWithScale_foldsToTheFullNumber() {
    assertEquals(1.0, score("Hackers took data from 2 million accounts.", "Hackers took data from two million "
        + "accounts."), 1e-9);
  }

  @Test
  void newsSynonyms_foldToOneTerm() {
    assertEquals(ClaimSimilarity.terms("Norland fired a missile at the port.", Map.of()),
        ClaimSimilarity.terms("Norland launched a rocket at the port.", Map.of()));
    assertEquals(ClaimSimilarity.terms("The plant released waste into the river.", Map.of()),
        ClaimSimilarity.terms("The plant dumped waste into the river.", Map.of()));
  }

  @Test
  void knownActorNames_foldToTheActor() {
    Map<String, String> names = Map.of("kessa water board", "kwb", "kwb", "kwb");
    assertEquals(ClaimSimilarity.terms("The Kessa Water Board raised prices.", names),
        ClaimSimilarity.terms("KWB raised prices.", names));
  }

  @Test
  void differentNumber_costsHalfTheScore() {
    String a = "Wages rose 5 percent.";
    double oneWordDiffers = score(a, "Pensions rose 5 percent.");
    double numberDiffers = score(a, "Wages rose 7 percent.");
    assertTrue(oneWordDiffers > 0);
    assertEquals(0.5 * oneWordDiffers, numberDiffers, 1e-9);
  }

  @Test
  void differentDeathTolls_doNotLink() {
    assertTrue(score("The outbreak killed 6 people in Tolvern.", "The outbreak killed 9 people in Tolvern.")
        < Ingestor.SUGGEST_THRESHOLD);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Norland fired a missile at the port.|Norland launched a rocket at the port.",
      "The army shelled the village of Orsk.|The village of Orsk was bombarded by the army.",
      "Russia supplied weapons to the rebels.|Moscow sent arms to the rebels.",
      "Six people have died.|Six had died in a cholera outbreak in Tolvern.",
      "The plant released waste into the river.|The Dunmore plant discharged waste into the river on Monday.",
      "Sprinter Kofi Mensah-Larbi missed three drug tests.|Kofi Mensah-Larbi had missed 3 drug tests."})
  void paraphrases_scoreAboveTheLinkThreshold(String a, String b) {
    assertTrue(score(a, b) >= Ingestor.LINK_THRESHOLD, () -> a + " | " + b + ": " + score(a, b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The council raised water prices by 10 percent.|The striker agreed to join Velmont FC.",
      "The bridge will reopen on Friday.|Inflation fell below 3 percent in June.",
      "The drug may slow memory loss.|The navy fired on fishing boats near Ardel."})
  void unrelatedPairs_scoreBelowTheSuggestThreshold(String a, String b) {
    assertTrue(score(a, b) < Ingestor.SUGGEST_THRESHOLD, () -> a + " | " + b + ": " + score(a, b));
  }

  @Test
  void twoWordClaimInsideALongerOne_doesNotLinkWithoutASharedNumber() {
    assertTrue(score("The visit would include talks.", "The visit would include talks on trade and security in "
        + "the capital.") < Ingestor.LINK_THRESHOLD);
  }
}
