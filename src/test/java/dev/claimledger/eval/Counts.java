package dev.claimledger.eval;

/**
 * The counts behind every figure of the report. Counts, not rates, are what add up over articles
 * and sets; the rates are derived from them.
 */
public record Counts(int gold, int extracted, int tp, int contestedFound, int contestedTotal, int linksRight,
    int linksTotal, int falseMerges) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(gold + o.gold, extracted + o.extracted, tp + o.tp, contestedFound + o.contestedFound,
        contestedTotal + o.contestedTotal, linksRight + o.linksRight, linksTotal + o.linksTotal,
        falseMerges + o.falseMerges);
  }

  /** TP over extracted stances; NaN when nothing was extracted. */
  public double precision() {
    return ratio(tp, extracted);
  }

  /** TP over gold stances; NaN when there is no gold. */
  public double recall() {
    return ratio(tp, gold);
  }

  /** The harmonic mean of precision and recall, 2 TP / (gold + extracted); 0 when either is 0. */
  public double f1() {
    return ratio(2 * tp, gold + extracted);
  }

  private static double ratio(int n, int d) {
    return d == 0 ? Double.NaN : (double) n / d;
  }
}
