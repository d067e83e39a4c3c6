package dev.claimledger.ingest;

import dev.claimledger.domain.LedgerError;
import java.util.Locale;
import java.util.Set;

/** What makes an article's text acceptable, and whether it reads as English. */
final class TextChecks {
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}']+");
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

  /** Whether the common English function words make up a fair share of the words. */
  static boolean looksEnglish(String body) {
    int words = 0;
    int english = 0;
    for (String w : NOT_WORD.split(body.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) continue;
      words++;
      if (ENGLISH.contains(w)) english++;
      if (words >= 2000) break;
    }
    return words < 8 || english * 100 >= words * 8;
  }

  /** A title for an article that has none: its first line, cut to 200 characters. */
  static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("").strip();
    if (line.codePointCount(0, line.length()) <= 200) return line;
    return line.substring(0, line.offsetByCodePoints(0, 197)) + "...";
  }
}
