package dev.claimledger.store.sqlite;

import dev.claimledger.store.Page;
import java.util.List;

/** Builds a page from {@code size + 1} fetched rows: the extra row only tells that more follow. */
final class Pages {
  private Pages() {}

  static <T> Page<T> of(List<T> items, List<long[]> keys, int size) {
    if (items.size() <= size) return new Page<>(List.copyOf(items), null);
    return new Page<>(List.copyOf(items.subList(0, size)), keys.get(size - 1));
  }
}
