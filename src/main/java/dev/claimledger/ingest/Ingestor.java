package dev.claimledger.ingest;

import dev.claimledger.domain.Actor;
import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Claim;
import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.Names;
import dev.claimledger.domain.Source;
import dev.claimledger.domain.Stance;
import dev.claimledger.domain.StanceKind;
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
 * Extraction runs before the transaction, reading the directory beside the writer, and is kept
 * when the transaction sees the same actors (see {@link Prepared}), so articles extract in
 * parallel and write in turn.
 */
public final class Ingestor {

  /** At or above this similarity a statement is linked to an existing claim. */
  public static final double LINK_THRESHOLD = 0.60;
  /** From this similarity up to the link threshold a new claim is created with a suggested match. */
  public static final double SUGGEST_THRESHOLD = 0.40;
  /**
   * What a claim the statement's speaker already took a position on gains: outlets reporting one
   * story quote the same people saying the same things in other words.
   */
  public static final double SAME_SPEAKER_BONUS = 0.10;
  /** The longest text accepted, in code points (as CreateSource). */
  public static final int TEXT_MAX = 1_000_000;
  private static final int EXCERPT_MAX = 5000;
  private static final int CANDIDATES = 12;
  /** Claim texts kept split for scoring: the candidates of recent statements come back often. */
  private static final int CLAIM_WORDS_KEPT = 8192;

