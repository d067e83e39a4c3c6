package dev.claimledger.eval;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.v1.StanceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold file format of src/eval/README.md, and errors that say which file and line is wrong. */
class GoldFileTest {
  private static final String ARTICLE = """
      date 2024-03-01 Breach at Acme
      Acme confirmed that 40,000 accounts were exposed, its spokeswoman Jane Roe said.
      Regulators said the breach was serious. Globex denied any part in it.
      """;

  @TempDir Path dir;

  private GoldFile parse(String gold) throws Exception {
    Files.writeString(dir.resolve("001-acme.txt"), ARTICLE);
    Path file = dir.resolve("001-acme.gold");
    Files.writeString(file, gold);
    return GoldFile.parse(file, dir.resolve("no-repo"));
  }

  /** Asserts the parse fails at {@code line} (0: the file as a whole) with a message containing {@code message}. */
  private void assertError(String gold, int line, String message) {
    var e = assertThrows(IllegalArgumentException.class, () -> parse(gold));
    String where = dir.resolve("001-acme.gold") + (line > 0 ? ":" + line : "") + ": ";
    assertTrue(e.getMessage().startsWith(where), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void goodFile_givesEveryField() throws Exception {
    GoldFile g = parse("""
        # gold for the Acme article

        article   001-acme.txt
        publisher UNN
        relays    Reuters | AP
        stance    Jane Roe / Acme | ASSERTS | breach-40k-accounts | 40,000 accounts were exposed
        stance    Globex | DENIES | globex-caused-breach | Globex denied any part in it.
        contested breach-40k-accounts
        """);
    assertEquals(dir.resolve("001-acme.txt").toAbsolutePath(), g.article().toAbsolutePath());
    assertEquals(ARTICLE, g.articleText());
    assertEquals("UNN", g.publisher());
    assertEquals(List.of("Reuters", "AP"), g.relays());
    assertEquals(List.of(
        new GoldFile.GoldStance(6, List.of("Jane Roe", "Acme"), StanceKind.STANCE_KIND_ASSERTS, "breach-40k-accounts",
            "40,000 accounts were exposed"),
        new GoldFile.GoldStance(7, List.of("Globex"), StanceKind.STANCE_KIND_DENIES, "globex-caused-breach",
            "Globex denied any part in it.")), g.stances());
    assertEquals(List.of("breach-40k-accounts"), g.contested());
  }

  @Test
  void optionalFieldsMayBeLeftOut_andArticleFallsBackToTheRepoRoot() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo/seeds"));
    Files.writeString(repo.resolve("000.txt"), ARTICLE);
    Path gold = Files.createDirectories(dir.resolve("repo/src/eval/corpus/seeds")).resolve("000.gold");
    Files.writeString(gold, "article seeds/000.txt\nstance Regulators | ASSERTS | breach-serious | the breach was serious\n");
    GoldFile g = GoldFile.parse(gold, dir.resolve("repo"));
    assertEquals("", g.publisher());
    assertEquals(List.of(), g.relays());
    assertEquals(List.of(), g.contested());
    assertEquals(1, g.stances().size());
  }

  @Test
  void badKind_namesTheLineAndTheKinds() {
    assertError("article 001-acme.txt\nstance Globex | DENY | globex-caused-breach | Globex denied\n", 2,
        "unknown stance kind DENY; expected one of [ASSERTS, DENIES,");
  }

  @Test
  void missingField_isRejected() {
    assertError("article 001-acme.txt\n\nstance Globex | DENIES | Globex denied\n", 3, "needs 4 fields");
  }

  @Test
  void evidenceNotInArticle_isRejectedOnItsLine() {
    assertError("stance Globex | DENIES | globex-caused-breach | Globex refused\narticle 001-acme.txt\n", 1,
        "evidence \"Globex refused\" is not in the article");
  }

  @Test
  void otherMistakes_areRejectedOnTheirLine() {
    assertError("publisher UNN\n", 0, "no `article` line");
    assertError("article 001-acme.txt\narticle 001-acme.txt\n", 2, "second `article` line");
    assertError("article missing.txt\n", 1, "article missing.txt not found");
    assertError("article 001-acme.txt\nclaim x\n", 2, "unknown keyword `claim`");
    assertError("article 001-acme.txt\nstance Globex | DENIES | globex caused breach | Globex denied\n", 2,
        "contains spaces");
    assertError("article 001-acme.txt\nstance Globex | DENIES | k | Globex denied\ncontested other\n", 3,
        "contested key other has no stance line in this file");
  }
}
