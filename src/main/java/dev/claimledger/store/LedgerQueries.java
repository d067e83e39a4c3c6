package dev.claimledger.store;

import dev.claimledger.store.Queries.ActorStanceFilter;
import dev.claimledger.store.Queries.ActorStances;
import dev.claimledger.store.Queries.ClaimAttribution;
import dev.claimledger.store.Queries.ConflictingReport;
import dev.claimledger.store.Queries.ContestedClaim;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.Queries.OpposingClaim;
import dev.claimledger.store.Queries.SearchHit;

/**
 * Attribution and contradiction queries. Contradiction queries read indexes kept up to date as
 * stances are written, so their cost grows with the page, not with the ledger. Unknown claims or
 * actors fail NOT_FOUND.
 */
public interface LedgerQueries {

  ClaimAttribution claimAttribution(String claimId, boolean includeSuperseded, PageRequest page);

  ActorStances actorStances(String actorId, boolean rollUp, boolean includeSuperseded,
      ActorStanceFilter filter, PageRequest page);

  /** Searches claim texts and excerpts for all of {@code words} (plain words, never FTS syntax). */
  Page<SearchHit> search(java.util.List<String> words, PageRequest page);

  Page<ContestedClaim> contestedClaims(ContestedFilter filter, PageRequest page);

  Page<OpposingClaim> opposingClaims(String actorId, String otherActorId, PageRequest page);

  Page<ConflictingReport> conflictingReports(String actorId, String claimId, PageRequest page);
}
