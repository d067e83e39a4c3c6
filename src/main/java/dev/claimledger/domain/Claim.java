package dev.claimledger.domain;

import java.time.Instant;

/** One proposition, independent of who asserts or denies it. */
public record Claim(String id, String text, String description, ClaimSummary summary, Instant createTime) {}
