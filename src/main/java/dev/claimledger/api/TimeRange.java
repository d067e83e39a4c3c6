package dev.claimledger.api;

import java.time.Instant;

/** Lower and upper bounds on a time field of a filter; null bounds are open. */
record TimeRange(Instant after, boolean afterInclusive, Instant before, boolean beforeInclusive) {

  /** Reads {@code field > / >= / < / <=} restrictions; at most one bound on each side. */
  static TimeRange of(Filter f, String field) {
    Instant after = null;
    Instant before = null;
    boolean afterInclusive = false;
    boolean beforeInclusive = false;
    for (Filter.Restriction r : f.on(field)) {
      Instant t = Filter.timestamp(r);
      boolean lower = r.op() == Filter.Op.GT || r.op() == Filter.Op.GE;
      if (lower ? after != null : before != null) {
        throw Filter.invalid("field \"" + field + "\" takes at most one lower and one upper bound");
      }
      if (lower) {
        after = t;
        afterInclusive = r.op() == Filter.Op.GE;
      } else {
        before = t;
        beforeInclusive = r.op() == Filter.Op.LE;
      }
    }
    return new TimeRange(after, afterInclusive, before, beforeInclusive);
  }
}
