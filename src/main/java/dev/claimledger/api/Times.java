package dev.claimledger.api;

import com.google.protobuf.Timestamp;
import dev.claimledger.domain.LedgerError;

/** Checks timestamps given by callers: within years 0001 to 9999, nanos in range. */
final class Times {
  private Times() {}

  private static final long MIN_SECONDS = -62_135_596_800L;
  private static final long MAX_SECONDS = 253_402_300_799L;

  /** The as-of time of a query: null when not given (now); a violation when out of range. */
  static java.time.Instant asOf(boolean given, Timestamp t, LedgerError.Violations v) {
    if (!given) return null;
    int before = v.size();
    check(t, "as_of_time", v);
    return v.size() > before ? null : ProtoMapper.instant(true, t);
  }

  static void check(Timestamp t, String field, LedgerError.Violations v) {
    if (t.getSeconds() < MIN_SECONDS || t.getSeconds() > MAX_SECONDS || t.getNanos() < 0 || t.getNanos() > 999_999_999) {
      v.add(field, "must be a time between years 0001 and 9999");
    }
  }
}
