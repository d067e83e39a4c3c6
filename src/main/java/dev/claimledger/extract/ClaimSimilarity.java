package dev.claimledger.extract;

import dev.claimledger.domain.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      "same", "last", "next", "earlier", "later", "recent", "recently", "include", "including", "around", "nearly", "year", "day", "made",
      "people", "number", "figure", "total", "many", "much", "least", "almost", "approximately", "roughly", "if",
      "whether", "when", "while", "get", "got", "one", "ones", "fallen", "become", "became", "did", "does", "do");
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
    same("dismiss", "sack", "oust", "remov", "axe");
    same("revers", "overturn", "annul", "overrul");
    same("award", "hand", "given", "grant");
    same("ill", "infect", "sick", "sicken", "case");
    same("tell", "alert", "notify", "inform", "warn", "told");
    same("complet", "full", "entir");
    same("halt", "stop", "paus");
    same("register", "registration", "regist");
    same("submit", "lodg", "fil");
    same("fine", "penalty", "penalti", "sanction");
    same("releas", "discharg", "dump", "spill", "emit", "pour");
    same("attack", "walkout", "stoppag");  // a labour strike is a "strike" too
    same("close", "clos", "shut", "shutter");
    same("investig", "inquiri", "probe", "inquest", "inquir");
    same("injur", "wound", "hurt");
    same("condit", "precondit");
    same("decreas", "cut", "reduc", "slash", "halv", "shrunk", "lower", "slump", "plung", "rid", "elimin", "eliminat", "shed");
    same("increas", "rais", "boost", "hike", "doubl");
    same("pay", "paid", "salari", "wage", "earn");
    same("staff", "employe", "worker", "personnel", "crew");
    same("arrest", "detain", "custodi");
    same("resign", "quit");
    same("outag", "disrupt", "blackout");
    same("earmark", "commit", "alloc", "allocat", "assign");
    same("fault", "defect", "flaw", "malfunct", "malfunction");
    same("crash", "accident", "collision", "collid", "derail", "derailment");
    same("caus", "blam", "responsibl", "responsibility", "culprit");  // "X caused Y", "X was to blame for Y", "X was responsible"
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
    /** The term of each word when no name folds it; null for a stop word or a number's scale. */
    private final String[] plain;
    /** The numbers of the text, read whole before it was split. */
    private final Set<String> numbers;

    private Words(List<String> words, Set<String> numbers) {
      int n = words.size();
      this.words = words.toArray(new String[0]);
      this.numbers = numbers;
      plain = new String[n];
      for (int i = 0; i < n; i++) {
        String w = words.get(i);
        if (NEGATIONS.contains(w)) continue;  // the text as a whole is negated or not: see words()
        if (w.endsWith("s") && w.length() > 1 && Character.isDigit(w.charAt(0))) w = w.substring(0, w.length() - 1);
        if (STOP.contains(w)) continue;
        Long spelled = NUMBER_WORDS.get(w);
        if (spelled != null) {
          // "two million" is 2,000,000, as "2 million" is.
          String next = i + 1 < n ? words.get(i + 1) : "";
          long scale = next.equals("million") ? 1_000_000L : next.equals("billion") ? 1_000_000_000L
              : next.equals("thousand") ? 1_000L : 1L;
          String unit = scale == 1 && i + 1 < n ? words.get(i + 1) : "";
          boolean approximate = i > 0 && APPROXIMATE.contains(words.get(i - 1));
          plain[i] = quantity(String.valueOf(spelled * scale), unit, approximate);
          if (scale > 1) i++;
          continue;
        }
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
    // Numbers first, whole: "4,000" is one number and "1.2 million" another, which keying would break up.
    Set<String> numbers = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    StringBuilder rest = new StringBuilder();
    boolean digits = hasDigit(text);
    while (digits && m.find()) {
      String scale = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
      String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
      numbers.add(quantity(number(m.group(2).replace(",", ""), scale), unit, m.group(1) != null));
      // The approximation and the unit stay words of the text, as they were before they were read here.
      m.appendReplacement(rest, Matcher.quoteReplacement(" " + (m.group(1) == null ? "" : m.group(1)) + " " + unit + " "));
    }
    m.appendTail(rest);
    List<String> words = new ArrayList<>();
    for (String w : Names.key(POSSESSIVE_S.matcher(rest.toString().replace('-', ' ')).replaceAll("")).split(" ")) {
      if (!w.isEmpty()) words.add(w);
    }
    // "The plant did not discharge any waste" says the opposite of "the plant discharged waste"; a
    // negation further on ("..., but no tourists were hurt") does not turn the claim round.
    if (withoutNegation(text) != null) numbers.add(NEGATED);
    return new Words(words, numbers);
  }

  /** Whether a lower-case word is too common to tell claims apart ("the", "said", "people"). */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
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
    Set<String> out = new HashSet<>(words.numbers);
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

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE_S = Pattern.compile("['\u2019]s\\b");
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(?:did|does|do)n['\u2019]t\\b\\s*|\\b(?:(?:did|does|do)\\s+)?(?:not|never)\\b\\s*|(?<=\\p{L})n['\u2019]t\\b|\\bno\\s+"
          // "Nobody from Ostrel met the panel": said positively, someone from Ostrel met it
          + "|\\bnobody\\b\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Where the main clause of a claim ends: a comma, a semicolon, or a conjunction that starts another. */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "[,;:]|\\s(?:and|but|while|when|because|although|though|if|whether|after|before|since|as)\\s",
      Pattern.CASE_INSENSITIVE);
  /** Verbs whose negation says nothing against a claim: "did not know whether", "has not commented". */
  private static final Pattern EMPHASIS = Pattern.compile(
      "\\b(?:(?:a|one|any) single(?: \\p{L}+ of)?|any|a trace of|a shred of|a drop of)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED_SAYING = Pattern.compile(
      "(?:know|say|said|tell|told|comment|believe|think|expect|rule|recall|remember|specify|confirm|deny|respond)",
      Pattern.CASE_INSENSITIVE);

  /**
   * The text said the other way round when its main clause is negated within its first words ("the
   * plant did not discharge any waste" is "the plant discharge any waste"), to find the claim a
   * negation answers; null when it is not ("..., but no tourists were hurt" keeps its sense).
   */
  public static String withoutNegation(String text) {
    if (!mayNegate(text)) return null;
    Matcher end = CLAUSE_END.matcher(text);
    int lead = end.find() ? end.start() : text.length();
    Matcher m = NEGATION.matcher(text);
    if (!m.find() || m.start() >= lead || WHITESPACE.split(text.substring(0, m.start())).length > 8) return null;
    String rest = text.substring(m.end());
    if (NEGATED_SAYING.matcher(rest).lookingAt()) return null;
    // "did not release a single litre of waste", "did not discharge any waste": the emphasis goes with the "not".
    rest = EMPHASIS.matcher(rest).replaceFirst("");
    String positive = WHITESPACE.matcher(text.substring(0, m.start()) + rest).replaceAll(" ").strip();
    return positive.isEmpty() ? null : positive;
  }

  /** Whether {@link #NUMBER} may match: most claims hold no digit, and its search is slow. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) return true;
    }
    return false;
  }

  /**
   * Whether {@link #NEGATION} may match: each of its forms holds an "n" (either case) followed by
   * "o", "e", or an apostrophe ("no", "not", "never", "n't"). A quick test that most texts fail.
   */
  private static boolean mayNegate(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      if ((text.charAt(i) | 0x20) != 'n') continue;
      char next = text.charAt(i + 1);
      int folded = next | 0x20;
      if (folded == 'o' || folded == 'e' || next == '\'' || next == '\u2019') return true;
    }
    return false;
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

  /** A number: an approximation before it, its scale and a unit of time after it are read with it. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?:\\b(nearly|almost|about|around|roughly|approximately|some|over|under|more than|less than|fewer than|"
          + "close to|upwards of|at least|up to)\\s+)?"
          + "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|billion|thousand))?"
          + "(?:\\s+(hours?|days?|weeks?|months?|years?)\\b)?(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);
  /** The last word of each approximation {@link #NUMBER} reads: "nearly two weeks" is about 14 days. */
  private static final Set<String> APPROXIMATE = Set.of("nearly", "almost", "about", "around", "roughly",
      "approximately", "some", "over", "under", "than", "least");
  /** Spans of time in days, so "12 days" and "two weeks" compare as quantities. */
  private static final Map<String, Double> DAYS = Map.of("hour", 1 / 24.0, "hours", 1 / 24.0, "day", 1.0, "days", 1.0,
      "week", 7.0, "weeks", 7.0, "month", 30.0, "months", 30.0, "year", 365.0, "years", 365.0);
  /** How far apart two quantities may be when either is approximate ("nearly two weeks" for 13 days). */
  private static final double APPROXIMATION = 0.15;

  /**
   * The term of a quantity: {@code #value}, in days when it has a unit of time, with {@code ~} when
   * it was given approximately ("#~14" for "nearly two weeks").
   */
  private static String quantity(String value, String unit, boolean approximate) {
    Double days = DAYS.get(unit);
    if (days != null) {
      try {
        double v = Double.parseDouble(value) * days;
        value = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
      } catch (NumberFormatException e) {
        // kept as written
      }
    }
    return (approximate ? "#~" : "#") + value;
  }

  /** The value of a quantity term, NaN when it has none. */
  static double value(String term) {
    try {
      return Double.parseDouble(term.charAt(1) == '~' ? term.substring(2) : term.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Double.NaN;
    }
  }

  /** Whether quantity term {@code t} is in {@code terms}, or close to one there when either is approximate. */
  static boolean quantityIn(String t, Set<String> terms) {
    if (terms.contains(t)) return true;
    boolean approximate = t.startsWith("#~");
    double v = value(t);
    if (Double.isNaN(v)) return false;
    for (String o : terms) {
      if (!o.startsWith("#")) continue;
      if (!approximate && !o.startsWith("#~")) {
        if (value(o) == v) return true;  // "#14" and "#14.0"
        continue;
      }
      double w = value(o);
      if (!Double.isNaN(w) && Math.abs(v - w) <= APPROXIMATION * Math.max(Math.abs(v), Math.abs(w))) return true;
    }
    return false;
  }

  /** Whether one set holds a term whose opposite the other holds ("rose" against "fell"). */
  static boolean opposed(Set<String> a, Set<String> b) {
    for (String t : a) {
      String o = OPPOSITES.get(t);
      if (o != null && b.contains(o) && !b.contains(t)) return true;
    }
    return false;
  }

  /** The term a negated text carries: it keeps a claim and its negation apart. */
  static final String NEGATED = "!not";
  private static final Set<String> NEGATIONS = Set.of("not", "never", "didnt", "doesnt", "dont", "wasnt", "werent",
      "isnt", "arent", "hasnt", "havent", "hadnt", "wont", "cannot", "cant", "couldnt", "wouldnt", "shouldnt");
  /** Words of opposite sense, as their folded terms: a rise is not a fall. */
  private static final Map<String, String> OPPOSITES = Map.of("increas", "decreas", "decreas", "increas",
      "approv", "reject", "reject", "approv", "guilty", "innocent", "innocent", "guilty", "acquit", "convict",
      "convict", "acquit");

  private static final Map<String, Long> NUMBER_WORDS = new HashMap<>();

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 2; i < small.length; i++) NUMBER_WORDS.put(small[i], (long) i);  // "one" is too often no number
    NUMBER_WORDS.put("dozen", 12L);
    NUMBER_WORDS.put("thirty", 30L);
    NUMBER_WORDS.put("forty", 40L);
    NUMBER_WORDS.put("fifty", 50L);
    NUMBER_WORDS.put("hundred", 100L);
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
    if (w.equals("shown") || w.equals("showed")) return "show";
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
    // One pass over each set: this runs for every candidate of every statement, on the writer.
    boolean negatedA = a.contains(NEGATED);
    boolean negatedB = b.contains(NEGATED);
    boolean opposed = negatedA != negatedB;
    double common = 0;
    double wa = 0;
    int sizeA = 0;
    boolean numberA = false;
    boolean numberShared = false;
    for (String t : a) {
      if (t == NEGATED || t.equals(NEGATED)) continue;
      String o = OPPOSITES.get(t);
      if (o != null && b.contains(o) && !b.contains(t)) opposed = true;
      double w = weight(t);
      boolean number = t.startsWith("#");
      sizeA++;
      wa += w;
      numberA |= number;
      if (number ? quantityIn(t, b) : b.contains(t)) {
        common += w;
        numberShared |= number;
      }
    }
    double wb = 0;
    int sizeB = 0;
    boolean numberB = false;
    for (String t : b) {
      if (t == NEGATED || t.equals(NEGATED)) continue;
      sizeB++;
      wb += weight(t);
      numberB |= t.startsWith("#");
    }
    double s = similarity(common, wa, wb, Math.min(sizeA, sizeB), numberShared, numberA && numberB);
    // A claim and its negation or opposite share their words but not their sense: not even a suggestion.
    return opposed ? s * 0.3 : s;
  }

  /**
   * The similarity from the shared weight {@code common} of two term sets weighing {@code wa} and
   * {@code wb}, the smaller holding {@code smallerSize} terms; {@code bothNumbered} when each holds
   * a number.
   */
  private static double similarity(double common, double wa, double wb, int smallerSize, boolean numberShared,
      boolean bothNumbered) {
    if (smallerSize == 0) return 0;
    double dice = 2.0 * common / (wa + wb);
    // Containment counts for a two-word claim only when the words include a shared number: "six people
    // have died" is all in "six had died in a cholera outbreak", but "the visit would include talks"
    // is not the same claim as every longer one about a visit and talks.
    double overlap = smallerSize < 3 && !(smallerSize == 2 && numberShared) ? dice : common / Math.min(wa, wb);
    double s = 0.5 * dice + 0.5 * overlap;
    // Different numbers for the same thing ("40,000" against "1.2 million") keep two claims apart.
    if (bothNumbered && !numberShared) s *= 0.5;
    return s;
  }

  /** A specific number ("40,000", "1.2 million") says more than a word: it weighs three. */
  private static double weight(String term) {
    if (term.isEmpty() || term.charAt(0) != '#') return 1;
    return value(term) >= 13 ? 3 : 1;
  }
}
