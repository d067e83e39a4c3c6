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
  void key_ofAsciiText_isWhatTheUnicodePathGives() {
    // The ASCII fast path against the general one: the same text with a non-ASCII word after it.
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) text.append((char) (32 + random.nextInt(95)));
      String ascii = text.toString();
      String general = Names.key(ascii + " \u00e9");
      String expected = general.equals("\u00e9") ? "" : general.substring(0, general.length() - 2);
      assertEquals(expected, Names.key(ascii), ascii);
    }
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
