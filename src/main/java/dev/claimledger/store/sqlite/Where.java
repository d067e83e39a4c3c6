package dev.claimledger.store.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the conditions a list query needs into a WHERE clause, so the query planner sees only
 * the predicates that apply and can pick the index that serves them. Conditions are fixed SQL
 * fragments from this package; values always go through placeholders.
 */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds {@code condition} with its parameters. */
  Where and(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
    return this;
  }

  /** Adds {@code condition} only when {@code value} is not null. */
  Where andIf(Object value, String condition, Object... values) {
    return value == null ? this : and(condition, values);
  }

  String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  Object[] params(Object... trailing) {
    return Sql.concat(params, trailing);
  }
}
