package dev.claimledger.extract;

import dev.claimledger.domain.StanceKind;
import java.util.List;

/**
 * One attributed statement found in an article: who (one or more speakers: a coalition named as a
 * list is a stance of each), the stance kind, the claim (its text, or the index of an earlier
 * statement whose claim it refers back to: "denied these accusations"), the excerpt span in the
 * article text (in chars), the outlets it came through (nearest the source first), the cue it was
 * read from and how sure the rules are.
 */
public record Statement(List<Speaker> speakers, StanceKind kind, String claimText, int refersTo, int start,
    int end, List<Speaker> relayChain, String cue, double confidence) {

  /** The same statement with another kind. */
  public Statement withKind(StanceKind other) {
    return new Statement(speakers, other, claimText, refersTo, start, end, relayChain, cue, confidence);
  }

  /** Whether the claim is that of statement {@link #refersTo}, not a text of its own. */
  public boolean refersBack() {
    return refersTo >= 0;
  }
}
