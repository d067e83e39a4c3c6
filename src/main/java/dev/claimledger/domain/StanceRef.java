package dev.claimledger.domain;

/** Identifies a stance: its claim's id and its own id. */
public record StanceRef(String claimId, String stanceId) {}
