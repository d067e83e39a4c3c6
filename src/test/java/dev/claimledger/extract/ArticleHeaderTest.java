package dev.claimledger.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleHeaderTest {

  @Test
  void headerLine_givesDateTitleAndTheBodyWithoutBlankLines() {
    ArticleHeader h = ArticleHeader.parse("date 2024-03-07 Floods cut off Kessa\n\n\nRains hit the coast.\nMore "
        + "followed.");
    assertEquals(Instant.parse("2024-03-07T00:00:00Z"), h.date());
    assertEquals("Floods cut off Kessa", h.title());
    assertEquals("Rains hit the coast.\nMore followed.", h.body());
  }

  @Test
  void noHeader_keepsTheWholeTextAsBody() {
    String text = "The Marlow Water Board said the reservoir would be drained.\nNobody objected.";
    ArticleHeader h = ArticleHeader.parse(text);
    assertNull(h.date());
    assertNull(h.title());
    assertEquals(text, h.body());
  }

  @Test
  void impossibleDate_isNoHeader() {
    String text = "date 2024-02-30 Not a day\nBody.";
    ArticleHeader h = ArticleHeader.parse(text);
    assertNull(h.date());
    assertNull(h.title());
    assertEquals(text, h.body());
  }
}
