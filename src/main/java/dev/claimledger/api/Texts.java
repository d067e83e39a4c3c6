package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;

/** Length checks for text fields, counted in Unicode code points. */
final class Texts {
  private Texts() {}

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Required text of 1 to {@code max} code points, not only spaces. */
  static void required(String s, int max, String field, LedgerError.Violations v) {
    if (s.isBlank()) v.add(field, "is required");
    else if (length(s) > max) v.add(field, "must be at most " + max + " characters");
  }

  /** Optional text of at most {@code max} code points. */
  static void optional(String s, int max, String field, LedgerError.Violations v) {
    if (length(s) > max) v.add(field, "must be at most " + max + " characters");
  }
}
