package dev.claimledger.eval;

import dev.claimledger.v1.StanceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores one set's extracted stances against its gold, as src/eval/README.md defines the figures.
 * A pure function over plain records (the runner does every server call beforehand), so the rules
 * are tested on hand-made data without a server.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * A gold stance, ready to compare: its actor resolved to a ledger actor name (null when no
   * alternative name resolves) and its evidence located in the recorded source text (null when it
   * is not there, e.g. in a header line the ingest drops).
   */
  public record GoldItem(int article, String actor, StanceKind kind, String key, Span evidence,
      GoldFile.GoldStance line) {}

  /** An extracted stance: its resolved actor, kind, surviving claim (merges followed), excerpt span and text. */
  public record ExtractedItem(int article, String actor, StanceKind kind, String claim, Span span, String excerpt) {}

  /**
   * One outcome of the alignment: a gold stance with the extracted stance it matched, a gold
   * stance missed (extracted null) or an extracted stance matching no gold (gold null). Right
   * when it counts as a true positive: matched, on the ledger claim its key maps to.
   */
  public record Alignment(GoldItem gold, ExtractedItem extracted, boolean right) {}

  /** The figures of a set, the alignment they come from and the ledger claim each mapped key got. */
  public record SetScore(Counts counts, List<Alignment> alignments, Map<String, String> keyClaims,
      Set<String> contestedMissed, List<String> merges, List<Unlinked> unlinked) {

    /** Gold, extracted and TP of one article. */
    public Counts article(int article) {
      int gold = 0;
      int extracted = 0;
      int tp = 0;
      for (Alignment a : alignments) {
        if (a.gold() != null && a.gold().article() == article) gold++;
        if (a.extracted() != null && a.extracted().article() == article) extracted++;
        if (a.right() && a.gold().article() == article) tp++;
      }
      return new Counts(gold, extracted, tp, 0, 0, 0, 0, 0);
    }
  }

  /** A cross-article pair of one key whose stances landed on different claims (null: no matched stance). */
  public record Unlinked(String key, int articleA, String claimA, int articleB, String claimB) {}

  /**
   * Scores a set.
   *
   * @param contestedKeys the keys the gold marks contested
   * @param contestedClaims the (surviving) ledger claims whose summary says contested
   */
  public static SetScore score(List<GoldItem> gold, List<ExtractedItem> extracted, Set<String> contestedKeys,
      Set<String> contestedClaims) {
    int[] matchOf = align(gold, extracted);
    Map<String, String> keyClaims = mapKeys(gold, extracted, matchOf);
    List<Alignment> alignments = new ArrayList<>();
    Set<Integer> matched = new HashSet<>();
    int tp = 0;
    for (int g = 0; g < gold.size(); g++) {
      ExtractedItem e = matchOf[g] < 0 ? null : extracted.get(matchOf[g]);
      boolean right = e != null && e.claim().equals(keyClaims.get(gold.get(g).key()));
      if (right) tp++;
      if (e != null) matched.add(matchOf[g]);
      alignments.add(new Alignment(gold.get(g), e, right));
    }
    for (int e = 0; e < extracted.size(); e++) if (!matched.contains(e)) alignments.add(new Alignment(null, extracted.get(e), false));

    Set<String> contestedMissed = new TreeSet<>();
    for (String k : contestedKeys) {
      if (!(keyClaims.containsKey(k) && contestedClaims.contains(keyClaims.get(k)))) contestedMissed.add(k);
    }
    int contestedFound = contestedKeys.size() - contestedMissed.size();
    Map<Integer, Map<String, String>> articleClaims = articleClaims(gold, extracted, matchOf);
    List<Unlinked> unlinked = new ArrayList<>();
    int[] links = links(gold, articleClaims, unlinked);
    List<String> merges = falseMerges(articleClaims);
    Counts counts = new Counts(gold.size(), extracted.size(), tp, contestedFound, contestedKeys.size(), links[0],
        links[1], merges.size());
    return new SetScore(counts, alignments, keyClaims, contestedMissed, merges, unlinked);
  }

  /**
   * Pairs gold and extracted stances one to one: same article, same actor, same kind and
   * overlapping spans; the pairs with the largest overlap are taken first (ties in gold order,
   * then extraction order), so a stance is never taken by a weaker fit. Returns, per gold stance,
   * the index of its extracted stance, or -1.
   */
  private static int[] align(List<GoldItem> gold, List<ExtractedItem> extracted) {
    record Candidate(int g, int e, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      GoldItem g = gold.get(gi);
      if (g.actor() == null || g.evidence() == null) continue;
      for (int ei = 0; ei < extracted.size(); ei++) {
        ExtractedItem e = extracted.get(ei);
        int overlap = g.evidence().overlap(e.span());
        if (e.article() == g.article() && g.actor().equals(e.actor()) && g.kind() == e.kind() && overlap > 0) {
          candidates.add(new Candidate(gi, ei, overlap));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed().thenComparingInt(Candidate::g)
        .thenComparingInt(Candidate::e));
    int[] matchOf = new int[gold.size()];
    Arrays.fill(matchOf, -1);
    Set<Integer> taken = new HashSet<>();
    for (Candidate c : candidates) {
      if (matchOf[c.g()] < 0 && taken.add(c.e())) matchOf[c.g()] = c.e();
    }
    return matchOf;
  }

  /**
   * Gives each key the ledger claim most of its matched stances landed on, each claim to one key
   * at most: (key, claim) pairs are granted by stance count, largest first (ties by key, then
   * claim), so a claim wanted by two keys goes to the key with more stances on it and the other
   * key falls back to its next claim, if it has one.
   */
  private static Map<String, String> mapKeys(List<GoldItem> gold, List<ExtractedItem> extracted, int[] matchOf) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int g = 0; g < gold.size(); g++) {
      if (matchOf[g] >= 0) counts.merge(List.of(gold.get(g).key(), extracted.get(matchOf[g]).claim()), 1, Integer::sum);
    }
    List<Map.Entry<List<String>, Integer>> pairs = new ArrayList<>(counts.entrySet());
    pairs.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
        .thenComparing(p -> p.getKey().get(0)).thenComparing(p -> p.getKey().get(1)));
    Map<String, String> keyClaims = new TreeMap<>();
    Set<String> owned = new HashSet<>();
    for (var p : pairs) {
      String key = p.getKey().get(0);
      String claim = p.getKey().get(1);
      if (!keyClaims.containsKey(key) && owned.add(claim)) keyClaims.put(key, claim);
    }
    return keyClaims;
  }

  /** Per article, per key: the claim most of the key's matched stances in that article landed on (ties: first name). */
  private static Map<Integer, Map<String, String>> articleClaims(List<GoldItem> gold, List<ExtractedItem> extracted,
      int[] matchOf) {
    Map<Integer, Map<String, Map<String, Integer>>> counts = new TreeMap<>();
    for (int g = 0; g < gold.size(); g++) {
      if (matchOf[g] < 0) continue;
      GoldItem item = gold.get(g);
      counts.computeIfAbsent(item.article(), a -> new TreeMap<>()).computeIfAbsent(item.key(), k -> new TreeMap<>())
          .merge(extracted.get(matchOf[g]).claim(), 1, Integer::sum);
    }
    Map<Integer, Map<String, String>> out = new TreeMap<>();
    counts.forEach((article, byKey) -> {
      Map<String, String> claims = new TreeMap<>();
      byKey.forEach((key, byClaim) -> claims.put(key, majority(byClaim)));
      out.put(article, claims);
    });
    return out;
  }

  /** The claim with the most stances; among equals, the first by name (the map is sorted). */
  private static String majority(Map<String, Integer> byClaim) {
    String best = null;
    for (var e : byClaim.entrySet()) if (best == null || e.getValue() > byClaim.get(best)) best = e.getKey();
    return best;
  }
  /**
   * Cross-article links {right, total}: for each key the gold reports in two or more articles,
   * every pair of those articles, right when the key's stances in both landed on one claim; the
   * other pairs are added to {@code unlinked}.
   */
  private static int[] links(List<GoldItem> gold, Map<Integer, Map<String, String>> articleClaims,
      List<Unlinked> unlinked) {
    Map<String, Set<Integer>> articlesOfKey = new TreeMap<>();
    for (GoldItem g : gold) articlesOfKey.computeIfAbsent(g.key(), k -> new TreeSet<>()).add(g.article());
    int right = 0;
    int total = 0;
    for (var entry : articlesOfKey.entrySet()) {
      List<Integer> articles = List.copyOf(entry.getValue());
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          total++;
          String a = articleClaims.getOrDefault(articles.get(i), Map.of()).get(entry.getKey());
          String b = articleClaims.getOrDefault(articles.get(j), Map.of()).get(entry.getKey());
          if (a != null && a.equals(b)) right++;
          else unlinked.add(new Unlinked(entry.getKey(), articles.get(i), a, articles.get(j), b));
        }
      }
    }
    return new int[] {right, total};
  }

  /**
   * False merges: pairs of (article, key) with different articles and different keys whose
   * stances landed on one ledger claim, i.e. the claim matcher linked two propositions the gold
   * tells apart.
   */
  private static List<String> falseMerges(Map<Integer, Map<String, String>> articleClaims) {
    record Landing(int article, String key, String claim) {}
    List<Landing> landings = new ArrayList<>();
    articleClaims.forEach((article, byKey) -> byKey.forEach((key, claim) -> landings.add(new Landing(article, key, claim))));
    List<String> merges = new ArrayList<>();
    for (int i = 0; i < landings.size(); i++) {
      for (int j = i + 1; j < landings.size(); j++) {
        Landing a = landings.get(i);
        Landing b = landings.get(j);
        if (a.article() != b.article() && !a.key().equals(b.key()) && a.claim().equals(b.claim())) {
          merges.add(a.key() + " and " + b.key() + " on " + a.claim());
        }
      }
    }
    return merges;
  }
}
