package dev.claimledger.extract;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import java.util.List;

/**
 * Who a statement is attributed to, as the extraction resolved it: an actor the ledger knows
 * ({@code actorId} set), or a new one to create with its kind, aliases and, when the text says,
 * the organisation it belongs to ("health ministry spokeswoman Dr. Amara Osei").
 */
public record Speaker(String actorId, String name, ActorKind kind, List<String> aliases, Speaker organization,
    AffiliationRole role, String title) {

  /** A speaker the ledger knows. */
  static Speaker known(Directory.Known k) {
    return new Speaker(k.actorId(), k.displayName(), k.kind(), List.of(), null, null, "");
  }

  /** A speaker to create. */
  public static Speaker fresh(String name, ActorKind kind, List<String> aliases) {
    return new Speaker(null, name, kind, aliases, null, null, "");
  }

  /** The same speaker as the ledger's actor {@code id}. */
  public Speaker withId(String id) {
    return new Speaker(id, name, kind, aliases, organization, role, title);
  }

  Speaker withAliases(List<String> more) {
    return new Speaker(actorId, name, kind, List.copyOf(more), organization, role, title);
  }

  Speaker withAffiliation(Speaker org, AffiliationRole role, String title) {
    return new Speaker(actorId, name, kind, aliases, org, role, title);
  }

  public boolean isNew() {
    return actorId == null;
  }

  /** The identity two mentions share when they are the same speaker. */
  String identity() {
    return actorId != null ? "id:" + actorId : "new:" + dev.claimledger.domain.Names.key(name);
  }
}
