package dev.claimledger.ingest;

import dev.claimledger.domain.LedgerError;
import java.util.Locale;
import java.util.Set;

/** What makes an article's text acceptable, and whether it reads as English. */
final class TextChecks {
  private TextChecks() {}

  private static final Set<String> ENGLISH = Set.of("the", "a", "an", "of", "and", "to", "in", "is", "was", "said",
      "that", "for", "on", "with", "as", "by", "at", "it", "from", "has", "have", "be", "are", "were", "this",
      "not", "but", "his", "her", "their", "will", "would", "who", "which", "after", "its");

  /**
   * Rejects text that is empty, too long, or not text: NUL and other control characters, or
   * replacement characters left by a decoder, in more than a trace (binary data pasted as text).
   */
  static void check(String raw, String body) {
    if (raw.isBlank()) throw LedgerError.invalidField("INVALID_ARGUMENT", "article.text", "is required");
    int length = raw.codePointCount(0, raw.length());
    if (length > Ingestor.TEXT_MAX) {
      throw LedgerError.invalidField("TEXT_TOO_LONG", "article.text",
          "must be at most " + Ingestor.TEXT_MAX + " characters (has " + length + ")");
    }
    int bad = 0;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xFFFD || (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t')) bad++;
    }
    if (bad > 0 && (raw.indexOf('\0') >= 0 || bad * 100 > length)) {
      throw LedgerError.invalidField("TEXT_NOT_READABLE", "article.text",
          "is not readable text (" + bad + " control or undecodable characters); send UTF-8 text, not binary data");
    }
    if (body.isBlank()) throw LedgerError.invalidField("INVALID_ARGUMENT", "article.text", "has a header line but no body");
  }

  /**
   * Whether the common English function words make up a fair share of the words: words as runs of
   * letters and apostrophes, the first 2,000 of them. By hand, without lower-casing the text: this
   * runs on every article.
   */
  static boolean looksEnglish(String body) {
    int words = 0;
    int english = 0;
    int n = body.length();
    int i = 0;
    while (i < n && words < 2000) {
      while (i < n && !wordChar(body.codePointAt(i))) i += Character.charCount(body.codePointAt(i));
      if (i >= n) break;
      int start = i;
      while (i < n && wordChar(body.codePointAt(i))) i += Character.charCount(body.codePointAt(i));
      words++;
      // The function words are at most five letters long.
      if (i - start <= 5 && ENGLISH.contains(body.substring(start, i).toLowerCase(Locale.ROOT))) english++;
    }
    return words < 8 || english * 100 >= words * 8;
  }

  private static boolean wordChar(int cp) {
    return cp == '\'' || Character.isLetter(cp);
  }

  /** A title for an article that has none: its first line, cut to 200 characters. */
  static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("").strip();
    if (line.codePointCount(0, line.length()) <= 200) return line;
    return line.substring(0, line.offsetByCodePoints(0, 197)) + "...";
  }
}
