package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's verdict on a claim; never edited. {@code claimId} is the claim it was recorded on
 * (which may since have been merged into another). {@code evidence} holds source names
 * ({@code sources/x}) and URIs, as given.
 */
public record Review(String claimId, String id, ReviewRating rating, String reviewer, String rationale,
    List<String> evidence, Instant createTime) {}
