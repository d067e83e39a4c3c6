package dev.claimledger.domain;

import java.time.Instant;

/** One proposition, independent of who asserts or denies it. {@code mergedInto} is null unless merged. */
public record Claim(String id, String text, String description, ClaimSummary summary, Instant createTime,
    String mergedInto) {}
