package dev.claimledger.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises names and texts for matching: "Kim Jong-un" and "kim jong un", "U.S." and "US",
 * "Choe’s" and "Choe's" compare equal. Used for alias look-up and duplicate claim detection.
 */
public final class Names {
  private Names() {}
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]");

  /** Case-folded, NFKC, dots and apostrophes dropped, dashes and other punctuation as spaces. */
  public static String key(String text) {
    // ASCII is its own NFKC form and is lower-cased letter by letter below: the normaliser and a
    // lower-cased copy are for the rest (this runs for nearly every word the extractor reads).
    String s = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '.' || cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`') continue;
      if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
    return out.toString();
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /**
   * An id derived from a name: lowercase ASCII letters and digits joined by hyphens, at most
   * {@code max} characters, cut at a word boundary, starting with a letter. Returns
   * {@code fallback} when the name has no usable letters.
   */
  public static String slug(String text, int max, String fallback) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String[] words = key(ascii).split(" ");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      String w = NOT_SLUG.matcher(word).replaceAll("");
      if (w.isEmpty()) continue;
      if (out.length() == 0 && !Character.isLetter(w.charAt(0))) continue;
      if (out.length() + (out.length() > 0 ? 1 : 0) + w.length() > max) {
        if (out.length() == 0) out.append(w, 0, max);
        break;
      }
      if (out.length() > 0) out.append('-');
      out.append(w);
    }
    return out.length() == 0 ? fallback : out.toString();
  }
}
