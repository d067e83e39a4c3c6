package dev.claimledger.api;

import dev.claimledger.domain.Review;
import dev.claimledger.store.Provenance.ClaimEvidence;
import dev.claimledger.store.Queries.AttributedStance;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewed claim as schema.org ClaimReview JSON-LD, the markup fact-checkers publish: the claim
 * reviewed, the latest review's rating on the 1-to-5 scale (with its name), who reviewed it and
 * why, the claim as an item with its first appearance and author, and the evidence cited.
 */
final class ClaimReviewExport {
  private ClaimReviewExport() {}

  static String of(ClaimEvidence e, Review review) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@type", "ClaimReview");
    doc.put("identifier", "claims/" + review.claimId() + "/reviews/" + review.id());
    doc.put("claimReviewed", e.claim().text());
    doc.put("datePublished", review.createTime().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    doc.put("author", Map.of("@type", "Organization", "name", review.reviewer()));
    Map<String, Object> rating = new LinkedHashMap<>();
    rating.put("@type", "Rating");
    if (review.rating().ratingValue > 0) {
      rating.put("ratingValue", review.rating().ratingValue);
      rating.put("bestRating", 5);
      rating.put("worstRating", 1);
    }
    rating.put("alternateName", review.rating().label);
    doc.put("reviewRating", rating);
    doc.put("reviewBody", review.rationale());
    doc.put("itemReviewed", item(e));
    List<Object> citations = new ArrayList<>();
    for (String ev : review.evidence()) citations.add(creativeWork(ev, null));
    if (!citations.isEmpty()) doc.put("citation", citations);
    return Json.write(doc);
  }

  /** The claim as first asserted: its author and appearances are the sources of its supporting stances. */
  private static Map<String, Object> item(ClaimEvidence e) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("@type", "Claim");
    item.put("text", e.claim().text());
    List<AttributedStance> support = e.inForce().stream().filter(s -> s.stance().kind().supports()).toList();
    if (!support.isEmpty()) {
      AttributedStance first = support.get(0);
      for (AttributedStance s : support) {
        if (s.source().publishTime() != null && (first.source().publishTime() == null
            || s.source().publishTime().isBefore(first.source().publishTime()))) first = s;
      }
      var speaker = e.actors().get(first.stance().resolvedActorId());
      boolean person = speaker != null && speaker.kind() == dev.claimledger.domain.ActorKind.PERSON;
      item.put("author", Map.of("@type", person ? "Person" : "Organization", "name",
          speaker != null ? speaker.displayName() : first.actorDisplayName()));
      if (first.source().publishTime() != null) {
        item.put("datePublished", first.source().publishTime().atOffset(ZoneOffset.UTC).toLocalDate().toString());
      }
      item.put("firstAppearance", appearance(first));
      List<Object> appearances = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (AttributedStance s : support) {
        if (seen.add(s.source().id())) appearances.add(appearance(s));
      }
      item.put("appearance", appearances);
    }
    return item;
  }

  private static Map<String, Object> appearance(AttributedStance s) {
    return creativeWork(s.source().uri() != null ? s.source().uri() : "sources/" + s.source().id(), s.source().title());
  }

  /** A work by URL when {@code ref} is one, else by this ledger's name for it. */
  private static Map<String, Object> creativeWork(String ref, String headline) {
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("@type", "CreativeWork");
    if (ref.startsWith("http://") || ref.startsWith("https://")) w.put("url", ref);
    else w.put("identifier", ref);
    if (headline != null) w.put("headline", headline);
    return w;
  }
}
