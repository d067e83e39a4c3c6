package dev.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** An honorific's abbreviation before a name is one token with its dot: "Dr. Lena Fosse" does not stop at "Dr". */
  private static final Pattern TOKEN = Pattern.compile(
      "(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Capt|Rev|Sen|Rep|Gov|Sgt|Maj|Adm|Cmdr|Insp|Supt|St)\\.(?=\\s+\\p{Lu})|"
          + "(?:\\p{L}\\.){2,}|\\p{N}+(?:[.,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{N}]+)*|\\S");

  static List<Tok> of(String text, int offset) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      out.add(new Tok(t, Lexicon.lower(t).replace('\u2019', '\''), offset + m.start(), offset + m.end()));
    }
    return out;
  }

  /** The word without a possessive ending: "Korea's" is "Korea". */
  static String unpossessed(String word) {
    if (word.endsWith("'s") || word.endsWith("\u2019s")) return word.substring(0, word.length() - 2);
    if (word.endsWith("s'") || word.endsWith("s\u2019")) return word.substring(0, word.length() - 1);
    return word;
  }
}
