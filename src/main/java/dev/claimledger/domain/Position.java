package dev.claimledger.domain;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One actor's position on one claim, computed from its stances in force (not superseded).
 *
 * <p>The actor supports the claim when it has an ASSERTS or SUGGESTS that no RETRACTS of its own
 * withdraws, and denies it when it has a DENIES. Its reports conflict when two different sources
 * put it in different families (affirms, denies, silent): seed 000 says Moscow denied the missile
 * claim, seed 001 that Moscow has not commented.
 *
 * @param firstSupportTime earliest report time (epoch micros) of a supporting stance, or null
 * @param firstDenyTime earliest report time of a denying stance, or null
 */
public record Position(
    int stanceCount,
    long firstStanceSeq,
    boolean supports,
    boolean denies,
    Long firstSupportTime,
    Long firstDenyTime,
    boolean conflicting) {

  /** The facts about one stance that a position is computed from. */
  public record Fact(long stanceSeq, StanceKind kind, long sourceSeq, long reportTime) {}

  /** Computes the position from the stances in force, in any order; null when there are none. */
  public static Position of(List<Fact> facts) {
    if (facts.isEmpty()) return null;
    long firstSeq = Long.MAX_VALUE;
    boolean retracted = false;
    Long support = null;
    Long deny = null;
    Map<Long, Set<StanceKind.Family>> familiesBySource = new HashMap<>();
    for (Fact f : facts) {
      firstSeq = Math.min(firstSeq, f.stanceSeq());
      if (f.kind() == StanceKind.RETRACTS) retracted = true;
      if (f.kind().supports()) support = support == null ? f.reportTime() : Math.min(support, f.reportTime());
      if (f.kind() == StanceKind.DENIES) deny = deny == null ? f.reportTime() : Math.min(deny, f.reportTime());
      if (f.kind().family != StanceKind.Family.WITHDRAWS) {
        familiesBySource.computeIfAbsent(f.sourceSeq(), s -> EnumSet.noneOf(StanceKind.Family.class))
            .add(f.kind().family);
      }
    }
    boolean supports = support != null && !retracted;
    return new Position(facts.size(), firstSeq, supports, deny != null,
        supports ? support : null, deny, conflicting(familiesBySource));
  }

  /** True when some two sources report families that the other source does not. */
  private static boolean conflicting(Map<Long, Set<StanceKind.Family>> familiesBySource) {
    if (familiesBySource.size() < 2) return false;
    // Pairs of distinct sets only: a hot claim has thousands of sources but few kinds of report.
    var entries = List.copyOf(new java.util.HashSet<>(familiesBySource.values()));
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        if (!entries.get(i).equals(entries.get(j))) {
          Set<StanceKind.Family> union = EnumSet.copyOf(entries.get(i));
          union.addAll(entries.get(j));
          if (union.size() > 1) return true;
        }
      }
    }
    return false;
  }
}
