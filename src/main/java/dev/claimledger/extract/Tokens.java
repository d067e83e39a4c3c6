package dev.claimledger.extract;

import java.util.ArrayList;
import java.util.List;

/** Word and punctuation tokens of a sentence, with their spans in the article text. */
final class Tokens {
  private Tokens() {}

  /** A token; {@code lower} is lower-cased with typographic apostrophes made plain. */
  record Tok(String text, String lower, int start, int end) {
    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean capitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
      return lower.equals(s);
    }
  }

  /**
   * Splits a sentence into tokens, as the pattern
   * {@code (?:Dr|Mr|...|St)\.(?=\s+\p{Lu}) | (?:\p{L}\.){2,} | \p{N}+(?:[.,]\p{N}+)+ | [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)* | \S}
   * would find them, by hand: the regex was an eighth of the extractor's time. An honorific's
   * abbreviation before a name is one token with its dot ("Dr. Lena Fosse" does not stop at "Dr"),
   * so are initials ("U.S."), a number with its separators ("1,200.50") and a word with its inner
   * apostrophes and hyphens ("North Korean-made", "Korea's").
   */
  static List<Tok> of(String text, int offset) {
    List<Tok> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (space(ch)) {
        i++;
        continue;
      }
      int end = honorific(text, i);
      if (end < 0) end = initials(text, i);
      if (end < 0) end = number(text, i);
      if (end < 0) end = word(text, i);
      if (end < 0) end = i + Character.charCount(text.codePointAt(i));
      String t = text.substring(i, end);
      out.add(new Tok(t, Lexicon.lower(t).replace('\u2019', '\''), offset + i, offset + end));
      i = end;
    }
    return out;
  }

  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Lt",
      "Col", "Capt", "Rev", "Sen", "Rep", "Gov", "Sgt", "Maj", "Adm", "Cmdr", "Insp", "Supt", "St");

  /** The regex's whitespace, {@code \s}: not Unicode's (a no-break space is a token of its own). */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean letter(int cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return Character.isLetter(cp);
  }

  private static boolean numeral(int cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /**
   * "Dr." followed by space and a capital: the end after the dot, or -1. An honorific must be the
   * whole run of letters before the dot, so the run is looked up, not each honorific tried.
   */
  private static int honorific(String s, int i) {
    char c = s.charAt(i);
    if (c < 'A' || c > 'Z') return -1;
    int dot = i + 1;
    while (dot < s.length() && dot - i <= 4 && s.charAt(dot) >= 'a' && s.charAt(dot) <= 'z') dot++;
    if (dot >= s.length() || s.charAt(dot) != '.' || !HONORIFICS.contains(s.substring(i, dot))) return -1;
    int j = dot + 1;
    while (j < s.length() && space(s.charAt(j))) j++;
    return j > dot + 1 && j < s.length() && Character.getType(s.codePointAt(j)) == Character.UPPERCASE_LETTER
        ? dot + 1 : -1;
  }

  /** Two or more letter-dot pairs ("U.S."): their end, or -1. */
  private static int initials(String s, int i) {
    int j = i;
    int pairs = 0;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      int after = j + Character.charCount(cp);
      if (!letter(cp) || after >= s.length() || s.charAt(after) != '.') break;
      j = after + 1;
      pairs++;
    }
    return pairs >= 2 ? j : -1;
  }

  /** Digits with at least one group of separator and digits ("1,200.50"): the end, or -1. */
  private static int number(String s, int i) {
    int j = digits(s, i);
    if (j == i) return -1;
    int end = -1;
    while (j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',')) {
      int k = digits(s, j + 1);
      if (k == j + 1) break;
      end = j = k;
    }
    return end;
  }

  private static int digits(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (!numeral(cp)) break;
      j += Character.charCount(cp);
    }
    return j;
  }

  /** Letters and digits, joined by inner apostrophes or hyphens: the end, or -1. */
  private static int word(String s, int i) {
    int j = alnum(s, i);
    if (j == i) return -1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c != '\'' && c != '\u2019' && c != '-') break;
      int k = alnum(s, j + 1);
      if (k == j + 1) break;
      j = k;
    }
    return j;
  }

  private static int alnum(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (!letter(cp) && !numeral(cp)) break;
      j += Character.charCount(cp);
    }
    return j;
  }

  /** The word without a possessive ending: "Korea's" is "Korea". */
  static String unpossessed(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) return word.substring(0, word.length() - 2);
    if (word.endsWith("s'") || word.endsWith("s\u2019")) return word.substring(0, word.length() - 1);
    return word;
  }
}
