package dev.claimledger.store;

import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.domain.StanceRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stances: written once, never edited. Writing one updates the claim's summary and the
 * contradiction indexes in the same transaction.
 */
public interface StanceStore {

  /**
   * What CreateStance writes. An excerpt with start = end = 0 is located in the source text; any
   * other span must match it exactly (INVALID_ARGUMENT, EXCERPT_NOT_IN_SOURCE).
   */
  record StanceFields(String claimId, String actorId, StanceKind kind, String sourceId, Excerpt excerpt,
      List<String> relayChain, Instant statementTime, StanceOrigin origin) {}

  /**
   * Records a stance; fails NOT_FOUND for a missing claim, actor or source, ALREADY_EXISTS for a taken id,
   * FAILED_PRECONDITION (CLAIM_MERGED, metadata {@code merged_into}) for a claim merged into another.
   */
  Stance create(StanceFields fields, String requestedId);

  /**
   * Records {@code replacement} superseding {@code old}: returns {replacement, old}. Fails as {@link #create}
   * for the replacement, NOT_FOUND for {@code old}, FAILED_PRECONDITION (STANCE_ALREADY_SUPERSEDED).
   */
  List<Stance> supersede(StanceRef old, StanceFields replacement, String reason, String requestedId);

  Optional<Stance> get(StanceRef ref);

  /** Filter of {@link #list}: null fields do not filter; actorId matches after merges. */
  record StanceFilter(String actorId, String sourceId, StanceKind kind, boolean kindEquals, Boolean superseded) {}

  /** Stances of one claim, or of all claims when claimId is null, oldest first. */
  Page<Stance> list(String claimId, StanceFilter filter, PageRequest page);
}
