package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.ResourceIds;
import dev.claimledger.domain.StanceRef;

/** Parses resource names ({@code actors/ID}, {@code claims/ID/stances/ID}, …) and reports bad ones. */
final class ResourceNames {
  private ResourceNames() {}

  static final String ACTORS = "actors";
  static final String SOURCES = "sources";
  static final String CLAIMS = "claims";

  /** The ID of {@code name} in {@code collection}, or null when the name is not of that form. */
  static String idOrNull(String name, String collection) {
    String prefix = collection + "/";
    if (!name.startsWith(prefix)) return null;
    String id = name.substring(prefix.length());
    return ResourceIds.valid(id) ? id : null;
  }

  /** The ID of a required name in {@code collection}; adds a violation for {@code field} when bad. */
  static String id(String name, String collection, String field, LedgerError.Violations v) {
    if (name.isEmpty()) {
      v.add(field, "is required");
      return null;
    }
    String id = idOrNull(name, collection);
    if (id == null) v.add(field, "must be a name like \"" + collection + "/ID\"; the ID " + ResourceIds.RULE);
    return id;
  }

  /** Like {@link #id} but empty is allowed (returns null). */
  static String optionalId(String name, String collection, String field, LedgerError.Violations v) {
    return name.isEmpty() ? null : id(name, collection, field, v);
  }

  static StanceRef stance(String name, String field, LedgerError.Violations v) {
    if (name.isEmpty()) {
      v.add(field, "is required");
      return null;
    }
    String[] parts = name.split("/", -1);
    if (parts.length != 4 || !parts[0].equals(CLAIMS) || !parts[2].equals("stances")
        || !ResourceIds.valid(parts[1]) || !ResourceIds.valid(parts[3])) {
      v.add(field, "must be a name like \"claims/ID/stances/ID\"");
      return null;
    }
    return new StanceRef(parts[1], parts[3]);
  }

  /** A requested ID for a create: empty means "choose one", anything else must follow the rule. */
  static String requestedId(String id, String field, LedgerError.Violations v) {
    if (id.isEmpty()) return null;
    if (!ResourceIds.valid(id)) v.add(field, ResourceIds.RULE);
    return id;
  }
}
