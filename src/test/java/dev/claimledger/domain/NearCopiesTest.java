package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    long[] a = NearCopies.signature(WIRE);
    assertEquals(1.0, NearCopies.similarity(a, NearCopies.signature(WIRE)));
    long[] b = NearCopies.signature(OTHER);
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
    assertEquals(0.0, NearCopies.similarity(new long[3], NearCopies.signature(WIRE)));
    assertEquals(null, NearCopies.fromBytes(new byte[3]));
  }

  @Test
  void similarity_shortTexts_compareAsOneShingle() {
    assertEquals(1.0, NearCopies.similarity(NearCopies.signature("Troops left."), NearCopies.signature("troops LEFT")));
    assertEquals(0.0, NearCopies.similarity(NearCopies.signature("Troops left."), NearCopies.signature("Troops stayed.")));
  }

  @Test
  void bytes_roundTrip() {
    long[] a = NearCopies.signature(WIRE);
    assertArrayEquals(a, NearCopies.fromBytes(NearCopies.bytes(a)));
  }

  @Test
  void pairs_findsEveryNearCopyPairOnce_withoutComparingAll() {
    // 300 articles: every tenth a reprint of the wire story, the rest distinct texts.
    java.util.List<long[]> sigs = new java.util.ArrayList<>();
    java.util.List<Integer> copies = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      if (i % 10 == 0) {
        copies.add(i);
        sigs.add(NearCopies.signature((i % 20 == 0 ? REPRINT : WIRE) + " Edition " + i + "."));
      } else {
        sigs.add(NearCopies.signature(OTHER.replace("Tuesday", "day " + i) + " Story " + i + " of "
            + "the day by reporter number " + i + ", filed at " + (i * 7 % 24) + " hours, file " + (i * 31) + "."));
      }
    }
    java.util.Set<String> found = new java.util.HashSet<>();
    for (NearCopies.Pair p : NearCopies.pairs(sigs)) {
      assertTrue(p.first() < p.second());
      assertTrue(found.add(p.first() + "-" + p.second()), "each pair once");
    }
    for (int a = 0; a < copies.size(); a++) {
      for (int b = a + 1; b < copies.size(); b++) {
        assertTrue(found.contains(copies.get(a) + "-" + copies.get(b)), "missed reprints " + copies.get(a) + ", " + copies.get(b));
      }
    }
    // And every pair found is a real near-copy by the full comparison.
    for (String f : found) {
      String[] ab = f.split("-");
      assertTrue(NearCopies.similarity(sigs.get(Integer.parseInt(ab[0])), sigs.get(Integer.parseInt(ab[1]))) >= NearCopies.THRESHOLD);
    }
  }
}
