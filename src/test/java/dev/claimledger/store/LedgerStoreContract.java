package dev.claimledger.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.domain.*;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.SourceStore.SourceFields;
import dev.claimledger.store.StanceStore.StanceFields;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every ledger store implementation must meet, written against the store
 * interfaces only. A backend's test extends this class and says how to open it.
 */
public abstract class LedgerStoreContract {

  /** The stores of one backend, opened on a folder. */
  public record Stores(ActorStore actors, SourceStore sources, ClaimStore claims, StanceStore stances,
      LedgerQueries queries, AutoCloseable closer) {}

  protected abstract Stores open(Path dir) throws Exception;

  @TempDir Path dir;
  Stores s;

  @BeforeEach
  void openStores() throws Exception {
    s = open(dir);
  }

  @AfterEach
  void closeStores() throws Exception {
    s.closer().close();
  }

  private Actor actor(String id, ActorKind kind, String... aliases) {
    return s.actors().create(new ActorFields(id.toUpperCase(Locale.ROOT), kind, List.of(aliases), ""), id);
  }

  private String source(String id, String text, Instant published) {
    return s.sources().create(new SourceFields("title " + id, null, published, null, text, List.of()), id).source().id();
  }

  private Stance stance(String claim, String actor, StanceKind kind, String source, String excerpt) {
    return s.stances().create(new StanceFields(claim, actor, kind, source, new Excerpt(excerpt, 0, 0), List.of(), null,
        StanceOrigin.MANUAL), null);
  }

  @Test
  void createActor_thenGetAndLookupByAnySpelling() {
    actor("choe", ActorKind.PERSON, "Choi Seong-hee");
    assertEquals("CHOE", s.actors().get("choe").orElseThrow().displayName());
    assertEquals("choe", s.actors().lookup("choi seong hee").orElseThrow().actor().id());
    assertEquals("choe", s.actors().lookup("CHOE").orElseThrow().actor().id());
    assertTrue(s.actors().lookup("nobody").isEmpty());
  }

  @Test
  void createActor_aliasHeldByAnother_failsAndWritesNothing() {
    actor("russia", ActorKind.STATE, "Moscow");
    LedgerError e = assertThrows(LedgerError.class, () -> actor("moscow-city", ActorKind.ORGANIZATION, "moscow"));
    assertEquals("ALIAS_IN_USE", e.reason());
    assertTrue(s.actors().get("moscow-city").isEmpty());
  }

  @Test
  void createActor_withoutId_derivesReadableUniqueIds() {
    Actor a = s.actors().create(new ActorFields("Artyom Lukin", ActorKind.PERSON, List.of(), ""), null);
    Actor b = s.actors().create(new ActorFields("Artyom Lukín", ActorKind.PERSON, List.of(), ""), null);
    assertEquals("artyom-lukin", a.id());
    assertEquals("artyom-lukin-2", b.id());
  }

  @Test
  void createSource_sameTextOrUri_returnsExisting() {
    var first = s.sources().create(new SourceFields("t", null, null, "https://x.test/a", "body", List.of()), null);
    var sameText = s.sources().create(new SourceFields("other", null, null, null, "body", List.of()), null);
    var sameUri = s.sources().create(new SourceFields("t", null, null, "https://x.test/a", "other body", List.of()), null);
    assertFalse(first.existing());
    assertTrue(sameText.existing());
    assertTrue(sameUri.existing());
    assertEquals(first.source().id(), sameText.source().id());
    assertEquals(first.source().id(), sameUri.source().id());
    assertEquals(1, s.sources().list(new SourceStore.SourceFilter(null, null, false, null, false), false,
        PageRequest.first(10)).items().size());
  }

  @Test
  void createClaim_sameTextIgnoringCaseAndPunctuation_alreadyExists() {
    s.claims().create("Russia uses missiles.", "", "c1");
    LedgerError e = assertThrows(LedgerError.class, () -> s.claims().create("russia USES missiles", "", null));
    assertEquals("CLAIM_ALREADY_EXISTS", e.reason());
    assertEquals("claims/c1", e.metadata().get("existing"));
  }

