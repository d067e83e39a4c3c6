package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearCopiesTest {
  static final String WIRE = """
      HARBOR CITY (Reuters) - The Calder water utility said on Tuesday that untreated sewage had flowed into the \
      Brenna river for six hours after a pump failed at its eastern plant, and that it had warned residents \
      downstream not to swim. The utility's chief engineer, Mara Holt, said the failure was caused by a power \
      surge during Monday's storm and that the pump had been repaired overnight. Environmental groups said the \
      spill was the third this year and called for an independent inquiry into the utility's maintenance record. \
      The regional environment agency said it was taking samples at four points along the river.""";

  /** The same story reprinted: a new opening line, the last sentence cut, one word changed. */
  static final String REPRINT = """
      Sewage spill closes Brenna river to swimmers. HARBOR CITY (Reuters) - The Calder water utility said on \
      Tuesday that untreated sewage had flowed into the Brenna river for six hours after a pump failed at its \
      eastern plant, and that it had warned residents downstream not to swim. The utility's chief engineer, Mara \
      Holt, said the failure was caused by a power surge during Monday's storm and that the pump had been fixed \
      overnight. Environmental groups said the spill was the third this year and called for an independent \
      inquiry into the utility's maintenance record.""";

  /** Another reporter's account of the same event, quoting the same engineer. */
  static final String OTHER = """
      Swimmers were told to stay out of the Brenna on Tuesday after a broken pump at the Calder utility's eastern \
      plant let raw sewage into the river for most of Monday night. Mara Holt, the utility's chief engineer, blamed \
      a power surge during the storm. Campaigners pointed out that it was the river's third spill of the year, \
      and the environment agency said it had begun sampling the water.""";

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
