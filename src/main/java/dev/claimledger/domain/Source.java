package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/**
 * A document that reports stances. {@code text} is null when the text was not asked for;
 * {@code publisherId}, {@code publishTime} and {@code uri} are null when unknown.
 */
public record Source(
    String id,
    String title,
    String publisherId,
    Instant publishTime,
    String uri,
    String text,
    List<String> relayIds,
    String contentSha256,
    int textLength,
    Instant createTime) {}
