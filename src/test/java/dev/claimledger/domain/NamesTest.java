package dev.claimledger.domain;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void key_ignoresCaseHyphensDotsApostrophesAndSpacing() {
    assertEquals(Names.key("Kim Jong Un"), Names.key("Kim Jong-un"));
    assertEquals(Names.key("US"), Names.key("U.S."));
    assertEquals(Names.key("Choe’s"), Names.key("choe's"));
    assertEquals("russia", Names.key("  RUSSIA "));
    assertNotEquals(Names.key("Choe Son Hui"), Names.key("Choi Seong-hee"));
  }

  @Test
  void slug_isAValidIdCutAtAWordBoundary() {
    assertEquals("artyom-lukin", Names.slug("Artyom Lukin", 48, "x"));
    assertEquals("russia-is-using", Names.slug("Russia is using North Korean-made missiles", 16, "x"));
    assertEquals("lukin", Names.slug("Lukín", 48, "x"));
    assertEquals("x", Names.slug("北朝鮮", 48, "x"));
    assertEquals("missiles", Names.slug("2024 missiles", 48, "x"));
    assertTrue(ResourceIds.valid(Names.slug("A very long name ".repeat(10), 48, "x")));
  }
}
