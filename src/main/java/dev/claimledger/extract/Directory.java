package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import java.util.Map;
import java.util.Set;

/** The actors the ledger already knows, looked up by alias key ({@link dev.claimledger.domain.Names#key}). */
@FunctionalInterface
public interface Directory {

  /** A known actor: the live actor an alias resolves to. */
  record Known(String actorId, String displayName, ActorKind kind) {}

  /** The known actors of those keys that have one; called once per article with every candidate. */
  Map<String, Known> find(Set<String> aliasKeys);

  /** A directory that knows nobody. */
  Directory EMPTY = keys -> Map.of();
}
