package dev.claimledger.extract;

import java.util.List;

/**
 * What the extractor found in an article: its statements in text order, the outlets the article
 * credits itself to ("writes UNN citing Reuters": publisher UNN, relaying Reuters; null or empty
 * when it does not say), and remarks for the caller.
 */
public record Extraction(List<Statement> statements, Speaker creditedPublisher, List<Speaker> creditedRelays,
    List<String> notes) {}
