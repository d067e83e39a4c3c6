package dev.claimledger.store;

import dev.claimledger.domain.Claim;
import java.util.Optional;

/** Claims with their stance summaries. Claim texts are unique by normalised text. */
public interface ClaimStore {

  /** Creates a claim; fails ALREADY_EXISTS (CLAIM_ALREADY_EXISTS) for a taken id or text. */
  Claim create(String text, String description, String requestedId);

  Optional<Claim> get(String id);

  /** Claims in creation order; {@code contested} null for all. */
  Page<Claim> list(Boolean contested, PageRequest page);

  /**
   * Merges claim {@code id} into {@code intoId}: every stance moves to the survivor, which counts
   * them from then on. Returns {survivor, merged}. Fails NOT_FOUND (CLAIM_NOT_FOUND) and
   * FAILED_PRECONDITION (CLAIM_MERGED, SAME_CLAIM).
   */
  java.util.List<Claim> merge(String id, String intoId, String reason);
}
