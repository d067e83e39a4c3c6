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
}
