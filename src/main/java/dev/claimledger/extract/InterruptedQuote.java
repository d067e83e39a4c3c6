package dev.claimledger.extract;

import dev.claimledger.extract.Tokens.Tok;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quote the attribution interrupts, put back together: {@code "The plan," the minister said, "is
 * dead on arrival."} is read as {@code "The plan is dead on arrival," the minister said.} The tokens
 * keep their own spans; only their order changes, so excerpts still point at the article's text.
 */
final class InterruptedQuote {
  private InterruptedQuote() {}

  /** Verbs that attribute a quote; the attribution between the two halves must hold one. */
  private static final Set<String> VERBS = Set.of("said", "says", "added", "adds", "told", "insisted", "argued",
      "warned", "explained", "continued", "wrote", "writes", "stated", "noted", "declared", "replied", "recalled",
      "conceded", "acknowledged", "admitted", "claimed", "maintained", "stressed", "asked");

  /** The sentence's tokens, with an interrupted quote joined; the same list when there is none. */
  static List<Tok> join(List<Tok> t) {
    if (t.size() < 8 || !Extractor.isQuote(t.get(0))) return t;
    int close = next(t, 1);
    // The first half ends with a comma inside the quote: "The plan,"
    if (close < 3 || !t.get(close - 1).is(",")) return t;
    int open = next(t, close + 1);
    if (open < 0 || open - close < 3 || open - close > 14 || !t.get(open - 1).is(",")) return t;
    boolean attributed = false;
    for (int i = close + 1; i < open - 1; i++) attributed |= VERBS.contains(t.get(i).lower());
    int end = next(t, open + 1);
    if (!attributed || end < 0 || end - open < 2 || end < t.size() - 2) return t;
    Tok first = t.get(open + 1);
    // The second half goes on with the same sentence: "is dead on arrival", not "We accept it."
    if (!first.isWord() || first.capitalized()) return t;
    int last = end;
    Tok stop = null;
    if (terminal(t.get(end - 1))) {
      stop = t.get(end - 1);
      last = end - 1;
    } else if (end + 1 < t.size() && terminal(t.get(end + 1))) {
      stop = t.get(end + 1);
    }
    List<Tok> out = new ArrayList<>(t.size());
    out.addAll(t.subList(0, close - 1));
    out.addAll(t.subList(open + 1, last));
    out.add(t.get(close - 1));
    out.add(t.get(end));
    out.addAll(t.subList(close + 1, open - 1));
    if (stop != null) out.add(stop);
    return out;
  }

  private static int next(List<Tok> t, int from) {
    for (int i = from; i < t.size(); i++) if (Extractor.isQuote(t.get(i))) return i;
    return -1;
  }

  private static boolean terminal(Tok t) {
    return t.is(".") || t.is("!") || t.is("?");
  }
}
