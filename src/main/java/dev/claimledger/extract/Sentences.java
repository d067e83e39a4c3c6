package dev.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences: at . ! ? followed by a space and an upper-case letter, a
 * digit, a quote or a dash, but not after abbreviations ("U.S.", "Dr.", "Jan.") or initials, and
 * always at a line break (news text puts each paragraph and headline on its own line). A quotation
 * that closes within its paragraph is never split, so a quote of several sentences stays whole.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence: its span in the text and its paragraph number. */
  record Sentence(int start, int end, int paragraph, String text) {}

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
      "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
      "corp", "ltd", "co", "no", "vs", "etc", "lt", "col", "capt", "sgt", "rev", "jr", "sr", "mt", "ft", "approx",
      "dept", "univ", "est", "fig", "al");

  static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      splitLine(text, lineStart, lineEnd, paragraph, out);
      paragraph++;
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void splitLine(String text, int from, int to, int paragraph, List<Sentence> out) {
    boolean[] quoted = quotedChars(text, from, to);
    int start = from;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch != '.' && ch != '!' && ch != '?') continue;
      // Inside a quotation only its last sentence ends one: "The report is pure speculation." The bank ...
      if (quoted[i - from] && !(i + 1 < to && !quoted[i + 1 - from] && wholeQuote(text, start, i))) continue;
      int j = i + 1;
      while (j < to && isCloser(text.charAt(j))) j++;
      if (j >= to) break;
      if (!Character.isWhitespace(text.charAt(j))) continue;
      int k = j;
      while (k < to && Character.isWhitespace(text.charAt(k))) k++;
      if (k >= to) break;
      char next = text.charAt(k);
      boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
          || next == '-' || next == '\u2014' || next == '\u2013' || next == '\'' || next == '\u2018';
      if (!opensSentence || (ch == '.' && abbreviation(text, from, i))) continue;
      add(text, start, j, paragraph, out);
      start = k;
      i = k - 1;
    }
    add(text, start, to, paragraph, out);
  }

  /** Whether the sentence from {@code start} is one quotation up to {@code end}: it opens with the only quote mark. */
  private static boolean wholeQuote(String text, int start, int end) {
    String s = text.substring(start, end).strip();
    if (s.isEmpty() || !(s.charAt(0) == '"' || s.charAt(0) == '\u201c')) return false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') return false;
    }
    return true;
  }

  /** Marks the characters inside quotations that close before the end of the line. */
  private static boolean[] quotedChars(String text, int from, int to) {
    boolean[] q = new boolean[to - from];
    int open = -1;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '\u201c' || (ch == '"' && open < 0)) {
        open = i;
      } else if ((ch == '\u201d' || ch == '"') && open >= 0) {
        for (int k = open + 1; k < i; k++) q[k - from] = true;
        open = -1;
      }
    }
    return q;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')';
  }

  /** Whether the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
  private static boolean abbreviation(String text, int lineStart, int dot) {
    int s = dot;
    while (s > lineStart && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    String word = text.substring(s, dot);
    if (word.contains(".")) return true;  // U.S, U.N, a.m
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;  // an initial: J. Smith
    return ABBREVIATIONS.contains(Lexicon.lower(word));
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > start) out.add(new Sentence(start, end, paragraph, text.substring(start, end)));
  }
}
