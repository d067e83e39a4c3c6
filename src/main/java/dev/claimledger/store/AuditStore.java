package dev.claimledger.store;

import dev.claimledger.domain.AuditRecord;

/** The audit log, read by resource. */
public interface AuditStore {

  /**
   * The changes to {@code resource} (a resource name), oldest first, with those of the resources
   * under it when {@code descendants}. An empty first page means the resource has no history.
   */
  Page<AuditRecord> history(String resource, boolean descendants, PageRequest page);
}
