package dev.claimledger.store.sqlite;

import dev.claimledger.domain.AuditRecord;
import dev.claimledger.store.AuditStore;
import dev.claimledger.store.Page;
import dev.claimledger.store.PageRequest;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditStore} on SQLite: audit_event by resource name. */
final class SqliteAuditStore implements AuditStore {

  private static final String COLUMNS = "SELECT seq, time, action, resource, principal, detail FROM audit_event ";
  /** The resource itself, or (descendants) every name that starts with it and a slash: '0' follows '/'. */
  private static final String HISTORY = COLUMNS + """
       WHERE (resource = ? OR (? AND resource > ? AND resource < ?)) AND seq > ? ORDER BY seq LIMIT ?""";

  /**
   * A stance or review by its own ID, under whichever claim it was recorded: IDs are unique, and a
   * merge moves stances to the surviving claim while their records keep the name they were made under.
   */
  private static final String CHILD_HISTORY = COLUMNS + """
       WHERE resource GLOB ? AND seq > ? ORDER BY seq LIMIT ?""";

  private final SqliteDatabase db;

  SqliteAuditStore(SqliteDatabase db) {
    this.db = db;
  }

  @Override
  public Page<AuditRecord> history(String resource, boolean descendants, PageRequest page) {
    long after = page.after() == null ? 0 : page.after()[0];
    return db.read(c -> {
      List<long[]> keys = new ArrayList<>();
      Sql.Row<AuditRecord> row = rs -> {
        keys.add(new long[] {rs.getLong(1)});
        return new AuditRecord(rs.getLong(1), Sql.instant(rs.getLong(2)), rs.getString(3), rs.getString(4),
            rs.getString(5).isEmpty() ? "unknown" : rs.getString(5), rs.getString(6));
      };
      String[] parts = resource.split("/");
      List<AuditRecord> items = parts.length == 4 && parts[0].equals("claims")
          ? Sql.list(c, CHILD_HISTORY, row, "claims/*/" + parts[2] + "/" + parts[3], after, page.size() + 1)
          : Sql.list(c, HISTORY, row, resource, descendants, resource + "/", resource + "0", after, page.size() + 1);
      return Pages.of(items, keys, page.size());
    });
  }
}
