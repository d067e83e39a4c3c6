package dev.claimledger.eval;

/** A span of a source text in Unicode code points, [start, end), the unit excerpt offsets use. */
public record Span(int start, int end) {

  /** The first occurrence of {@code part} in {@code text}, or null when it is not there. */
  public static Span locate(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) return null;
    int start = text.codePointCount(0, at);
    return new Span(start, start + part.codePointCount(0, part.length()));
  }

  /** How many code points the two spans share; 0 when they do not overlap. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }
}
