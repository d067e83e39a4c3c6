package dev.claimledger.store;

import java.util.List;

/** Items of one page and the position after the last one, or null when no items follow. */
public record Page<T>(List<T> items, long[] next) {}
