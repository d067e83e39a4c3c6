package dev.claimledger.store;

import dev.claimledger.store.Queries.ActorStanceFilter;
import dev.claimledger.store.Queries.ActorStances;
import dev.claimledger.store.Queries.ClaimAttribution;
import dev.claimledger.store.Queries.ConflictingReport;
import dev.claimledger.store.Queries.ContestedClaim;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.Queries.OpposingClaim;
import dev.claimledger.store.Queries.SearchHit;
import dev.claimledger.store.Queries.StanceHistory;
import java.time.Instant;

/**
 * Attribution and contradiction queries. Contradiction queries read indexes kept up to date as
 * stances are written, so their cost grows with the page, not with the ledger. Each query can be
 * asked as of a past time ({@code asOf}, null for now): then only stances recorded and published
 * by that time count, and corrections from when they were recorded; such a query reads the stances
 * themselves. Unknown claims or actors fail NOT_FOUND.
 */
public interface LedgerQueries {

  ClaimAttribution claimAttribution(String claimId, boolean includeSuperseded, PageRequest page, Instant asOf);

  default ClaimAttribution claimAttribution(String claimId, boolean includeSuperseded, PageRequest page) {
    return claimAttribution(claimId, includeSuperseded, page, null);
  }

  ActorStances actorStances(String actorId, boolean rollUp, boolean includeSuperseded,
      ActorStanceFilter filter, PageRequest page, Instant asOf);

  /**
   * An actor's stances in force on a claim in the order they were made (statement time, else report
   * time), each with where the actor stood after it.
   */
  StanceHistory stanceHistory(String actorId, String claimId, Instant asOf);

  /** Searches claim texts and excerpts for all of {@code words} (plain words, never FTS syntax). */
  Page<SearchHit> search(java.util.List<String> words, PageRequest page);

  Page<ContestedClaim> contestedClaims(ContestedFilter filter, PageRequest page, Instant asOf);

  default Page<ContestedClaim> contestedClaims(ContestedFilter filter, PageRequest page) {
    return contestedClaims(filter, page, null);
  }

  Page<OpposingClaim> opposingClaims(String actorId, String otherActorId, PageRequest page, Instant asOf);

  default Page<OpposingClaim> opposingClaims(String actorId, String otherActorId, PageRequest page) {
    return opposingClaims(actorId, otherActorId, page, null);
  }

  Page<ConflictingReport> conflictingReports(String actorId, String claimId, PageRequest page, Instant asOf);

  default Page<ConflictingReport> conflictingReports(String actorId, String claimId, PageRequest page) {
    return conflictingReports(actorId, claimId, page, null);
  }
}
