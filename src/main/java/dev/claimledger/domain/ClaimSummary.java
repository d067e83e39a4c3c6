package dev.claimledger.domain;

import java.time.Instant;

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
}
