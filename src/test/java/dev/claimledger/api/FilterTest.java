package dev.claimledger.api;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.LedgerError;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterTest {
  private static final Map<String, Set<Filter.Op>> FIELDS = Map.of("actor", Filter.EQUALITY, "kind",
      Filter.EQUALITY_OR_NOT, "contested_time", Filter.ORDERING);

  @Test
  void parse_conjunctionOfComparisons() {
    Filter f = Filter.parse("actor = \"actors/russia\" AND kind != DENIES AND contested_time >= \"2024-01-01T00:00:00Z\""
        + " AND contested_time < \"2024-02-01T00:00:00+02:00\"", FIELDS);
    assertEquals("russia", Filter.resourceId(f.single("actor"), "actors"));
    assertEquals(Filter.Op.NE, f.single("kind").op());
    TimeRange r = TimeRange.of(f, "contested_time");
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), r.after());
    assertTrue(r.afterInclusive());
    assertEquals(Instant.parse("2024-01-31T22:00:00Z"), r.before());
  }

  @Test
  void parse_emptyFilter_hasNoRestrictions() {
    assertNull(Filter.parse("  ", FIELDS).single("actor"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope = 1", "actor > \"actors/x\"", "actor = \"actors/x", "actor = x OR kind = y",
      "actor =", "actor = x AND", "kind ~ x", "actor = x kind = y", "(actor = x)"})
  void parse_badFilter_invalidFilter(String text) {
    LedgerError e = assertThrows(LedgerError.class, () -> Filter.parse(text, FIELDS));
    assertEquals("INVALID_FILTER", e.reason());
    assertEquals("filter", e.violations().get(0).field());
  }

  @Test
  void values_badTimestampOrName_invalidFilter() {
    Filter f = Filter.parse("contested_time > \"yesterday\" AND actor = \"russia\"", FIELDS);
    assertEquals("INVALID_FILTER", assertThrows(LedgerError.class, () -> TimeRange.of(f, "contested_time")).reason());
    assertEquals("INVALID_FILTER", assertThrows(LedgerError.class,
        () -> Filter.resourceId(f.single("actor"), "actors")).reason());
  }
}
