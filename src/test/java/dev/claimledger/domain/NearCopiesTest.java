package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearCopiesTest {
  private static final String WIRE = SpillTexts.WIRE;
  private static final String REPRINT = SpillTexts.REPRINT;
  private static final String OTHER = SpillTexts.OTHER;

  @Test
  void similarity_reprintWithNewHeadlineAndCutEnding_isANearCopy() {
    double s = NearCopies.similarity(NearCopies.signature(WIRE), NearCopies.signature(REPRINT));
    assertTrue(s >= NearCopies.THRESHOLD, "reprint similarity " + s);
  }

  @Test
  void similarity_independentAccountOfTheSameEvent_isNoCopy() {
    double s = NearCopies.similarity(NearCopies.signature(WIRE), NearCopies.signature(OTHER));
    assertTrue(s < 0.15, "independent similarity " + s);
  }

  @Test
  void similarity_sameTextIsOneAndSymmetric() {
    byte[] a = NearCopies.signature(WIRE);
    assertEquals(1.0, NearCopies.similarity(a, NearCopies.signature(WIRE)));
    byte[] b = NearCopies.signature(OTHER);
    assertEquals(NearCopies.similarity(a, b), NearCopies.similarity(b, a));
  }

  @Test
  void similarity_caseAndPunctuationDoNotMatter() {
    assertEquals(1.0, NearCopies.similarity(NearCopies.signature(WIRE),
        NearCopies.signature(WIRE.toUpperCase().replace(",", " ").replace(".", " ; "))));
  }

  @Test
  void similarity_emptyOrMalformedSignatures_areNothingAlike() {
    assertEquals(0.0, NearCopies.similarity(NearCopies.signature(""), NearCopies.signature("")));
    assertEquals(0.0, NearCopies.similarity(new byte[3], NearCopies.signature(WIRE)));
  }

  @Test
  void similarity_shortTexts_compareAsOneShingle() {
    assertEquals(1.0, NearCopies.similarity(NearCopies.signature("Troops left."), NearCopies.signature("troops LEFT")));
    assertEquals(0.0, NearCopies.similarity(NearCopies.signature("Troops left."), NearCopies.signature("Troops stayed.")));
  }
}
