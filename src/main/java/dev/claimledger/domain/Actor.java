package dev.claimledger.domain;

import java.time.Instant;
import java.util.List;

/** A speaker. {@code mergedInto} is the id of the actor this one was merged into, or null. */
public record Actor(
    String id,
    String displayName,
    ActorKind kind,
    List<String> aliases,
    String description,
    String mergedInto,
    Instant createTime,
    Instant updateTime) {}
