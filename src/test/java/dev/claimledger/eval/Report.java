package dev.claimledger.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the evaluation: per article and per set as each set finishes, then one table of every
 * set and the overall sums. With verbose, each article also lists what to look at when tuning the
 * rules: the gold stances missed, those matched on the wrong claim and the stances extracted that
 * no gold stance matches.
 */
final class Report {
  private static final String TABLE = "%-10s %8s %6s %9s %5s %9s %6s %6s %9s %7s %12s %10s%n";

  private final PrintStream out;
  private final boolean verbose;

  Report(PrintStream out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  void set(SetRun.Result r) {
    int n = r.articles().size();
    out.printf(Locale.ROOT, "== %s: %d articles ingested in %.2f s (%.1f articles/s)%n", r.folder(), n,
        r.ingestSeconds(), n / r.ingestSeconds());
    for (int i = 0; i < n; i++) {
      SetRun.ArticleRun a = r.articles().get(i);
      Counts c = r.score().article(i);
      out.printf(Locale.ROOT, "  %-40s TP %3d   gold %3d   extracted %3d%n", a.gold().file().getFileName(), c.tp(),
          c.gold(), c.extracted());
      for (String note : a.notes()) out.println("      note: " + note);
      if (verbose) details(r, i);
    }
    if (verbose) keys(r);
    errors(r);
    out.println();
  }

  /**
   * How the set's errors divide: a count of each kind, which says where the rules lose without
   * naming a line. A missed gold stance whose evidence an unmatched extracted stance overlaps was
   * found with the wrong speaker or the wrong kind; the rest were not found at all.
   */
  private void errors(SetRun.Result r) {
    List<Scorer.ExtractedItem> unmatched = new ArrayList<>();
    for (Scorer.Alignment a : r.score().alignments()) if (a.gold() == null) unmatched.add(a.extracted());
    int wrongSpeaker = 0;
    int wrongKind = 0;
    int notFound = 0;
    int wrongClaim = 0;
    for (Scorer.Alignment a : r.score().alignments()) {
      Scorer.GoldItem g = a.gold();
      if (a.right() || g == null) continue;
      if (a.extracted() != null) {
        wrongClaim++;
        continue;
      }
      boolean speaker = false;
      boolean kind = false;
      for (Scorer.ExtractedItem e : unmatched) {
        if (e.article() != g.article() || g.evidence() == null || g.evidence().overlap(e.span()) == 0) continue;
        if (!e.actor().equals(g.actor())) speaker = true;
        else if (e.kind() != g.kind()) kind = true;
      }
      if (kind) wrongKind++;
      else if (speaker) wrongSpeaker++;
      else notFound++;
    }
    out.printf(Locale.ROOT, "  errors: %d on the wrong claim, %d with the wrong speaker, %d with the wrong kind, "
        + "%d not found; %d false positives%n", wrongClaim, wrongSpeaker, wrongKind, notFound, unmatched.size());
  }

  private void details(SetRun.Result r, int article) {
    Map<String, String> keyClaims = r.score().keyClaims();
    for (Scorer.Alignment a : r.score().alignments()) {
      Scorer.GoldItem g = a.gold();
      Scorer.ExtractedItem e = a.extracted();
      if (a.right() || (g != null ? g.article() : e.article()) != article) continue;
      if (g == null) {
        out.println("      false positive  " + extracted(r, e));
      } else if (e == null) {
        out.println("      missed          " + gold(g) + why(g));
      } else {
        String mapped = keyClaims.get(g.key());
        out.println("      wrong claim     " + gold(g) + "\n                      extracted on "
            + claim(r, e.claim()) + "; the key maps to " + (mapped == null ? "no claim" : claim(r, mapped)));
      }
    }
  }

  private static String why(Scorer.GoldItem g) {
    List<String> reasons = new ArrayList<>();
    if (g.actor() == null) reasons.add("no ledger actor has this name");
    if (g.evidence() == null) reasons.add("evidence not in the recorded source text");
    return reasons.isEmpty() ? "" : "  [" + String.join("; ", reasons) + "]";
  }

  private static String gold(Scorer.GoldItem g) {
    return g.line().describe() + " (line " + g.line().line() + ")  \"" + g.line().evidence() + "\"";
  }

  private static String extracted(SetRun.Result r, Scorer.ExtractedItem e) {
    return r.labels().get(e.actor()) + " | " + e.kind().name().substring("STANCE_KIND_".length()) + " | "
        + claim(r, e.claim()) + "  \"" + e.excerpt() + "\" [" + e.span().start() + "," + e.span().end() + ")";
  }

  private static String claim(SetRun.Result r, String claim) {
    return claim + " \"" + r.labels().get(claim) + "\"";
  }

  private static String articleName(SetRun.Result r, int article) {
    return r.articles().get(article).gold().file().getFileName().toString();
  }

  /** Which ledger claim each gold key was mapped to, to see cross-article links and merges at a glance. */
  private void keys(SetRun.Result r) {
    for (String m : r.score().merges()) out.println("  false merge: " + m);
    for (Scorer.Unlinked u : r.score().unlinked()) {
      out.println("  not linked: " + u.key());
      out.println("      " + articleName(r, u.articleA()) + ": " + (u.claimA() == null ? "no stance" : claim(r, u.claimA())));
      out.println("      " + articleName(r, u.articleB()) + ": " + (u.claimB() == null ? "no stance" : claim(r, u.claimB())));
    }
    for (String k : r.score().contestedMissed()) {
      String claim = r.score().keyClaims().get(k);
      out.println("  contested, not found: " + k + " -> " + (claim == null ? "no claim" : claim(r, claim)));
    }
    out.println("  claim keys:");
    r.articles().stream().flatMap(a -> a.gold().stances().stream()).map(GoldFile.GoldStance::key).distinct().sorted()
        .forEach(k -> {
          String claim = r.score().keyClaims().get(k);
          out.println("    " + k + " -> " + (claim == null ? "no claim" : claim(r, claim)));
        });
  }

  /** The summary table: one row a set, then the sums over every set. */
  void table(List<SetRun.Result> results) {
    out.printf(Locale.ROOT, TABLE, "set", "articles", "gold", "extracted", "TP", "precision", "recall", "F1",
        "contested", "links", "false merges", "articles/s");
    Counts total = Counts.ZERO;
    int articles = 0;
    double seconds = 0;
    for (SetRun.Result r : results) {
      row(r.folder().getFileName().toString(), r.articles().size(), r.score().counts(), r.ingestSeconds());
      total = total.plus(r.score().counts());
      articles += r.articles().size();
      seconds += r.ingestSeconds();
    }
    row("overall", articles, total, seconds);
  }

  private void row(String name, int articles, Counts c, double seconds) {
    out.printf(Locale.ROOT, TABLE, name, articles, c.gold(), c.extracted(), c.tp(), rate(c.precision()),
        rate(c.recall()), rate(c.f1()), c.contestedFound() + "/" + c.contestedTotal(),
        c.linksRight() + "/" + c.linksTotal(), c.falseMerges(), String.format(Locale.ROOT, "%.1f", articles / seconds));
  }

  private static String rate(double r) {
    return Double.isNaN(r) ? "-" : String.format(Locale.ROOT, "%.3f", r);
  }
}
