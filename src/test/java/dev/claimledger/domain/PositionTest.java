package dev.claimledger.domain;

import static dev.claimledger.domain.StanceKind.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {
  private static Position of(Object... kindSourcePairs) {
    List<Position.Fact> facts = new ArrayList<>();
    for (int i = 0; i < kindSourcePairs.length; i += 2) {
      facts.add(new Position.Fact(i, (StanceKind) kindSourcePairs[i], (Integer) kindSourcePairs[i + 1], 100 + i));
    }
    return Position.of(facts);
  }

  @Test
  void noStances_noPosition() {
    assertNull(Position.of(List.of()));
  }

  @Test
  void assertsAndSuggests_support_condemnsDoesNot() {
    assertTrue(of(ASSERTS, 1).supports());
    assertTrue(of(SUGGESTS, 1).supports());
    assertFalse(of(CONDEMNS, 1).supports());
  }

  @Test
  void retraction_withdrawsSupport() {
    Position p = of(ASSERTS, 1, RETRACTS, 2);
    assertFalse(p.supports());
    assertNull(p.firstSupportTime());
  }

  @Test
  void deniedInOneSource_silentInAnother_conflicts() {
    assertTrue(of(DENIES, 1, DECLINES_TO_COMMENT, 2).conflicting());
    assertTrue(of(ASSERTS, 1, DENIES, 2).conflicting());
  }

  @Test
  void sameFamilyAcrossSources_orMixedInOneSource_doesNotConflict() {
    assertFalse(of(DENIES, 1, DENIES, 2).conflicting());
    assertFalse(of(ASSERTS, 1, SUGGESTS, 2).conflicting());
    assertFalse(of(ASSERTS, 1, DENIES, 1).conflicting());
    assertFalse(of(ASSERTS, 1, RETRACTS, 2).conflicting());
  }

  @Test
  void earliestReportTimes_perSide() {
    Position p = of(DENIES, 1, ASSERTS, 2, DENIES, 3);
    assertEquals(100L, p.firstDenyTime());
    assertEquals(102L, p.firstSupportTime());
    assertEquals(3, p.stanceCount());
  }
}
