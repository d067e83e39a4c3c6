package dev.claimledger.domain;

import java.time.Instant;
import java.util.Collection;

/** Counts kept up to date as stances are written; {@code contestedTime} is null unless contested. */
public record ClaimSummary(
    int stanceCount,
    int supportingActorCount,
    int denyingActorCount,
    int conflictingReportCount,
    Instant contestedTime) {

  public static final ClaimSummary EMPTY = new ClaimSummary(0, 0, 0, 0, null);

  public boolean contested() {
    return contestedTime != null;
  }

  /**
   * A claim is contested when one actor supports it and another denies it: with S supporters, D
   * deniers and B actors on both sides, that fails only when S = D = B = 1 (one actor, both ways).
   */
  public static boolean contested(int supporters, int deniers, int both) {
    return supporters >= 1 && deniers >= 1 && !(supporters == 1 && deniers == 1 && both == 1);
  }

  /**
   * The summary of a claim from its actors' positions (one per actor). A contested claim became so
   * at the later of its earliest support and its earliest denial (report times, epoch micros).
   */
  public static ClaimSummary of(Collection<Position> positions) {
    int stances = 0;
    int supporters = 0;
    int deniers = 0;
    int both = 0;
    int conflicting = 0;
    Long support = null;
    Long denial = null;
    for (Position p : positions) {
      stances += p.stanceCount();
      if (p.supports()) supporters++;
      if (p.denies()) deniers++;
      if (p.supports() && p.denies()) both++;
      if (p.conflicting()) conflicting++;
      if (p.firstSupportTime() != null) support = support == null ? p.firstSupportTime() : Math.min(support, p.firstSupportTime());
      if (p.firstDenyTime() != null) denial = denial == null ? p.firstDenyTime() : Math.min(denial, p.firstDenyTime());
    }
    Instant since = contested(supporters, deniers, both) ? micros(Math.max(support, denial)) : null;
    return new ClaimSummary(stances, supporters, deniers, conflicting, since);
  }

  private static Instant micros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
