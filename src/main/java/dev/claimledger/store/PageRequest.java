package dev.claimledger.store;

/**
 * One page of a keyset-ordered list: at most {@code size} items after the position {@code after}
 * (null for the first page). The position is the store's own sort key, opaque to callers.
 */
public record PageRequest(int size, long[] after) {
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }
}
