package dev.claimledger.domain;

import java.time.Instant;

/** One change in the audit log: what was done to which resource, by whom, and why. */
public record AuditRecord(long position, Instant time, String action, String resource, String principal, String detail) {}
