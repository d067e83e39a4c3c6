package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.extract.ClaimConflicts.Kind;
import org.junit.jupiter.api.Test;

class ClaimConflictsTest {

  private static Kind kind(String a, String b) {
    var c = ClaimConflicts.between(a, b);
    var back = ClaimConflicts.between(b, a);
    assertEquals(c == null, back == null, "the same both ways");
    return c == null ? null : c.kind();
  }

  @Test
  void between_differentFiguresForOneQuantity_isNumeric() {
    assertEquals(Kind.NUMERIC, kind("The company said 40,000 accounts were affected.", "1.2 million accounts were affected."));
    assertEquals(Kind.NUMERIC, kind("Volunteers had counted more than 20,000 dead fish by Tuesday morning.",
        "The number of dead fish was about 4,000."));
    assertEquals(Kind.NUMERIC, kind("Six people died in the outbreak.", "Eight people died in the outbreak."));
    var c = ClaimConflicts.between("40,000 customer accounts were exposed.", "The breach exposed 1.2 million customer accounts.");
    assertTrue(c.explanation().startsWith("different figures for the same thing: 40,000 customer"), c.explanation());
  }

  @Test
  void between_figuresThatAgree_orBoundsThatMeet_areNoConflict() {
    assertNull(kind("40,000 accounts were affected.", "About 40,000 accounts were affected."));
    assertNull(kind("More than 20,000 fish died in the river.", "25,000 fish died in the river."));
    assertNull(kind("1.2 million accounts were affected.", "1,200,000 accounts were affected."));
    assertNull(kind("Fewer than 100 workers were laid off at the plant.", "80 workers were laid off at the plant."));
  }

  @Test
  void between_aFigureBothClaimsShare_orAForecastAgainstACount_isNoConflict() {
    assertNull(kind("Three people died and 40 people were hurt in the fire.", "40 people were hurt in the fire."));
    assertNull(kind("40,000 accounts were exposed in March and 2,000 in April.", "2,000 accounts were exposed in April."));
    assertNull(kind("Inflation will fall below 3 percent next year.", "Inflation is 7 percent."));
    assertEquals(Kind.NUMERIC, kind("Inflation was 7% in June.", "Inflation was 3 percent in June."));
    assertEquals(Kind.NUMERIC, kind("Inflation was 7% in June.", "Inflation was 3 per cent in June."));
    // "May" the month is no "may" of the possible.
    assertEquals(Kind.NUMERIC, kind("40,000 accounts were exposed in May.", "1.2 million accounts were exposed."));
    // A figure both share does not hide one they disagree on.
    assertEquals(Kind.NUMERIC, kind("Eight people died in the fire and 2 firefighters were hurt.",
        "Two people died in the fire and 2 firefighters were hurt."));
  }

  @Test
  void between_negationsAboutDifferentYears_areNoConflict() {
    assertNull(kind("The plant did not discharge any waste into the river in 2021.",
        "The plant discharged waste into the river in 2019."));
  }

  @Test
  void between_figuresOfDifferentThings_areNoConflict() {
    // Two weeks is no count of customers; a year is a date.
    assertNull(kind("The company waited two weeks before telling customers about the breach.",
        "About 180,000 business customers were affected by the breach."));
    assertNull(kind("The plant was built in 2019 near the river.", "The plant was built in 2021 near the river."));
  }

  @Test
  void between_aClaimAndItsNegation_isNegation() {
    var c = ClaimConflicts.between("The plant did not discharge any waste into the river.",
        "The plant released untreated waste into the river.");
    assertEquals(Kind.NEGATION, c.kind());
    assertEquals("\"The plant did not discharge any waste into the river\" denies \"The plant released untreated waste"
        + " into the river\"", c.explanation());
    assertEquals(Kind.NEGATION, kind("Spending on the line increased last year.", "Spending on the line decreased last year."));
  }

  @Test
  void between_unrelatedOrMerelySimilarClaims_isNoConflict() {
    assertNull(kind("The minister visited the factory on Monday.", "The minister visited the school on Monday."));
    assertNull(kind("The mayor opened a new bridge.", "The plant released untreated waste into the river."));
    assertNull(kind("Russia is using North Korean missiles.", "North Korea tested a hypersonic missile."));
    // A negation far into the claim does not turn it round.
    assertNull(kind("The storm flooded the town, but no one was hurt.", "The storm flooded the town."));
    // One word says too little.
    assertNull(kind("Denied.", "Not denied."));
  }
}