  @Test
  void createStance_missingReferences_notFoundAndNothingWritten() {
    actor("a", ActorKind.STATE);
    s.claims().create("c", "", "c");
    String src = source("s", "some text here", null);
    assertEquals("CLAIM_NOT_FOUND", assertThrows(LedgerError.class,
        () -> stance("nope", "a", StanceKind.ASSERTS, src, "text")).reason());
    assertEquals("ACTOR_NOT_FOUND", assertThrows(LedgerError.class,
        () -> stance("c", "nope", StanceKind.ASSERTS, src, "text")).reason());
    assertEquals("SOURCE_NOT_FOUND", assertThrows(LedgerError.class,
        () -> stance("c", "a", StanceKind.ASSERTS, "nope", "text")).reason());
    assertEquals("EXCERPT_NOT_IN_SOURCE", assertThrows(LedgerError.class,
        () -> stance("c", "a", StanceKind.ASSERTS, src, "absent words")).reason());
    assertEquals(0, s.claims().get("c").orElseThrow().summary().stanceCount());
    assertTrue(s.stances().list(null, new StanceStore.StanceFilter(null, null, null, true, null),
        PageRequest.first(10)).items().isEmpty());
  }

  @Test
  void assertAndDeny_byDifferentActors_contestedWithBothSides() {
    actor("us", ActorKind.STATE);
    actor("ru", ActorKind.STATE);
    s.claims().create("Missiles are used.", "", "m");
    String src = source("s", "The U.S. alleged it. Moscow denied it.", Instant.parse("2024-01-15T00:00:00Z"));
    stance("m", "us", StanceKind.ASSERTS, src, "The U.S. alleged it.");
    assertFalse(s.claims().get("m").orElseThrow().summary().contested());
    stance("m", "ru", StanceKind.DENIES, src, "Moscow denied it.");
    ClaimSummary summary = s.claims().get("m").orElseThrow().summary();
    assertTrue(summary.contested());
    assertEquals(Instant.parse("2024-01-15T00:00:00Z"), summary.contestedTime());
    var page = s.queries().contestedClaims(new ContestedFilter(null, null, null, false, null, false), PageRequest.first(10));
    assertEquals(1, page.items().size());
    assertEquals("us", page.items().get(0).supporting().get(0).stance().actorId());
    assertEquals("ru", page.items().get(0).denying().get(0).stance().actorId());
  }

  @Test
  void supersede_removesOldStanceFromContest() {
    actor("us", ActorKind.STATE);
    actor("ru", ActorKind.STATE);
    s.claims().create("Missiles are used.", "", "m");
    String src = source("s", "The U.S. alleged it. Moscow denied it. Moscow declined to comment.", null);
    stance("m", "us", StanceKind.ASSERTS, src, "The U.S. alleged it.");
    Stance denial = stance("m", "ru", StanceKind.DENIES, src, "Moscow denied it.");
    var both = s.stances().supersede(denial.ref(), new StanceFields("m", "ru", StanceKind.DECLINES_TO_COMMENT, src,
        new Excerpt("Moscow declined to comment.", 0, 0), List.of(), null, StanceOrigin.MANUAL), "misread", null);
    assertEquals(denial.ref(), both.get(0).supersedes());
    assertEquals(both.get(0).ref(), both.get(1).supersededBy());
    assertFalse(s.claims().get("m").orElseThrow().summary().contested());
    assertEquals("STANCE_ALREADY_SUPERSEDED", assertThrows(LedgerError.class, () -> s.stances().supersede(denial.ref(),
        new StanceFields("m", "ru", StanceKind.DENIES, src, new Excerpt("Moscow denied it.", 0, 0), List.of(), null,
            StanceOrigin.MANUAL), "again", null)).reason());
  }

  @Test
  void merge_movesPositionsAndAliasesToSurvivor() {
    actor("us", ActorKind.STATE);
    actor("choe", ActorKind.PERSON, "Choe Son Hui");
    actor("choi", ActorKind.PERSON, "Choi Seong-hee");
    s.claims().create("Arms transfers happened.", "", "arms");
    String src = source("s", "The U.S. criticised transfers. Choe rebuffed it. Choi rejected it.", null);
    stance("arms", "us", StanceKind.ASSERTS, src, "The U.S. criticised transfers.");
    stance("arms", "choe", StanceKind.DENIES, src, "Choe rebuffed it.");
    stance("arms", "choi", StanceKind.DENIES, src, "Choi rejected it.");
    assertEquals(2, s.claims().get("arms").orElseThrow().summary().denyingActorCount());
    var result = s.actors().merge("choi", "choe", "same person");
    assertEquals("choe", result.get(1).mergedInto());
    assertEquals(1, s.claims().get("arms").orElseThrow().summary().denyingActorCount());
    assertEquals("choe", s.actors().lookup("Choi Seong-hee").orElseThrow().actor().id());
    var attribution = s.queries().claimAttribution("arms", false, PageRequest.first(10));
    assertEquals(2, attribution.actors().items().size());
    assertEquals(2, attribution.actors().items().get(1).stances().size());
  }

