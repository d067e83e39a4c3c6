package dev.claimledger.store;

import dev.claimledger.domain.LedgerEvent;
import java.util.List;

/**
 * The event log behind WatchEvents: events in position order, filtered, and a signal after each
 * commit so watchers need not poll. Unknown claims or actors in a filter fail NOT_FOUND.
 */
public interface EventStore {

  /** Which events to return; null fields do not filter, an empty type set takes every type. */
  record EventFilter(String claimId, String actorId, java.util.Set<LedgerEvent.Type> types) {}

  /** Checks that the filter's claim and actor exist (NOT_FOUND otherwise). */
  void check(EventFilter filter);

  /** Up to {@code limit} events after {@code position} that pass {@code filter}, in order. */
  List<LedgerEvent> after(long position, EventFilter filter, int limit);

  /** The position of the last event, 0 when there is none. */
  long lastPosition();

  /** Calls {@code listener} after every commit (on the committing thread: it must return at once). */
  void onCommit(Runnable listener);

  void removeOnCommit(Runnable listener);
}
