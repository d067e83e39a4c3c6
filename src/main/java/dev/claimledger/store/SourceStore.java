package dev.claimledger.store;

import dev.claimledger.domain.Source;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sources. A source's URI and the SHA-256 of its text are each unique. */
public interface SourceStore {

  /** What CreateSource writes; publisherId, publishTime and uri may be null. */
  record SourceFields(String title, String publisherId, Instant publishTime, String uri, String text,
      List<String> relayIds) {}

  /** A recorded source, and whether it was there before the call. */
  record Recorded(Source source, boolean existing) {}

  /**
   * Records a source, or returns the one with the same URI or text unchanged. Fails NOT_FOUND
   * (ACTOR_NOT_FOUND) for an unknown publisher or relay, ALREADY_EXISTS when the id is taken.
   */
  Recorded create(SourceFields fields, String requestedId);

  Optional<Source> get(String id, boolean withText);

  /** Filter of {@link #list}: null fields do not filter; times are bounds on publish_time. */
  record SourceFilter(String publisherId, Instant publishedAfter, boolean afterInclusive,
      Instant publishedBefore, boolean beforeInclusive) {}

  Page<Source> list(SourceFilter filter, boolean withText, PageRequest page);
}
