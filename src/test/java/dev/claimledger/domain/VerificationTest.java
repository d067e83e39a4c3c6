package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.domain.Origins.Origin;
import dev.claimledger.domain.Verification.State;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationTest {
  private static final Origin REUTERS = new Origin("reuters", true, List.of("s1"), List.of("a"), List.of());
  private static final Origin AP = new Origin("ap", true, List.of("s2"), List.of("b"), List.of());
  private static final Origin UNKNOWN = new Origin(null, false, List.of("s3"), List.of("c"), List.of());
  private static final Map<String, String> NAMES = Map.of("reuters", "Reuters", "ap", "AP");

  private static Review review(ReviewRating r) {
    return new Review("c", "r1", r, "Desk", "Checked.", List.of(), Instant.EPOCH);
  }

  @Test
  void of_noSupport_isUnverified() {
    Verification v = Verification.of(false, 1, List.of(), null, NAMES);
    assertEquals(State.UNVERIFIED, v.state());
    assertEquals("Unverified: no stance supports it; denied by 1 actor.", v.explanation());
  }

  @Test
  void of_onlyUnknownOrigins_isUnverifiedAndCountsNone() {
    Verification v = Verification.of(false, 0, List.of(UNKNOWN), null, NAMES);
    assertEquals(State.UNVERIFIED, v.state());
    assertEquals(0, v.independentOrigins());
    assertEquals(1, v.unknownOrigins());
  }

  @Test
  void of_oneOrigin_isSingleOrigin() {
    Verification v = Verification.of(false, 0, List.of(REUTERS, UNKNOWN), null, NAMES);
    assertEquals(State.SINGLE_ORIGIN, v.state());
    assertEquals("Single origin: supported by 1 origin: Reuters; 1 origin unknown.", v.explanation());
  }

  @Test
  void of_twoOrigins_isCorroborated() {
    Verification v = Verification.of(false, 0, List.of(REUTERS, AP), null, NAMES);
    assertEquals(State.CORROBORATED, v.state());
    assertEquals(2, v.independentOrigins());
    assertTrue(v.explanation().contains("2 independent origins: Reuters, AP"), v.explanation());
  }

  @Test
  void of_contested_winsOverCorroboration() {
    assertEquals(State.CONTESTED, Verification.of(true, 1, List.of(REUTERS, AP), null, NAMES).state());
  }

  @Test
  void of_latestReview_decides() {
    assertEquals(State.CONFIRMED, Verification.of(true, 1, List.of(REUTERS), review(ReviewRating.MOSTLY_TRUE), NAMES).state());
    assertEquals(State.REFUTED, Verification.of(false, 0, List.of(REUTERS, AP), review(ReviewRating.FALSE), NAMES).state());
    assertEquals(State.MIXED, Verification.of(false, 0, List.of(), review(ReviewRating.MIXED), NAMES).state());
    Verification v = Verification.of(false, 0, List.of(REUTERS), review(ReviewRating.UNPROVEN), NAMES);
    assertEquals(State.UNPROVEN, v.state());
    assertEquals("Rated unproven by Desk (review r1); supported by 1 origin: Reuters.", v.explanation());
  }
}
