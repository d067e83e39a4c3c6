package dev.claimledger.domain;

/** Exact words of a source: {@code text} stands at code points [start, end) of the source text. */
public record Excerpt(String text, int start, int end) {}
