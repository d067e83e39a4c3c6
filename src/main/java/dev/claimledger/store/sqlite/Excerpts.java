package dev.claimledger.store.sqlite;

import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.LedgerError;

/**
 * Checks that an excerpt stands in its source text, counting offsets in Unicode code points so
 * that clients in any language (Python slices, for one) index the text the same way.
 */
final class Excerpts {
  private Excerpts() {}

  private static final String REASON = "EXCERPT_NOT_IN_SOURCE";

  /** Returns the excerpt with its span: located when both offsets are 0, else checked. */
  static Excerpt place(String text, Excerpt excerpt, String field) {
    if (excerpt.start() == 0 && excerpt.end() == 0) {
      int at = text.indexOf(excerpt.text());
      if (at < 0) {
        throw LedgerError.invalidField(REASON, field + ".text", "does not occur in the source text");
      }
      int start = text.codePointCount(0, at);
      return new Excerpt(excerpt.text(), start, start + excerpt.text().codePointCount(0, excerpt.text().length()));
    }
    int length = text.codePointCount(0, text.length());
    if (excerpt.end() > length) {
      throw LedgerError.invalidField(REASON, field + ".end_offset",
          "is past the end of the source text (" + length + " code points)");
    }
    int from = text.offsetByCodePoints(0, excerpt.start());
    int to = text.offsetByCodePoints(from, excerpt.end() - excerpt.start());
    if (!text.substring(from, to).equals(excerpt.text())) {
      throw LedgerError.invalidField(REASON, field + ".start_offset",
          "the source text at [" + excerpt.start() + ", " + excerpt.end() + ") is not the excerpt text");
    }
    return excerpt;
  }
}
