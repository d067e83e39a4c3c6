package dev.claimledger.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ingest benchmark's input must be repeatable, seed-sized and free of duplicates the ledger would skip. */
class ArticleGeneratorTest {
  @Test
  void sameSeedAndIndex_sameArticle_otherSeed_otherArticle() {
    ArticleGenerator a = new ArticleGenerator(42);
    ArticleGenerator b = new ArticleGenerator(42);
    for (int i : new int[] {0, 1, 17, 2_999}) assertEquals(a.article(i), b.article(i));
    assertNotEquals(a.article(5).text(), new ArticleGenerator(43).article(5).text());
  }

  @Test
  void thousandArticles_areUnique_seedSized_andShapedLikeTheSeeds() {
    ArticleGenerator g = new ArticleGenerator(1);
    Set<String> texts = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String text = g.article(i).text();
      assertTrue(texts.add(text), "article " + i + " repeats an earlier one");
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 1_500 && bytes <= 3_500, "article " + i + " has " + bytes + " bytes");
      String[] lines = text.split("\n");
      assertTrue(lines[0].matches("date \\d{4}-\\d{2}-\\d{2} \\S.*"), lines[0]);
      assertEquals("", lines[1]);
      int sentences = 0;
      for (int l = 2; l < lines.length; l++) sentences += lines[l].split("(?<=\\.) ").length;
      assertTrue(sentences >= 12 && sentences <= 20, "article " + i + " has " + sentences + " sentences");
    }
  }
}
