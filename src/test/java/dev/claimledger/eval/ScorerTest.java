package dev.claimledger.eval;

import static dev.claimledger.v1.StanceKind.STANCE_KIND_ASSERTS;
import static dev.claimledger.v1.StanceKind.STANCE_KIND_DENIES;
import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.eval.Scorer.Alignment;
import dev.claimledger.eval.Scorer.ExtractedItem;
import dev.claimledger.eval.Scorer.GoldItem;
import dev.claimledger.v1.StanceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules of src/eval/README.md on small hand-made sets. */
class ScorerTest {

  private static GoldItem gold(int article, String actor, StanceKind kind, String key, int start, int end) {
    return new GoldItem(article, actor, kind, key, new Span(start, end),
        new GoldFile.GoldStance(1, List.of(actor == null ? "Nobody" : actor), kind, key, "evidence"));
  }

  private static ExtractedItem extracted(int article, String actor, StanceKind kind, String claim, int start, int end) {
    return new ExtractedItem(article, actor, kind, claim, new Span(start, end), "excerpt");
  }

  @Test
  void span_locatesEvidenceInCodePoints() {
    assertEquals(new Span(4, 7), Span.locate("a😀 said x", "aid"));
    assertNull(Span.locate("a said x", "denied"));
    assertEquals(2, new Span(0, 5).overlap(new Span(3, 9)));
    assertEquals(0, new Span(0, 5).overlap(new Span(5, 9)));
  }

  @Test
  void alignment_needsActorKindAndOverlap_andPrefersTheLargestOverlap() {
    GoldItem near = gold(0, "actors/a", STANCE_KIND_ASSERTS, "k", 0, 10);
    GoldItem best = gold(0, "actors/a", STANCE_KIND_ASSERTS, "k", 8, 20);
    GoldItem unresolved = gold(0, null, STANCE_KIND_ASSERTS, "k", 0, 20);
    ExtractedItem e = extracted(0, "actors/a", STANCE_KIND_ASSERTS, "claims/c", 5, 15);
    ExtractedItem wrongKind = extracted(0, "actors/a", STANCE_KIND_DENIES, "claims/c", 0, 10);
    ExtractedItem otherArticle = extracted(1, "actors/a", STANCE_KIND_ASSERTS, "claims/c", 0, 10);

    var score = Scorer.score(List.of(near, best, unresolved), List.of(e, wrongKind, otherArticle), Set.of(), Set.of());

    assertEquals(List.of(new Alignment(near, null, false), new Alignment(best, e, true),
        new Alignment(unresolved, null, false), new Alignment(null, wrongKind, false),
        new Alignment(null, otherArticle, false)), score.alignments());
    assertEquals(new Counts(3, 3, 1, 0, 0, 0, 0, 0), score.counts());
    assertEquals(1.0 / 3, score.counts().precision(), 1e-9);
    assertEquals(new Counts(3, 2, 1, 0, 0, 0, 0, 0), score.article(0));
  }

  @Test
  void claimWantedByTwoKeys_goesToTheKeyWithMoreStances_theOtherFallsBack() {
    List<GoldItem> gold = List.of(
        gold(0, "actors/a", STANCE_KIND_ASSERTS, "big", 0, 10),
        gold(0, "actors/b", STANCE_KIND_ASSERTS, "big", 0, 10),
        gold(0, "actors/c", STANCE_KIND_ASSERTS, "big", 0, 10),
        gold(0, "actors/a", STANCE_KIND_DENIES, "small", 20, 30),
        gold(0, "actors/b", STANCE_KIND_DENIES, "small", 20, 30),
        gold(0, "actors/c", STANCE_KIND_DENIES, "small", 20, 30));
    List<ExtractedItem> extracted = List.of(
        extracted(0, "actors/a", STANCE_KIND_ASSERTS, "claims/one", 0, 10),
        extracted(0, "actors/b", STANCE_KIND_ASSERTS, "claims/one", 0, 10),
        extracted(0, "actors/c", STANCE_KIND_ASSERTS, "claims/one", 0, 10),
        extracted(0, "actors/a", STANCE_KIND_DENIES, "claims/one", 20, 30),
        extracted(0, "actors/b", STANCE_KIND_DENIES, "claims/one", 20, 30),
        extracted(0, "actors/c", STANCE_KIND_DENIES, "claims/two", 20, 30));

    var score = Scorer.score(gold, extracted, Set.of("big", "small", "absent"), Set.of("claims/one"));

    assertEquals(Map.of("big", "claims/one", "small", "claims/two"), score.keyClaims());
    assertEquals(4, score.counts().tp());
    assertEquals(1, score.counts().contestedFound(), "big is contested; small's claim is not; absent has no claim");
    assertEquals(3, score.counts().contestedTotal());
    assertEquals(8.0 / 12, score.counts().f1(), 1e-9);
  }

  @Test
  void crossArticleLinks_andFalseMerges() {
    List<GoldItem> gold = List.of(
        gold(0, "actors/a", STANCE_KIND_ASSERTS, "k", 0, 10),
        gold(1, "actors/a", STANCE_KIND_ASSERTS, "k", 0, 10),
        gold(2, "actors/a", STANCE_KIND_ASSERTS, "k", 0, 10),
        gold(1, "actors/b", STANCE_KIND_ASSERTS, "l", 20, 30),
        gold(3, "actors/b", STANCE_KIND_ASSERTS, "l", 20, 30));
    List<ExtractedItem> extracted = List.of(
        extracted(0, "actors/a", STANCE_KIND_ASSERTS, "claims/one", 0, 10),
        extracted(1, "actors/a", STANCE_KIND_ASSERTS, "claims/one", 0, 10),
        extracted(2, "actors/a", STANCE_KIND_ASSERTS, "claims/two", 0, 10),
        extracted(1, "actors/b", STANCE_KIND_ASSERTS, "claims/two", 20, 30));

    Counts c = Scorer.score(gold, extracted, Set.of(), Set.of()).counts();

    // k: articles 0-1 right, 0-2 and 1-2 wrong; l: 1-3 wrong, nothing extracted in 3.
    assertEquals(1, c.linksRight());
    assertEquals(4, c.linksTotal());
    // k in article 2 and l in article 1 both landed on claims/two.
    assertEquals(1, c.falseMerges());
    assertEquals(3, c.tp());
  }

  @Test
  void countsAddUp_andRatesOfNothingAreUndefined() {
    Counts a = new Counts(10, 8, 6, 1, 2, 3, 4, 1);
    assertEquals(new Counts(20, 16, 12, 2, 4, 6, 8, 2), a.plus(a));
    assertTrue(Double.isNaN(Counts.ZERO.precision()));
    assertEquals(0.0, new Counts(5, 0, 0, 0, 0, 0, 0, 0).f1());
  }
}