  @Test
  void listClaims_keysetPagination_visitsEachOnceInOrder() {
    for (int i = 0; i < 7; i++) s.claims().create("claim number " + i, "", "c" + i);
    List<String> seen = new ArrayList<>();
    PageRequest page = PageRequest.first(3);
    while (true) {
      Page<Claim> p = s.claims().list(null, page);
      p.items().forEach(c -> seen.add(c.id()));
      if (p.next() == null) break;
      page = new PageRequest(3, p.next());
    }
    assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6"), seen);
  }

  /**
   * The maintained contradiction indexes agree with a brute-force recomputation from every
   * stance, after a random mix of writes, supersessions and merges.
   */
  @Test
  void contradictionIndexes_afterRandomWrites_matchBruteForce() {
    Random random = new Random(42);
    int actors = 6;
    int claims = 8;
    for (int a = 0; a < actors; a++) actor("a" + a, ActorKind.PERSON);
    for (int c = 0; c < claims; c++) s.claims().create("claim " + c, "", "c" + c);
    String[] sources = new String[3];
    StringBuilder text = new StringBuilder();
    for (StanceKind k : StanceKind.values()) text.append(k.name()).append(". ");
    for (int i = 0; i < 3; i++) sources[i] = source("s" + i, text + " source " + i, Instant.ofEpochSecond(1000L * i));
    List<Stance> written = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      StanceKind kind = StanceKind.values()[random.nextInt(StanceKind.values().length)];
      StanceFields f = new StanceFields("c" + random.nextInt(claims), "a" + random.nextInt(actors), kind,
          sources[random.nextInt(3)], new Excerpt(kind.name() + ".", 0, 0), List.of(), null, StanceOrigin.MANUAL);
      if (!written.isEmpty() && random.nextInt(6) == 0) {
        Stance old = written.get(random.nextInt(written.size()));
        try {
          s.stances().supersede(old.ref(), f, "correction", null);
        } catch (LedgerError e) {
          assertEquals("STANCE_ALREADY_SUPERSEDED", e.reason());
        }
      } else {
        written.add(s.stances().create(f, null));
      }
      if (i == 60) s.actors().merge("a5", "a4", "same");
    }
    // Brute force over every stance in force.
    Map<String, Map<String, List<Stance>>> byClaimActor = new TreeMap<>();
    Page<Stance> p = s.stances().list(null, new StanceStore.StanceFilter(null, null, null, true, false),
        PageRequest.first(1000));
    for (Stance st : p.items()) {
      byClaimActor.computeIfAbsent(st.ref().claimId(), k -> new TreeMap<>())
          .computeIfAbsent(st.resolvedActorId(), k -> new ArrayList<>()).add(st);
    }
    Set<String> expectedContested = new TreeSet<>();
    Set<String> expectedConflicts = new TreeSet<>();
    for (var claim : byClaimActor.entrySet()) {
      Set<String> supporters = new HashSet<>();
      Set<String> deniers = new HashSet<>();
      for (var actor : claim.getValue().entrySet()) {
        List<Position.Fact> facts = new ArrayList<>();
        long seq = 0;
        for (Stance st : actor.getValue()) {
          facts.add(new Position.Fact(seq++, st.kind(), Long.parseLong(st.sourceId().substring(1)), 0));
        }
        Position pos = Position.of(facts);
        if (pos.supports()) supporters.add(actor.getKey());
        if (pos.denies()) deniers.add(actor.getKey());
        if (pos.conflicting()) expectedConflicts.add(claim.getKey() + "/" + actor.getKey());
      }
      boolean contested = supporters.stream().anyMatch(x -> deniers.stream().anyMatch(y -> !y.equals(x)));
      if (contested) expectedContested.add(claim.getKey());
      assertEquals(contested, s.claims().get(claim.getKey()).orElseThrow().summary().contested(), claim.getKey());
    }
    Set<String> actualContested = new TreeSet<>();
    s.queries().contestedClaims(new ContestedFilter(null, null, null, false, null, false), PageRequest.first(100))
        .items().forEach(c -> actualContested.add(c.claim().id()));
    assertEquals(expectedContested, actualContested);
    Set<String> actualConflicts = new TreeSet<>();
    s.queries().conflictingReports(null, null, PageRequest.first(100)).items()
        .forEach(r -> actualConflicts.add(r.claim().id() + "/" + r.actor().id()));
    assertEquals(expectedConflicts, actualConflicts);
    assertFalse(expectedContested.isEmpty(), "the random ledger should contest something");
  }
}