  private final IngestStore store;
  private final Extractor extractor = new Extractor();
  private final Map<String, ClaimSimilarity.Words> claimWords = java.util.Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClaimSimilarity.Words> eldest) {
          return size() > CLAIM_WORDS_KEPT;
        }
      });

  public Ingestor(IngestStore store) {
    this.store = store;
  }

  /** What a caller sends: names of the publisher and relays are actor IDs or plain names. */
  public record Article(String text, String title, String uri, String publisherId, String publisherName,
      Instant publishTime, List<String> relayIds, List<String> relayNames, String sourceId, boolean preview) {}

  public record ActorOutcome(Actor actor, boolean created, List<String> mentions) {}

  /** A claim as it stands after the ingest; {@code suggestedId} names a similar claim to merge with, or is null. */
  public record ClaimOutcome(Claim claim, boolean created, String extractedText, double score, String suggestedId,
      double suggestedScore) {}

  public record StanceOutcome(Stance stance, boolean recorded, Stance existing, String cue, int claimIndex) {}

  public record Result(Source source, boolean sourceExisted, List<ActorOutcome> actors, List<ClaimOutcome> claims,
      List<StanceOutcome> stances, List<String> notes, boolean preview) {}

  /** An article read and extracted, waiting for its transaction. */
  public static final class Pending {
    private final Article article;
    private final String body;
    private final String title;
    private final Instant published;
    private final boolean english;
    private final List<String> notes;
    private final Prepared prepared;

    private Pending(Article article, String body, String title, Instant published, boolean english,
        List<String> notes, Prepared prepared) {
      this.article = article;
      this.body = body;
      this.title = title;
      this.published = published;
      this.english = english;
      this.notes = notes;
      this.prepared = prepared;
    }
  }

  public Result ingest(Article a) {
    return write(read(a));
  }

  /**
   * What can be done before the write lock: checks the text, reads its header and extracts its
   * statements. Safe to run for several articles at once.
   */
  public Pending read(Article a) {
    ArticleHeader header = ArticleHeader.parse(a.text());
    String body = header.body().strip().isEmpty() ? "" : header.body();
    TextChecks.check(a.text(), body);
    String title = !a.title().isBlank() ? a.title().strip()
        : header.title() != null && !header.title().isBlank() ? header.title() : TextChecks.firstLine(body);
    Instant published = a.publishTime() != null ? a.publishTime() : header.date();
    List<String> notes = new ArrayList<>();
    boolean english = TextChecks.looksEnglish(body);
    if (!english) notes.add("the text does not look like English; no statements were extracted");
    return new Pending(a, body, title, published, english, notes, english ? prepare(a, body) : null);
  }

  /** Records a read article in one write transaction (rolled back under preview). */
  public Result write(Pending p) {
    return store.inTransaction(p.article.preview(), tx -> new Run(tx, new ArrayList<>(p.notes))
        .ingest(p.article, p.body, p.title, p.published, p.english, p.prepared));
  }

  /** Extracts the article outside the write lock; null when that fails, to fail (or not) in the transaction. */
  private Prepared prepare(Article a, String body) {
    // Each look-up a read of its own: a reader connection is not held while the text is parsed.
    IngestStore.Reads r = new IngestStore.Reads() {
      @Override
      public Map<String, IngestStore.ActorName> actorsByAliasKey(java.util.Collection<String> keys) {
        return store.read(reads -> reads.actorsByAliasKey(keys));
      }

      @Override
      public java.util.Optional<IngestStore.ActorName> actorName(String id) {
        return store.read(reads -> reads.actorName(id));
      }

      @Override
      public long directoryVersion() {
        return store.read(IngestStore.Reads::directoryVersion);
      }
    };
    try {
      // Read before any look-up: a change committed after it moves the version the transaction sees.
      long version = r.directoryVersion();
      Directory directory = keys -> known(r.actorsByAliasKey(keys));
      Speaker publisher = outlet(r, a.publisherId(), a.publisherName(), directory);
      List<Speaker> relays = outlets(r, a, directory);
      List<Prepared.Lookup> lookups = Prepared.newLookups();
      Extraction x = extractor.extract(body, Prepared.recording(directory, lookups), publisher, relays);
      return new Prepared(version, publisher, relays, x, lookups);
    } catch (LedgerError e) {
      return null;
    }
  }

  private static Map<String, Directory.Known> known(Map<String, IngestStore.ActorName> actors) {
    Map<String, Directory.Known> out = new HashMap<>();
    actors.forEach((k, v) -> out.put(k, new Directory.Known(v.id(), v.displayName(), v.kind())));
    return out;
  }

  private static List<Speaker> outlets(IngestStore.Reads r, Article a, Directory directory) {
    List<Speaker> relays = new ArrayList<>();
    for (String id : a.relayIds()) relays.add(outlet(r, id, null, directory));
    for (String name : a.relayNames()) relays.add(outlet(r, null, name, directory));
    return relays;
  }

  /** A publisher or relay given by ID or by name; a new name becomes a media outlet. */
  private static Speaker outlet(IngestStore.Reads r, String id, String name, Directory directory) {
    if (id != null) {
      var a = r.actorName(id).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", "actors/" + id));
      return Speaker.fresh(a.displayName(), a.kind(), List.of()).withId(a.id());
    }
    if (name == null || name.isBlank()) return null;
    var found = directory.find(Set.of(Names.key(name))).get(Names.key(name));
    return found != null ? Speaker.fresh(found.displayName(), found.kind(), List.of()).withId(found.actorId())
        : Speaker.fresh(name.strip(), ActorKind.MEDIA_OUTLET, List.of());
  }

  /** One ingest inside its transaction, with what it resolved so far. */
  private final class Run {
    final IngestStore.Tx tx;
    final List<String> notes;
    /** The actors resolved so far, by ID, with whether created and their mentions. */
    final Map<String, Resolved> actors = new LinkedHashMap<>();
    final Map<String, String> byIdentity = new HashMap<>();
    final List<Matched> claims = new ArrayList<>();
    final Map<String, Integer> claimIndexById = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    /** What depends on {@link #names}, kept until it changes: its first words, and claim texts' terms. */
    Set<String> firstWords;
    final Map<String, Set<String>> claimTerms = new HashMap<>();

    record Resolved(boolean created, List<String> mentions) {}

    /** A claim as matched, read again for the result once the ingest's stances are in. */
    record Matched(String id, boolean created, String extractedText, double score, String suggestedId,
        double suggestedScore) {}

    Run(IngestStore.Tx tx, List<String> notes) {
      this.tx = tx;
      this.notes = notes;
    }

    /** Folds the alias key {@code key} to actor {@code id} in claim matching. */
    private void name(String key, String id) {
      if (java.util.Objects.equals(names.put(key, id), id)) return;
      firstWords = null;
      claimTerms.clear();
    }

    /** The directory as the transaction sees it; what it finds folds names in claim matching. */
    private Map<String, Directory.Known> lookUp(Set<String> keys) {
      Map<String, Directory.Known> found = known(tx.actorsByAliasKey(keys));
      found.forEach((k, v) -> name(k, v.actorId()));
      return found;
    }

    Result ingest(Article a, String body, String title, Instant published, boolean english, Prepared prepared) {
      Directory directory = this::lookUp;
      Speaker publisher = outlet(tx, a.publisherId(), a.publisherName(), directory);
      List<Speaker> relays = outlets(tx, a, directory);
      Extraction x;
      if (!english) {
        x = new Extraction(List.of(), null, List.of(), List.of());
      } else if (prepared != null && prepared.holds(publisher, relays, tx.directoryVersion(),
          keys -> known(tx.actorsByAliasKey(keys)))) {
        for (Prepared.Lookup l : prepared.lookups()) l.found().forEach((k, v) -> name(k, v.actorId()));
        x = prepared.extraction();
      } else {
        x = extractor.extract(body, directory, publisher, relays);
      }
      notes.addAll(x.notes());
      if (publisher == null) publisher = x.creditedPublisher();
      if (relays.isEmpty()) relays = x.creditedRelays();
      String publisherId = publisher == null ? null : actorFor(publisher, publisher.name());
      List<String> relayIds = new ArrayList<>();
      for (Speaker r : relays) relayIds.add(actorFor(r, r.name()));
      var recorded = tx.createSource(new SourceFields(title, publisherId, published, a.uri(), body, relayIds),
          a.sourceId());
      Source source = recorded.source();
      List<StanceOutcome> stances = new ArrayList<>();
      List<Integer> claimOf = new ArrayList<>();
      for (Statement found : x.statements()) {
        Statement st = found;
        List<String> speakerIds = new ArrayList<>();
        for (Speaker s : st.speakers()) {
          speakerIds.add(actorFor(s, excerptOf(body, st.start(), st.start() + Math.min(80, st.end() - st.start()))));
        }
        int claimIndex;
        // A person recorded this statement already, perhaps on a claim worded otherwise: it is that claim.
        String curatedClaim = null;
        for (int i = 0; i < speakerIds.size() && curatedClaim == null && !st.refersBack(); i++) {
          curatedClaim = curatedClaim(source, body, found, speakerIds.get(i));
        }
        if (curatedClaim != null) {
          claimIndex = indexOf(curatedClaim, st.claimText(), false, 1.0, null, 0);
        } else if (st.refersBack()) {
          claimIndex = claimOf.get(st.refersTo());
        } else {
          claimIndex = -1;
          // The ledger's claim most like this one, searched once: nothing between here and claimFor changes it.
          Match like = st.kind() == StanceKind.ASSERTS ? best(st.claimText(), speakerIds) : null;
          int denied = like != null && like.score() < LINK_THRESHOLD ? deniedClaim(st.claimText()) : -1;
          if (denied >= 0) {
            // "The plant did not release any waste" answers the ledger's "the plant released waste": a denial of it.
            st = st.withKind(StanceKind.DENIES);
            claimIndex = denied;
          }
          if (claimIndex < 0) {
            Match m = like != null ? like : best(st.claimText(), speakerIds);
            // A speaker does not assert and deny one claim in one article: "a faulty update, not a
            // cyberattack, caused the outage" is two claims, however many words they share.
            if (opposesOwnStance(m, speakerIds, st.kind(), stances)) m = new Match(null, 0);
            claimIndex = claimFor(st.claimText(), m);
          }
        }
        claimOf.add(claimIndex);
        String claimId = claims.get(claimIndex).id();
        List<String> chain = new ArrayList<>();
        for (Speaker r : st.relayChain()) chain.add(actorFor(r, r.name()));
        for (String actorId : speakerIds) stances.add(stance(source, body, st, claimId, claimIndex, actorId, chain));
      }
      // Nested statements ("criticism from X over Y" inside Choi's denial) are found after their host.
      stances.sort(java.util.Comparator.comparingInt(o -> o.stance().excerpt().start()));
      return new Result(source, recorded.existing(), actorsNow(), claimsNow(), stances, notes, a.preview());
    }

    /** The actors and claims as they stand with this ingest's stances and aliases in. */
    private List<ActorOutcome> actorsNow() {
      List<ActorOutcome> out = new ArrayList<>();
      actors.forEach((id, r) -> out.add(new ActorOutcome(tx.actor(id).orElseThrow(), r.created(), r.mentions())));
      return out;
    }

    private List<ClaimOutcome> claimsNow() {
      List<ClaimOutcome> out = new ArrayList<>();
      for (Matched m : claims) {
        out.add(new ClaimOutcome(tx.claim(m.id()), m.created(), m.extractedText(), m.score(), m.suggestedId(),
            m.suggestedScore()));
      }
      return out;
    }

    private StanceOutcome stance(Source source, String body, Statement st, String claimId, int claimIndex,
        String actorId, List<String> chain) {
      int start = body.codePointCount(0, st.start());
      String text = excerptOf(body, st.start(), st.end());
      int end = start + text.codePointCount(0, text.length());
      var existing = tx.overlappingStance(source.id(), claimId, actorId, start, end);
      if (existing.isPresent()) return new StanceOutcome(existing.get(), false, existing.get(), st.cue(), claimIndex);
      List<String> relays = chain.stream().filter(r -> !r.equals(actorId)).distinct().limit(10).toList();
      Stance created = tx.createStance(new StanceFields(claimId, actorId, st.kind(), source.id(),
          new Excerpt(text, start, end), relays, null, StanceOrigin.EXTRACTED), Extractor.VERSION, st.confidence());
      return new StanceOutcome(created, true, null, st.cue(), claimIndex);
    }

    /**
     * The claim of the manual (curated) stance the actor already has on this statement in this
     * source, with a kind of the same family as the statement read, or null: the ingest then keeps
     * that stance and its claim, whatever the claim's wording.
     */
    private String curatedClaim(Source source, String body, Statement st, String actorId) {
      int start = body.codePointCount(0, st.start());
      int end = start + excerptOf(body, st.start(), st.end()).codePointCount(0, excerptOf(body, st.start(), st.end()).length());
      return tx.curatedStance(source.id(), actorId, st.kind(), start, end).map(s -> s.ref().claimId()).orElse(null);
    }

    /** The ledger claim most like a text, and how like it (null and 0 when none shares a word). */
    private record Match(IngestStore.Candidate claim, double score) {}

    private Match best(String text) {
      return best(text, List.of());
    }

    /** {@link #best(String)}, a claim one of {@code speakerIds} took a position on counting {@link #SAME_SPEAKER_BONUS} more. */
    private Match best(String text, List<String> speakerIds) {
      if (firstWords == null) firstWords = ClaimSimilarity.firstWords(names);
      Set<String> terms = ClaimSimilarity.terms(ClaimSimilarity.words(text), names, firstWords);
      IngestStore.Candidate best = null;
      double bestScore = 0;
      for (IngestStore.Candidate c : tx.similarClaims(ClaimSimilarity.searchWords(text), CANDIDATES)) {
        Set<String> claim = claimTerms.get(c.text());
        if (claim == null) {
          claim = ClaimSimilarity.terms(wordsOf(c.text()), names, firstWords);
          claimTerms.put(c.text(), claim);
        }
        double s = ClaimSimilarity.score(terms, claim);
        // Only where it can matter: near the link threshold, and not for a claim with no words in common.
        if (s >= LINK_THRESHOLD - SAME_SPEAKER_BONUS && s < LINK_THRESHOLD && s > bestScore) {
          for (String speaker : speakerIds) {
            if (tx.hasPosition(c.id(), speaker)) {
              s = Math.min(1.0, s + SAME_SPEAKER_BONUS);
              break;
            }
          }
        }
        if (s > bestScore) {
          best = c;
          bestScore = s;
        }
      }
      return new Match(best, bestScore);
    }

    /** Whether one of the speakers took the opposite side of {@code m}'s claim earlier in this article. */
    private boolean opposesOwnStance(Match m, List<String> speakerIds, StanceKind kind, List<StanceOutcome> stances) {
      if (m.claim() == null) return false;
      Integer index = claimIndexById.get(m.claim().id());
      if (index == null) return false;
      boolean denies = kind == StanceKind.DENIES;
      for (StanceOutcome o : stances) {
        if (o.claimIndex() != index || !speakerIds.contains(o.stance().actorId())) continue;
        StanceKind k = o.stance().kind();
        if (k == StanceKind.DECLINES_TO_COMMENT || kind == StanceKind.DECLINES_TO_COMMENT) continue;
        if ((k == StanceKind.DENIES) != denies) return true;
      }
      return false;
    }

    /** The existing claim a negated statement says the opposite of, or -1. */
    private int deniedClaim(String text) {
      String positive = ClaimSimilarity.withoutNegation(text);
      if (positive == null) return -1;
      Match m = best(positive);
      return m.score() >= LINK_THRESHOLD ? indexOf(m.claim().id(), text, false, m.score(), null, 0) : -1;
    }

    /**
     * The claim a statement is about: an existing one it says again, or a new one. {@code m} is
     * {@link #best} of the text; a claim the ledger already holds saying it (a negative claim is kept
     * as one, once recorded) is linked.
     */
    private int claimFor(String text, Match m) {
      IngestStore.Candidate best = m.claim();
      double bestScore = m.score();
      if (best != null && bestScore >= LINK_THRESHOLD) return indexOf(best.id(), text, false, bestScore, null, 0);
      Claim created;
      try {
        created = tx.createClaim(text, "");
      } catch (LedgerError e) {
        // The text of a claim the search did not offer: merged away (out of the search), so its survivor.
        if (!"CLAIM_ALREADY_EXISTS".equals(e.reason())) throw e;
        Claim holder = tx.liveClaimWithText(text).orElseThrow(() -> e);
        return indexOf(holder.id(), text, false, 1.0, null, 0);
      }
      boolean suggest = best != null && bestScore >= SUGGEST_THRESHOLD;
      if (suggest) tx.suggestMatch(created.id(), best.id(), bestScore);
      return indexOf(created.id(), text, true, 1.0, suggest ? best.id() : null, suggest ? bestScore : 0);
    }

    private int indexOf(String claimId, String text, boolean created, double score, String suggestedId,
        double suggestedScore) {
      Integer known = claimIndexById.get(claimId);
      if (known != null) return known;
      claims.add(new Matched(claimId, created, text, score, suggestedId, suggestedScore));
      claimIndexById.put(claimId, claims.size() - 1);
      return claims.size() - 1;
    }

    /**
     * The actor ID of a speaker: known, created before in this article, or created now with its
     * aliases and affiliation.
     */
    private String actorFor(Speaker s, String mention) {
      String identity = s.isNew() ? Names.key(s.name()) : "id:" + s.actorId();
      String id = byIdentity.get(identity);
      boolean created = false;
      if (id == null && !s.isNew()) {
        id = tx.actorName(s.actorId()).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND",
            "actors/" + s.actorId())).id();
      }
      if (id == null) {
        var known = tx.actorsByAliasKey(List.of(Names.key(s.name()))).get(Names.key(s.name()));
        if (known != null) {
          id = known.id();
        } else {
          id = tx.createActor(new ActorFields(s.name(), s.kind(), List.of(), "")).id();
          for (String alias : s.aliases()) tx.addAlias(id, alias);
          created = true;
        }
      }
      byIdentity.put(identity, id);
      name(Names.key(s.name()), id);
      if (s.organization() != null && s.role() != null) {
        String org = actorFor(s.organization(), s.organization().name());
        tx.affiliate(id, org, s.role(), s.title());
      }
      Resolved prior = actors.get(id);
      List<String> mentions = new ArrayList<>(prior == null ? List.of() : prior.mentions());
      if (mention != null && mentions.size() < 5 && !mentions.contains(s.name())) mentions.add(s.name());
      actors.put(id, new Resolved(created || (prior != null && prior.created()), mentions));
      return id;
    }
  }

  private ClaimSimilarity.Words wordsOf(String claimText) {
    ClaimSimilarity.Words w = claimWords.get(claimText);
    if (w == null) {
      w = ClaimSimilarity.words(claimText);
      claimWords.put(claimText, w);
    }
    return w;
  }

  private static String excerptOf(String body, int start, int end) {
    String text = body.substring(start, end);
    if (text.length() > EXCERPT_MAX) text = text.substring(0, EXCERPT_MAX);
    if (Character.isHighSurrogate(text.charAt(text.length() - 1))) text = text.substring(0, text.length() - 1);
    return text;
  }
}
