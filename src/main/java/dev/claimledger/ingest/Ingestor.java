package dev.claimledger.ingest;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.Source;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.extract.ArticleHeader;
import dev.claimledger.extract.ClaimSimilarity;
import dev.claimledger.extract.Directory;
import dev.claimledger.extract.Extraction;
import dev.claimledger.extract.Extractor;
import dev.claimledger.extract.Speaker;
import dev.claimledger.extract.Statement;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.IngestStore;
import dev.claimledger.store.SourceStore.SourceFields;
import dev.claimledger.store.StanceStore.StanceFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingests one article: reads its header, extracts its statements, and in one transaction records
 * the source, resolves or creates each speaker, matches each statement's claim to the ledger's
 * claims (or creates it), and records each stance not already there. A stance the ledger already
 * holds for the same actor, claim and source (an overlapping excerpt, manual or extracted) is left
 * as it is, so re-ingesting an article records nothing new and manual stances are never touched.
 */
public final class Ingestor {

  /** At or above this similarity a statement is linked to an existing claim. */
  public static final double LINK_THRESHOLD = 0.60;
  /** From this similarity up to the link threshold a new claim is created with a suggested match. */
  public static final double SUGGEST_THRESHOLD = 0.40;
  /** The longest text accepted, in code points (as CreateSource). */
  public static final int TEXT_MAX = 1_000_000;
  private static final int EXCERPT_MAX = 5000;
  private static final int CANDIDATES = 12;

  private final IngestStore store;
  private final Extractor extractor = new Extractor();

  public Ingestor(IngestStore store) {
    this.store = store;
  }

  /** What a caller sends: names of the publisher and relays are actor IDs or plain names. */
  public record Article(String text, String title, String uri, String publisherId, String publisherName,
      Instant publishTime, List<String> relayIds, List<String> relayNames, String sourceId, boolean preview) {}

  public record ActorOutcome(Actor actor, boolean created, List<String> mentions) {}

  public record ClaimOutcome(Claim claim, boolean created, String extractedText, double score, Claim suggested,
      double suggestedScore) {}

  public record StanceOutcome(Stance stance, boolean recorded, Stance existing, String cue, int claimIndex) {}

  public record Result(Source source, boolean sourceExisted, List<ActorOutcome> actors, List<ClaimOutcome> claims,
      List<StanceOutcome> stances, List<String> notes, boolean preview) {}

  public Result ingest(Article a) {
    ArticleHeader header = ArticleHeader.parse(a.text());
    String body = header.body().strip().isEmpty() ? "" : header.body();
    TextChecks.check(a.text(), body);
    String title = !a.title().isBlank() ? a.title().strip()
        : header.title() != null && !header.title().isBlank() ? header.title() : TextChecks.firstLine(body);
    Instant published = a.publishTime() != null ? a.publishTime() : header.date();
    List<String> notes = new ArrayList<>();
    boolean english = TextChecks.looksEnglish(body);
    if (!english) notes.add("the text does not look like English; no statements were extracted");
    return store.inTransaction(a.preview(), tx -> new Run(tx, notes).ingest(a, body, title, published, english));
  }

  /** One ingest inside its transaction, with what it resolved so far. */
  private final class Run {
    final IngestStore.Tx tx;
    final List<String> notes;
    final Map<String, ActorOutcome> actors = new LinkedHashMap<>();
    final Map<String, Actor> byIdentity = new HashMap<>();
    final List<ClaimOutcome> claims = new ArrayList<>();
    final Map<String, Integer> claimIndexById = new HashMap<>();
    final Map<String, String> names = new HashMap<>();

    Run(IngestStore.Tx tx, List<String> notes) {
      this.tx = tx;
      this.notes = notes;
    }

    Result ingest(Article a, String body, String title, Instant published, boolean english) {
      Directory directory = keys -> {
        Map<String, Directory.Known> out = new HashMap<>();
        tx.actorsByAliasKey(keys).forEach((k, v) -> {
          out.put(k, new Directory.Known(v.id(), v.displayName(), v.kind()));
          names.put(k, v.id());
        });
        return out;
      };
      Speaker publisher = outlet(a.publisherId(), a.publisherName(), directory);
      List<Speaker> relays = new ArrayList<>();
      for (String id : a.relayIds()) relays.add(outlet(id, null, directory));
      for (String name : a.relayNames()) relays.add(outlet(null, name, directory));
      Extraction x = english ? extractor.extract(body, directory, publisher, relays)
          : new Extraction(List.of(), null, List.of(), List.of());
      notes.addAll(x.notes());
      if (publisher == null) publisher = x.creditedPublisher();
      if (relays.isEmpty()) relays = x.creditedRelays();
      String publisherId = publisher == null ? null : actorFor(publisher, publisher.name()).id();
      List<String> relayIds = new ArrayList<>();
      for (Speaker r : relays) relayIds.add(actorFor(r, r.name()).id());
      var recorded = tx.createSource(new SourceFields(title, publisherId, published, a.uri(), body, relayIds),
          a.sourceId());
      Source source = recorded.source();
      List<StanceOutcome> stances = new ArrayList<>();
      List<Integer> claimOf = new ArrayList<>();
      for (Statement st : x.statements()) {
        int claimIndex = st.refersBack() ? claimOf.get(st.refersTo()) : claimFor(st.claimText());
        claimOf.add(claimIndex);
        Claim claim = claims.get(claimIndex).claim();
        List<String> chain = new ArrayList<>();
        for (Speaker r : st.relayChain()) chain.add(actorFor(r, r.name()).id());
        for (Speaker s : st.speakers()) {
          Actor actor = actorFor(s, excerptOf(body, st.start(), st.start() + Math.min(80, st.end() - st.start())));
          stances.add(stance(source, body, st, claim, claimIndex, actor, chain));
        }
      }
      // Nested statements ("criticism from X over Y" inside Choi's denial) are found after their host.
      stances.sort(java.util.Comparator.comparingInt(o -> o.stance().excerpt().start()));
      return new Result(source, recorded.existing(), List.copyOf(actors.values()), claims, stances, notes, a.preview());
    }

