package dev.claimledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds two claims that cannot both be true: they speak of the same thing (their words, less
 * figures and negation, are alike) and either give different figures for the same quantity ("the
 * company said 40,000 accounts were affected" against "1.2 million accounts were affected") or one
 * says the opposite of the other ("the plant did not discharge any waste into the river" against
 * "the plant released untreated waste into the river"; a rise against a fall). Rules, not a model:
 * each finding says why, and a person confirms or dismisses it.
 */
public final class ClaimConflicts {
  private ClaimConflicts() {}

  public enum Kind { NUMERIC, NEGATION }

  /** A conflict found: its kind, how alike the rest of the two claims is (0 to 1), and why, in words. */
  public record Conflict(Kind kind, double score, String explanation) {}

  /** How alike two claims' words (figures and negation left out) must be to speak of one thing. */
  static final double SAME_SUBJECT = 0.55;
  /** "about 4,000" stands for 3,400 to 4,600; an exact figure for itself, give or take a rounding. */
  private static final double ABOUT = 0.15;
  private static final double ROUNDING = 0.01;

  /** A figure in a text: a range of values and the word after it (its unit), folded; unit "" when none. */
  record Figure(double low, double high, String unit, String written) {}

  private static final Pattern FIGURE = Pattern.compile(
      "(?i)\\b(?:(more than|over|above|at least|upwards of|less than|fewer than|under|below|up to|at most|about|around"
          + "|nearly|almost|roughly|some|approximately|an estimated)\\s+)?"
          + "(\\d[\\d,]*(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
          + "|hundred|dozen)(?:\\s*(million|billion|thousand|m|bn))?(?:\\b|(?=%))(?:\\s*(%|per\\s?cent\\b|pct\\b)|\\s+(?:more\\s+|additional\\s+)?([\\p{L}-]+))?");
  private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
      Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
      Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("dozen", 12.0));
  /** Units of time, in days: "two weeks" is 14 days, and is no count of customers. */
  private static final Map<String, Double> DAYS = Map.of("hour", 1 / 24.0, "day", 1.0, "week", 7.0, "month", 30.0,
      "year", 365.0, "decad", 3650.0);
  /** Words after a figure that are no unit: "6 in 10", "40,000 of them". */
  private static final Set<String> NOT_UNITS = Set.of("of", "in", "to", "and", "or", "per", "a", "the", "by",
      "on", "at", "for", "from", "with", "was", "were", "is", "are", "had", "have", "has", "s");
  /** Words that put a claim in the future or the possible: a forecast does not contradict a count. */
  private static final Pattern MODAL = Pattern.compile(
      // "may" in lower case only: "in May" is a month.
      "\\b(?:[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Ee]xpected|[Ee]xpects|[Ff]orecasts?|[Pp]rojected|[Ll]ikely"
          + "|[Pp]redict(?:ed|s)?)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** The conflict between two claim texts, or null when none is found. */
  public static Conflict between(String a, String b) {
    return of(a).against(b);
  }

  /** A claim read once, to compare with many others. */
  public static Prepared of(String text) {
    return new Prepared(text, ClaimSimilarity.terms(text, Map.of()));
  }

  /** A claim's text and terms. */
  public static final class Prepared {
    private final String text;
    private final Set<String> terms;

    private Prepared(String text, Set<String> terms) {
      this.text = text;
      this.terms = terms;
    }

    /** The conflict between this claim and {@code other}, or null. */
    public Conflict against(String other) {
      return between(text, terms, other, ClaimSimilarity.terms(other, Map.of()));
    }
  }

  private static Conflict between(String a, Set<String> ta, String b, Set<String> tb) {
    Set<String> ca = words(ta);
    Set<String> cb = words(tb);
    boolean opposite = ClaimSimilarity.opposed(ca, cb) || ClaimSimilarity.opposed(cb, ca);
    if (opposite) {
      // A rise and a fall of the same thing: alike once the two opposite words are set aside.
      ca = withoutOpposites(ca, cb);
      cb = withoutOpposites(cb, ca);
    }
    // One word says too little to know two claims are about one thing.
    if (ca.size() < 2 || cb.size() < 2) return null;
    double alike = ClaimSimilarity.score(ca, cb);
    if (alike < SAME_SUBJECT) return null;
    boolean negA = ta.contains(ClaimSimilarity.NEGATED);
    boolean negB = tb.contains(ClaimSimilarity.NEGATED);
    // "Did not discharge any waste in 2021" and "discharged waste in 2019" speak of different years.
    Set<String> ya = years(a);
    Set<String> yb = years(b);
    if (!ya.isEmpty() && !yb.isEmpty() && java.util.Collections.disjoint(ya, yb)) return null;
    if (negA != negB) {
      return new Conflict(Kind.NEGATION, alike, quote(negA ? a : b) + " denies " + quote(negA ? b : a));
    }
    if (opposite) return new Conflict(Kind.NEGATION, alike, quote(a) + " says the opposite of " + quote(b));
    List<Figure> fa = figures(a);
    List<Figure> fb = figures(b);
    if (fa.isEmpty() || fb.isEmpty()) return null;
    // A forecast against a count, or one figure the claims share ("40 were hurt" in both): no conflict.
    if (MODAL.matcher(a).find() != MODAL.matcher(b).find()) return null;
    // Each claim must hold a figure that the other contradicts: one with comparable figures there,
    // none of which it meets. "Three died and 40 were hurt" against "40 were hurt": the second
    // claim's only figure is met, so the two do not conflict.
    Figure x = unmatched(fa, fb, a, b);
    Figure y = unmatched(fb, fa, b, a);
    if (x == null || y == null) return null;
    return new Conflict(Kind.NUMERIC, alike, "different figures for the same thing: " + x.written() + " in "
        + quote(a) + " against " + y.written() + " in " + quote(b));
  }

  /** A figure of {@code mine} that has comparable figures in {@code others}, none of which it meets; null when none. */
  private static Figure unmatched(List<Figure> mine, List<Figure> others, String myText, String otherText) {
    for (Figure x : mine) {
      boolean comparable = false;
      boolean met = false;
      for (Figure y : others) {
        if (!comparable(x, y, myText, otherText)) continue;
        comparable = true;
        met |= !(x.high() < y.low() || y.high() < x.low());
      }
      if (comparable && !met) return x;
    }
    return null;
  }

  /**
   * Whether two figures measure the same kind of thing: the same unit, or no unit on either; a
   * figure without a unit matches one with a unit only when its claim names that unit elsewhere
   * ("the number of dead fish was about 4,000" against "20,000 dead fish").
   */
  private static boolean comparable(Figure x, Figure y, String textX, String textY) {
    if (x.unit().isEmpty() && y.unit().isEmpty()) return true;
    if (x.unit().isEmpty()) return !DAYS.containsKey(y.unit()) && mentions(textX, y.unit());
    if (y.unit().isEmpty()) return !DAYS.containsKey(x.unit()) && mentions(textY, x.unit());
    return x.unit().equals(y.unit()) || (DAYS.containsKey(x.unit()) && DAYS.containsKey(y.unit()));
  }

  private static boolean mentions(String text, String unit) {
    if (ClaimSimilarity.terms(text, Map.of()).contains(unit)) return true;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(unit) || w.equals(unit + "s")) return true;
    }
    return false;
  }

  private static Set<String> years(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  static List<Figure> figures(String text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String n = m.group(2).toLowerCase(Locale.ROOT);
      Double v = WORDS.get(n);
      if (v == null) {
        // A year ("in 2022") is a date, not a quantity.
        if (n.matches("(19|20)\\d\\d") && m.group(3) == null) continue;
        try {
          v = Double.parseDouble(n.replace(",", ""));
        } catch (NumberFormatException e) {
          continue;
        }
      }
      String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      v *= switch (scale) {
        case "million", "m" -> 1e6;
        case "billion", "bn" -> 1e9;
        case "thousand" -> 1e3;
        default -> 1;
      };
      String unit = m.group(4) != null ? "percent" : unit(m.group(5));
      Double days = DAYS.get(unit);
      if (days != null) v *= days;
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      double low = v * (1 - ROUNDING);
      double high = v * (1 + ROUNDING);
      switch (q) {
        case "more than", "over", "above", "at least", "upwards of" -> high = Double.POSITIVE_INFINITY;
        case "less than", "fewer than", "under", "below", "up to", "at most" -> low = 0;
        case "" -> { }
        default -> {
          low = v * (1 - ABOUT);
          high = v * (1 + ABOUT);
        }
      }
      String written = (m.group(1) == null ? "" : m.group(1) + " ") + m.group(2)
          + (m.group(3) == null ? "" : " " + m.group(3)) + (m.group(4) != null ? "%" : unit.isEmpty() ? "" : " " + m.group(5));
      out.add(new Figure(low, high, unit, written));
    }
    return out;
  }

  /** The folded unit word after a figure ("accounts" and "customers" are one unit), "" when none. */
  private static String unit(String word) {
    if (word == null) return "";
    String w = word.toLowerCase(Locale.ROOT);
    if (NOT_UNITS.contains(w)) return "";
    Set<String> t = ClaimSimilarity.terms(w, Map.of());
    // A word too common to tell claims apart ("people") still names what is counted.
    if (t.isEmpty()) return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    if (t.size() != 1) return "";
    String u = t.iterator().next();
    return u.startsWith("#") ? "" : u;
  }

  private static Set<String> words(Set<String> terms) {
    Set<String> out = new HashSet<>();
    for (String t : terms) {
      if (!t.startsWith("#") && !t.equals(ClaimSimilarity.NEGATED)) out.add(t);
    }
    return out;
  }

  private static Set<String> withoutOpposites(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>();
    for (String t : a) {
      if (!ClaimSimilarity.opposed(Set.of(t), b)) out.add(t);
    }
    return out;
  }

  private static String quote(String s) {
    String t = s.strip();
    if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
    return "\"" + t + "\"";
  }
}
