package dev.claimledger.extract;

import dev.claimledger.domain.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much two claim texts say the same thing, from 0 to 1: the overlap of their content words
 * after stemming, with news synonyms folded ("deploying", "launching", "using" are one word) and
 * the names of one actor folded ("Moscow" is Russia). Different numbers for the same thing
 * ("40,000" against "1.2 million") keep two claims apart.
 */
public final class ClaimSimilarity {
  private ClaimSimilarity() {}

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and",
      "or", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "its", "it", "this", "that",
      "these", "those", "with", "by", "from", "as", "into", "than", "other", "will", "would", "could", "should",
      "may", "might", "can", "their", "his", "her", "our", "s", "some", "any", "all", "also", "about", "over",
      "such", "which", "who", "whom", "what", "there", "they", "them", "he", "she", "we", "not", "no", "very",
      "more", "most", "so", "just", "only", "still", "now", "then", "up", "out", "after", "before", "since",
      "alleged", "allegedly", "reportedly", "likely", "possibly", "probably", "said", "says", "new", "latest",
      "week", "month", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "same", "last", "next", "earlier", "later", "recent", "recently", "include", "including", "around", "nearly", "year", "day", "made");
  private static final Map<String, String> SYNONYMS = new HashMap<>();

  private static void same(String canonical, String... words) {
    for (String w : words) SYNONYMS.put(w, canonical);
  }

  static {
    same("use", "deploy", "launch", "fir", "employ", "utiliz", "utilis", "usag");
    same("supply", "transfer", "deliver", "deliveri", "suppli", "send", "ship", "provid", "sale", "sell", "sold");
    same("arm", "weapon", "munition", "armament");
    same("missile", "missil", "rocket");
    same("talk", "negoti", "negotiat", "meet", "meeting", "discuss");
    same("kill", "dead", "death", "die", "fatal", "fatality");
    same("attack", "strike", "shell", "bomb", "bombard");
    same("affect", "impact", "compromis", "expos", "breach", "hack", "leak", "stolen", "steal");
    same("account", "user", "custom", "customer", "record", "client");
    same("say", "state", "claim");
    same("korea", "korean");
    same("russia", "russian", "moscow", "kremlin", "muscovy");
    same("china", "chines", "beij");
    same("ukrain", "kyiv", "kiev");
    same("suspend", "ban", "bar");
    same("increas", "rise", "ris", "grow", "growth", "climb", "surg");
    same("decreas", "fall", "fell", "drop", "declin", "shrink");
  }

  /** The content words of a text, stemmed and folded; {@code names} folds known aliases (key to actor). */
  public static Set<String> terms(String text, Map<String, String> names) {
    return terms(words(text), names, firstWords(names));
  }

  /**
   * A text split once for {@link #terms(Words, Map, Set)}: what does not depend on the known
   * names, so a caller scoring the same claim for many statements can keep it.
   */
  public static final class Words {
    private final String[] words;
    /** The term of each word when no name folds it; null for a stop word. */
    private final String[] plain;

    private Words(List<String> words) {
      int n = words.size();
      this.words = words.toArray(new String[0]);
      plain = new String[n];
      for (int i = 0; i < n; i++) {
        String w = words.get(i);
        if (w.endsWith("s") && w.length() > 1 && Character.isDigit(w.charAt(0))) w = w.substring(0, w.length() - 1);
        if (STOP.contains(w)) continue;
        if (Character.isDigit(w.charAt(0))) {
          plain[i] = "#" + number(w, i + 1 < n ? words.get(i + 1) : "");
          continue;
        }
        String stem = stem(w);
        plain[i] = SYNONYMS.getOrDefault(stem, stem);
      }
    }
  }

  /** A text split for {@link #terms(Words, Map, Set)}. */
  public static Words words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : Names.key(text.replace('-', ' ').replaceAll("['\u2019]s\\b", "")).split(" ")) {
      if (!w.isEmpty()) words.add(w);
    }
    return new Words(words);
  }

  /** The first word of each key of {@code names}: a word that is none of these starts no name. */
  public static Set<String> firstWords(Map<String, String> names) {
    Set<String> out = new HashSet<>();
    for (String key : names.keySet()) {
      int space = key.indexOf(' ');
      out.add(space < 0 ? key : key.substring(0, space));
    }
    return out;
  }

  /** {@link #terms(String, Map)} of a text split before; {@code firstWords} is {@link #firstWords} of names. */
  public static Set<String> terms(Words words, Map<String, String> names, Set<String> firstWords) {
    Set<String> out = new HashSet<>();
    String[] w = words.words;
    for (int i = 0; i < w.length; i++) {
      // Longest known name first: "north korea" is one actor.
      boolean folded = false;
      for (int len = Math.min(4, w.length - i); len >= 1 && firstWords.contains(w[i]); len--) {
        String actor = names.get(String.join(" ", java.util.Arrays.asList(w).subList(i, i + len)));
        if (actor != null) {
          out.add("@" + actor);
          i += len - 1;
          folded = true;
          break;
        }
      }
      if (folded) continue;
      if (words.plain[i] != null) out.add(words.plain[i]);
    }
    return out;
  }

  /**
   * The words worth searching for a text's similar claims: no stop words, which match nearly every
   * claim and would make the search rank the whole ledger.
   */
  public static List<String> searchWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Names.key(text.replace('-', ' ')).split(" ")) {
      if (w.length() > 1 && !STOP.contains(w) && !out.contains(w)) out.add(w);
    }
    return out;
  }

  /** A number with its scale word, so "1.2 million" and "1,200,000" compare equal. */
  private static String number(String digits, String next) {
    double v;
    try {
      v = Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return digits;
    }
    if (next.equals("million")) v *= 1e6;
    else if (next.equals("billion")) v *= 1e9;
    else if (next.equals("thousand")) v *= 1e3;
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** A light suffix stripper: enough to make "deploying", "deployed" and "deploys" one word. */
  static String stem(String w) {
    if (w.equals("used") || w.equals("uses") || w.equals("using")) return "use";
    if (w.length() <= 3) return w;
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("sses")) return w.substring(0, w.length() - 2);
    if (w.endsWith("ing") && w.length() > 5) return undouble(w.substring(0, w.length() - 3));
    if (w.endsWith("ed") && w.length() > 4) return undouble(w.substring(0, w.length() - 2));
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, w.length() - 1);
    if (w.endsWith("e") && w.length() > 3) w = w.substring(0, w.length() - 1);
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) return w.substring(0, n - 1);
    if (w.endsWith("e") && w.length() > 3) return w.substring(0, w.length() - 1);
    return w;
  }

  /** The similarity of two term sets: half Dice, half overlap of the smaller, with number conflicts halved. */
  public static double score(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int common = 0;
    for (String t : a) {
      if (b.contains(t)) common++;
    }
    double dice = 2.0 * common / (a.size() + b.size());
    int smaller = Math.min(a.size(), b.size());
    double overlap = smaller < 3 ? dice : (double) common / smaller;
    double s = 0.5 * dice + 0.5 * overlap;
    Set<String> na = numbers(a);
    Set<String> nb = numbers(b);
    if (!na.isEmpty() && !nb.isEmpty() && java.util.Collections.disjoint(na, nb)) s *= 0.5;
    return s;
  }

  private static Set<String> numbers(Set<String> terms) {
    Set<String> out = new HashSet<>();
    for (String t : terms) {
      if (t.startsWith("#")) out.add(t);
    }
    return out;
  }
}