    private StanceOutcome stance(Source source, String body, Statement st, Claim claim, int claimIndex, Actor actor,
        List<String> chain) {
      int start = body.codePointCount(0, st.start());
      String text = excerptOf(body, st.start(), st.end());
      int end = start + text.codePointCount(0, text.length());
      var existing = tx.overlappingStance(source.id(), claim.id(), actor.id(), start, end);
      // A person recorded this statement already, perhaps on a claim worded otherwise: keep theirs.
      if (existing.isEmpty()) existing = tx.curatedStance(source.id(), actor.id(), st.kind(), start, end);
      if (existing.isPresent()) return new StanceOutcome(existing.get(), false, existing.get(), st.cue(), claimIndex);
      List<String> relays = chain.stream().filter(r -> !r.equals(actor.id())).distinct().limit(10).toList();
      Stance created = tx.createStance(new StanceFields(claim.id(), actor.id(), st.kind(), source.id(),
          new Excerpt(text, start, end), relays, null, StanceOrigin.EXTRACTED), Extractor.VERSION, st.confidence());
      return new StanceOutcome(created, true, null, st.cue(), claimIndex);
    }

    /** The claim a statement is about: an existing one it says again, or a new one. */
    private int claimFor(String text) {
      Set<String> terms = ClaimSimilarity.terms(text, names);
      Claim best = null;
      double bestScore = 0;
      List<String> words = ClaimSimilarity.searchWords(text);
      for (Claim c : tx.similarClaims(words, CANDIDATES)) {
        double s = ClaimSimilarity.score(terms, ClaimSimilarity.terms(c.text(), names));
        if (s > bestScore) {
          best = c;
          bestScore = s;
        }
      }
      if (best != null && bestScore >= LINK_THRESHOLD) return indexOf(best, text, false, bestScore, null, 0);
      Claim created;
      try {
        created = tx.createClaim(text, "");
      } catch (LedgerError e) {
        // The same text, but not among the candidates (a claim merged away): the claim it names.
        if (!"CLAIM_ALREADY_EXISTS".equals(e.reason())) throw e;
        return indexOf(best != null ? best : tx.similarClaims(words, 1).get(0), text, false, 1.0, null, 0);
      }
      boolean suggest = best != null && bestScore >= SUGGEST_THRESHOLD;
      if (suggest) tx.suggestMatch(created.id(), best.id(), bestScore);
      return indexOf(created, text, true, 1.0, suggest ? best : null, suggest ? bestScore : 0);
    }

    private int indexOf(Claim claim, String text, boolean created, double score, Claim suggested, double suggestedScore) {
      Integer known = claimIndexById.get(claim.id());
      if (known != null) return known;
      claims.add(new ClaimOutcome(claim, created, text, score, suggested, suggestedScore));
      claimIndexById.put(claim.id(), claims.size() - 1);
      return claims.size() - 1;
    }

    /** The actor of a speaker: known, created before in this article, or created now with its aliases and affiliation. */
    private Actor actorFor(Speaker s, String mention) {
      Actor a = s.isNew() ? byIdentity.get(Names.key(s.name())) : byIdentity.get("id:" + s.actorId());
      boolean created = false;
      if (a == null && !s.isNew()) {
        a = tx.actor(s.actorId()).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", "actors/" + s.actorId()));
      }
      if (a == null) {
        a = tx.actorsByAliasKey(List.of(Names.key(s.name()))).get(Names.key(s.name()));
        if (a == null) {
          a = tx.createActor(new ActorFields(s.name(), s.kind(), List.of(), ""));
          for (String alias : s.aliases()) tx.addAlias(a.id(), alias);
          created = true;
        }
      }
      byIdentity.put(s.isNew() ? Names.key(s.name()) : "id:" + s.actorId(), a);
      names.put(Names.key(s.name()), a.id());
      if (s.organization() != null && s.role() != null) {
        Actor org = actorFor(s.organization(), s.organization().name());
        tx.affiliate(a.id(), org.id(), s.role(), s.title());
      }
      ActorOutcome prior = actors.get(a.id());
      List<String> mentions = new ArrayList<>(prior == null ? List.of() : prior.mentions());
      if (mention != null && mentions.size() < 5 && !mentions.contains(s.name())) mentions.add(s.name());
      actors.put(a.id(), new ActorOutcome(a, created || (prior != null && prior.created()), mentions));
      return a;
    }

    /** A publisher or relay given by ID or by name; a new name becomes a media outlet. */
    private Speaker outlet(String id, String name, Directory directory) {
      if (id != null) {
        Actor a = tx.actor(id).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", "actors/" + id));
        return Speaker.fresh(a.displayName(), a.kind(), List.of()).withId(a.id());
      }
      if (name == null || name.isBlank()) return null;
      var found = directory.find(Set.of(Names.key(name))).get(Names.key(name));
      return found != null ? Speaker.fresh(found.displayName(), found.kind(), List.of()).withId(found.actorId())
          : Speaker.fresh(name.strip(), ActorKind.MEDIA_OUTLET, List.of());
    }
  }

  private static String excerptOf(String body, int start, int end) {
    String text = body.substring(start, end);
    if (text.length() > EXCERPT_MAX) text = text.substring(0, EXCERPT_MAX);
    if (Character.isHighSurrogate(text.charAt(text.length() - 1))) text = text.substring(0, text.length() - 1);
    return text;
  }
}
