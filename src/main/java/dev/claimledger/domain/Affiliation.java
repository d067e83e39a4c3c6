package dev.claimledger.domain;

import java.time.Instant;

/** The member actor belongs to, works for or speaks for the organization actor. */
public record Affiliation(
    String id,
    String memberId,
    String organizationId,
    AffiliationRole role,
    String title,
    Instant createTime) {}
