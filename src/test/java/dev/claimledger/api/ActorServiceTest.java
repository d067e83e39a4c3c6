package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ActorService through the in-process server on a real SQLite file. */
class ActorServiceTest {
  private static final ActorKind PERSON = ActorKind.ACTOR_KIND_PERSON;
  private static final ActorKind STATE = ActorKind.ACTOR_KIND_STATE;
  private static final ActorKind ORG = ActorKind.ACTOR_KIND_ORGANIZATION;

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  private static CreateActorRequest.Builder create(String id, String displayName, ActorKind kind, String... aliases) {
    return CreateActorRequest.newBuilder().setActorId(id)
        .setActor(Actor.newBuilder().setDisplayName(displayName).setKind(kind).addAllAliases(List.of(aliases)));
  }

  private Actor get(String name) {
    return f.actors.getActor(GetActorRequest.newBuilder().setName(name).build()).getActor();
  }

  private List<Actor> allActors() {
    return f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1000).build()).getActorsList();
  }

  private List<String> names(List<Actor> actors) {
    return actors.stream().map(Actor::getName).toList();
  }

  private List<String> listActorNames(String filter) {
    return names(f.actors.listActors(ListActorsRequest.newBuilder().setFilter(filter).build()).getActorsList());
  }

  private LookupActorResponse lookup(String alias) {
    return f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias(alias).build());
  }

  private MergeActorsResponse merge(String name, String into) {
    return f.actors.mergeActors(MergeActorsRequest.newBuilder().setName(name).setInto(into).setReason("same person").build());
  }

  private UpdateActorResponse update(Actor actor, String... paths) {
    return f.actors.updateActor(UpdateActorRequest.newBuilder().setActor(actor)
        .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths))).build());
  }

  private CreateAffiliationRequest.Builder affiliation(String member, String org, AffiliationRole role) {
    return CreateAffiliationRequest.newBuilder().setParent(member)
        .setAffiliation(Affiliation.newBuilder().setOrganization(org).setRole(role));
  }

  private List<Affiliation> affiliations(String parent, String filter) {
    return f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent(parent).setFilter(filter).build())
        .getAffiliationsList();
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- CreateActor ----

  @Test
  void createActor_valid_returnsAllFields() {
    Actor a = f.actors.createActor(CreateActorRequest.newBuilder().setActorId("choe-son-hui")
        .setActor(Actor.newBuilder().setDisplayName("Choe Son Hui").setKind(PERSON)
            .addAliases("Choi Seong-hee").addAliases("Choe").setDescription("Foreign Minister of North Korea."))
        .build()).getActor();
    assertEquals("actors/choe-son-hui", a.getName());
    assertEquals("Choe Son Hui", a.getDisplayName());
    assertEquals(PERSON, a.getKind());
    assertEquals(List.of("Choi Seong-hee", "Choe"), a.getAliasesList());
    assertEquals("Foreign Minister of North Korea.", a.getDescription());
    assertEquals("", a.getMergedInto());
    assertTrue(a.hasCreateTime());
    assertEquals(a.getCreateTime(), a.getUpdateTime());
    assertEquals(a, get("actors/choe-son-hui"));
  }

  @Test
  void createActor_noActorId_derivesValidIdFromDisplayName() {
    Actor a = f.actors.createActor(create("", "Artyom Lukin", PERSON).build()).getActor();
    assertEquals("actors/artyom-lukin", a.getName());
    Actor us = f.actors.createActor(create("", "U.S.", STATE).build()).getActor();
    assertEquals("actors/us", us.getName());
    Actor second = f.actors.createActor(create("", "Artyom Lukin (analyst)", PERSON).build()).getActor();
    assertTrue(second.getName().matches("actors/[a-z]([a-z0-9-]{0,61}[a-z0-9])?"), second.getName());
    assertNotEquals(a.getName(), second.getName());
  }

  @Test
  void createActor_actorIdTaken_alreadyExistsActorAlreadyExists() {
    f.actor("russia", "Russia", STATE);
    assertError(Status.Code.ALREADY_EXISTS, "ACTOR_ALREADY_EXISTS",
        () -> f.actors.createActor(create("russia", "Russian Federation", STATE).build()));
    assertEquals(1, allActors().size());
  }

  @Test
  void createActor_aliasTakenByAnotherActor_alreadyExistsAliasInUse() {
    f.actor("russia", "Russia", STATE, "Moscow");
    var e = assertError(Status.Code.ALREADY_EXISTS, "ALIAS_IN_USE",
        () -> f.actors.createActor(create("kremlin", "Kremlin", ORG, "The Kremlin", "moscow").build()));
    assertEquals("actors/russia", errorInfo(e).getMetadataOrThrow("actor"));
    assertEquals(List.of("actors/russia"), names(allActors()));
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("The Kremlin"));
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("Kremlin"));
  }

  @Test
  void createActor_displayNameIsAnotherActorsAliasIgnoringCaseAndDots_alreadyExistsAliasInUse() {
    f.actor("united-states", "United States", STATE, "US");
    assertError(Status.Code.ALREADY_EXISTS, "ALIAS_IN_USE",
        () -> f.actors.createActor(create("usa", "u.s.", STATE).build()));
    assertEquals(1, allActors().size());
  }

  @Test
  void createActor_emptyDisplayName_invalidArgumentDisplayName() {
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(create("a", "", PERSON).build()), "actor.display_name");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(create("a", "   ", PERSON).build()), "actor.display_name");
    assertTrue(allActors().isEmpty());
  }

  @Test
  void createActor_oversizedFields_invalidArgumentNamingEachField() {
    Actor actor = Actor.newBuilder().setDisplayName("x".repeat(201)).setKind(PERSON)
        .addAliases("ok").addAliases("y".repeat(201)).addAliases("")
        .setDescription("z".repeat(2001)).build();
    assertInvalid("INVALID_ARGUMENT",
        () -> f.actors.createActor(CreateActorRequest.newBuilder().setActor(actor).build()),
        "actor.display_name", "actor.aliases[1]", "actor.aliases[2]", "actor.description");
    assertTrue(allActors().isEmpty());
  }

  @Test
  void createActor_tooManyAliases_invalidArgumentAliases() {
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < 101; i++) aliases.add("alias " + i);
    assertInvalid("INVALID_ARGUMENT",
        () -> f.actors.createActor(create("a", "A", PERSON, aliases.toArray(String[]::new)).build()), "actor.aliases");
    assertTrue(allActors().isEmpty());
  }

  @Test
  void createActor_kindUnspecifiedOrUnknown_invalidArgumentKind() {
    for (int kind : new int[] {0, 99}) {
      var req = CreateActorRequest.newBuilder().setActorId("a")
          .setActor(Actor.newBuilder().setDisplayName("A").setKindValue(kind)).build();
      assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(req), "actor.kind");
    }
    assertTrue(allActors().isEmpty());
  }

  @Test
  void createActor_badActorId_invalidArgumentActorId() {
    for (String id : new String[] {"Bad_ID", "Bad", "1abc", "abc-", "a".repeat(64), "a b"}) {
      assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(create(id, "A", PERSON).build()), "actor_id");
    }
    assertTrue(allActors().isEmpty());
  }

  @Test
  void createActor_missingActor_invalidArgument() {
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(CreateActorRequest.getDefaultInstance()), "actor");
    assertTrue(allActors().isEmpty());
  }

  // ---- GetActor ----

  @Test
  void getActor_existing_returnsActor() {
    Actor created = f.actor("russia", "Russia", STATE, "Moscow");
    assertEquals(created, get("actors/russia"));
  }

  @Test
  void getActor_malformedName_invalidArgumentName() {
    for (String name : new String[] {"", "actors/Bad_ID", "actors/", "foo/bar", "russia", "actors/russia/x"}) {
      assertInvalid("INVALID_ARGUMENT", () -> get(name), "name");
    }
  }

  @Test
  void getActor_unknown_notFoundActorNotFound() {
    var e = assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> get("actors/nobody"));
    assertEquals("actors/nobody", errorInfo(e).getMetadataOrThrow("resource"));
  }

  @Test
  void getActor_mergedActor_returnsMergedInto() {
    f.actor("a", "Choe Son Hui", PERSON);
    f.actor("b", "Choi Seong-hee", PERSON);
    merge("actors/a", "actors/b");
    Actor a = get("actors/a");
    assertEquals("actors/b", a.getMergedInto());
    assertEquals("Choe Son Hui", a.getDisplayName());
    assertEquals("", get("actors/b").getMergedInto());
  }

  // ---- ListActors ----

  @Test
  void listActors_pages_creationOrderWithoutDuplicates() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) expected.add(f.actor("actor-" + (char) ('g' - i), "Actor " + i, PERSON).getName());
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var page = f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(3).setPageToken(token).build());
      sizes.add(page.getActorsCount());
      seen.addAll(names(page.getActorsList()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(3, 3, 1), sizes);
    assertEquals(expected, seen);
  }

  @Test
  void listActors_pageSizeAboveMaximum_acceptedAndClamped() {
    f.actor("a", "A", PERSON);
    f.actor("b", "B", PERSON);
    var page = f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(100_000).build());
    assertEquals(List.of("actors/a", "actors/b"), names(page.getActorsList()));
    assertEquals("", page.getNextPageToken());
  }

  @Test
  void listActors_filterKindAndMerged_filters() {
    f.actor("russia", "Russia", STATE);
    f.actor("lukin", "Artyom Lukin", PERSON);
    f.actor("moscow", "Moscow", STATE);
    merge("actors/moscow", "actors/russia");
    assertEquals(List.of("actors/russia", "actors/moscow"), listActorNames("kind = ACTOR_KIND_STATE"));
    assertEquals(List.of("actors/russia", "actors/moscow"), listActorNames("kind = STATE"));
    assertEquals(List.of("actors/lukin"), listActorNames("kind != ACTOR_KIND_STATE"));
    assertEquals(List.of("actors/moscow"), listActorNames("merged = true"));
    assertEquals(List.of("actors/russia", "actors/lukin"), listActorNames("merged = false"));
    assertEquals(List.of("actors/russia"), listActorNames("kind = STATE AND merged = false"));
  }

  @Test
  void listActors_negativePageSize_invalidArgumentPageSize() {
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(-1).build()),
        "page_size");
  }

  @Test
  void listActors_forgedPageToken_invalidPageToken() {
    for (int i = 0; i < 3; i++) f.actor("actor-" + (char) ('a' + i), "Actor " + i, PERSON);
    String token = f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1).build()).getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN",
          () -> f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1).setPageToken(bad).build()),
          "page_token");
    }
  }

  @Test
  void listActors_tokenReusedWithOtherFilter_invalidPageToken() {
    for (int i = 0; i < 3; i++) f.actor("actor-" + (char) ('a' + i), "Actor " + i, PERSON);
    String token = f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1).setFilter("kind = PERSON").build())
        .getNextPageToken();
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1)
        .setFilter("kind = STATE").setPageToken(token).build()), "page_token");
  }

  @Test
  void listActors_invalidFilter_invalidFilter() {
    for (String filter : new String[] {"name = \"x\"", "kind < STATE", "kind = \"STATE", "kind = STATE OR kind = PERSON",
        "kind = BOGUS", "merged = maybe", "kind =", "(kind = STATE)"}) {
      assertInvalid("INVALID_FILTER",
          () -> f.actors.listActors(ListActorsRequest.newBuilder().setFilter(filter).build()), "filter");
    }
  }

  // ---- UpdateActor ----

  @Test
  void updateActor_displayNameAndAliases_replacesThemAndKeepsOthers() {
    Actor a = f.actor("lukin", "Artyom Lukin", PERSON, "Lukin", "A. Lukin");
    Actor updated = update(Actor.newBuilder().setName("actors/lukin").setDisplayName("Artyom L. Lukin")
        .addAliases("Prof. Lukin").setKind(STATE).setDescription("ignored").build(), "display_name", "aliases")
        .getActor();
    assertEquals("actors/lukin", updated.getName());
    assertEquals("Artyom L. Lukin", updated.getDisplayName());
    assertEquals(List.of("Prof. Lukin"), updated.getAliasesList());
    assertEquals(PERSON, updated.getKind());
    assertEquals("", updated.getDescription());
    assertEquals(a.getCreateTime(), updated.getCreateTime());
    assertTrue(com.google.protobuf.util.Timestamps.compare(updated.getUpdateTime(), a.getUpdateTime()) >= 0);
    assertEquals(updated, get("actors/lukin"));
    assertEquals("actors/lukin", lookup("prof lukin").getActor().getName());
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("A. Lukin"));
  }

  @Test
  void updateActor_kindAndDescription_updatesOnlyThose() {
    f.actor("kcna", "KCNA", ORG, "Korean Central News Agency");
    Actor updated = update(Actor.newBuilder().setName("actors/kcna").setKind(ActorKind.ACTOR_KIND_MEDIA_OUTLET)
        .setDescription("State news agency of North Korea.").build(), "kind", "description").getActor();
    assertEquals(ActorKind.ACTOR_KIND_MEDIA_OUTLET, updated.getKind());
    assertEquals("State news agency of North Korea.", updated.getDescription());
    assertEquals("KCNA", updated.getDisplayName());
    assertEquals(List.of("Korean Central News Agency"), updated.getAliasesList());
  }

  @Test
  void updateActor_badMaskPath_invalidArgumentUpdateMask() {
    Actor a = f.actor("lukin", "Artyom Lukin", PERSON);
    for (String path : new String[] {"name", "merged_into", "create_time", "bogus"}) {
      assertInvalid("INVALID_ARGUMENT", () -> update(a.toBuilder().setDisplayName("X").build(), "display_name", path),
          "update_mask");
    }
    assertInvalid("INVALID_ARGUMENT", () -> update(a), "update_mask");
    assertEquals(a, get("actors/lukin"));
  }

  @Test
  void updateActor_invalidFieldInMask_invalidArgumentField() {
    Actor a = f.actor("lukin", "Artyom Lukin", PERSON);
    assertInvalid("INVALID_ARGUMENT", () -> update(a.toBuilder().setDisplayName("").build(), "display_name"),
        "actor.display_name");
    assertInvalid("INVALID_ARGUMENT", () -> update(a.toBuilder().setKindValue(0).build(), "kind"), "actor.kind");
    assertInvalid("INVALID_ARGUMENT", () -> update(a.toBuilder().setKindValue(99).build(), "kind"), "actor.kind");
    assertInvalid("INVALID_ARGUMENT", () -> update(a.toBuilder().addAliases("q".repeat(201)).build(), "aliases"),
        "actor.aliases[0]");
    assertEquals(a, get("actors/lukin"));
  }

  @Test
  void updateActor_malformedName_invalidArgumentActorName() {
    assertInvalid("INVALID_ARGUMENT",
        () -> update(Actor.newBuilder().setName("actors/Bad_ID").setDisplayName("X").build(), "display_name"),
        "actor.name");
  }

  @Test
  void updateActor_unknown_notFoundActorNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> update(Actor.newBuilder().setName("actors/nobody").setDisplayName("X").build(), "display_name"));
  }

  @Test
  void updateActor_aliasOfAnotherActor_alreadyExistsAliasInUseAndNothingChanged() {
    f.actor("russia", "Russia", STATE, "Moscow");
    Actor a = f.actor("kremlin", "Kremlin", ORG, "The Kremlin");
    assertError(Status.Code.ALREADY_EXISTS, "ALIAS_IN_USE",
        () -> update(a.toBuilder().clearAliases().addAliases("Kremlin Palace").addAliases("MOSCOW").build(), "aliases"));
    assertEquals(a, get("actors/kremlin"));
    assertEquals("actors/kremlin", lookup("the kremlin").getActor().getName());
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("Kremlin Palace"));
  }

  @Test
  void updateActor_mergedActor_failedPreconditionActorMerged() {
    Actor a = f.actor("a", "Choe Son Hui", PERSON);
    f.actor("b", "Choi Seong-hee", PERSON);
    merge("actors/a", "actors/b");
    Actor merged = get("actors/a");
    var e = assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED",
        () -> update(a.toBuilder().setDescription("changed").build(), "description"));
    assertEquals("actors/b", errorInfo(e).getMetadataOrThrow("merged_into"));
    assertEquals(merged, get("actors/a"));
  }

  // ---- LookupActor ----

  @Test
  void lookupActor_caseAndPunctuationIgnored_findsActorWithOriginalAlias() {
    f.actor("choe-son-hui", "Choe Son Hui", PERSON, "Choi Seong-hee");
    f.actor("united-states", "United States", STATE, "US");
    var hit = lookup("choi seong-hee");
    assertEquals("actors/choe-son-hui", hit.getActor().getName());
    assertEquals("Choi Seong-hee", hit.getMatchedAlias());
    assertEquals("Choi Seong-hee", lookup("CHOI SEONG HEE").getMatchedAlias());
    var us = lookup("u.s.");
    assertEquals("actors/united-states", us.getActor().getName());
    assertEquals("US", us.getMatchedAlias());
    var byDisplayName = lookup("united states");
    assertEquals("actors/united-states", byDisplayName.getActor().getName());
    assertEquals("United States", byDisplayName.getMatchedAlias());
  }

  @Test
  void lookupActor_leadingArticle_findsTheNameWithoutIt_butAnAliasWithItWins() {
    f.actor("greens", "Greens", ORG);
    f.actor("us-and-allies", "the U.S. and its allies", ActorKind.ACTOR_KIND_COALITION);
    assertEquals("actors/greens", lookup("the Greens").getActor().getName());
    assertEquals("actors/greens", lookup("The Greens").getActor().getName());
    assertEquals("actors/us-and-allies", lookup("the U.S. and its allies").getActor().getName());
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("the Reds"));
  }

  @Test
  void lookupActor_unknownAlias_notFoundAliasNotFound() {
    f.actor("russia", "Russia", STATE);
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND", () -> lookup("Ruritania"));
  }

  @Test
  void lookupActor_emptyOrOversizedAlias_invalidArgumentAlias() {
    assertInvalid("INVALID_ARGUMENT", () -> lookup(""), "alias");
    assertInvalid("INVALID_ARGUMENT", () -> lookup("a".repeat(201)), "alias");
  }

  @Test
  void lookupActor_aliasOfMergedActor_returnsSurvivor() {
    f.actor("a", "Choe Son Hui", PERSON, "Choe");
    f.actor("b", "Choi Seong-hee", PERSON);
    merge("actors/a", "actors/b");
    var hit = lookup("choe son hui");
    assertEquals("actors/b", hit.getActor().getName());
    assertEquals("Choe Son Hui", hit.getMatchedAlias());
    assertEquals("actors/b", lookup("choe").getActor().getName());
  }

  // ---- MergeActors ----

  @Test
  void mergeActors_valid_movesAliasesAndSetsMergedInto() {
    Actor a = f.actor("a", "Choe Son Hui", PERSON, "Choe");
    Actor b = f.actor("b", "Choi Seong-hee", PERSON, "Choi");
    var res = merge("actors/a", "actors/b");
    assertEquals("actors/b", res.getActor().getName());
    assertEquals("", res.getActor().getMergedInto());
    assertEquals("Choi Seong-hee", res.getActor().getDisplayName());
    assertTrue(res.getActor().getAliasesList().containsAll(List.of("Choi", "Choe Son Hui", "Choe")),
        () -> "aliases " + res.getActor().getAliasesList());
    assertTrue(com.google.protobuf.util.Timestamps.compare(res.getActor().getUpdateTime(), b.getUpdateTime()) >= 0);
    assertEquals("actors/a", res.getMerged().getName());
    assertEquals("actors/b", res.getMerged().getMergedInto());
    assertEquals(a.getCreateTime(), res.getMerged().getCreateTime());
    assertEquals(res.getActor(), get("actors/b"));
    assertEquals(res.getMerged(), get("actors/a"));
    // The merged actor's alias can no longer be taken by a new actor: it now names the survivor.
    assertError(Status.Code.ALREADY_EXISTS, "ALIAS_IN_USE", () -> f.actors.createActor(create("c", "Choe", PERSON).build()));
  }

  @Test
  void mergeActors_chainOfMerges_everythingResolvesToLastSurvivor() {
    f.actor("a", "Choe Son Hui", PERSON, "Choe");
    f.actor("b", "Choi Seong-hee", PERSON);
    f.actor("c", "Foreign Minister Choe", PERSON);
    f.source("s", "Source", "Choe said so.");
    f.claim("k", "Something happened.");
    Stance byA = f.stance("k", "a", StanceKind.STANCE_KIND_ASSERTS, "s", "Choe said so.");
    merge("actors/a", "actors/b");
    var res = merge("actors/b", "actors/c");
    assertTrue(res.getActor().getAliasesList().containsAll(List.of("Choe Son Hui", "Choe", "Choi Seong-hee")),
        () -> "aliases " + res.getActor().getAliasesList());
    assertEquals("actors/c", lookup("choe").getActor().getName());
    assertEquals("actors/c", lookup("choi seong hee").getActor().getName());
    assertEquals("actors/c", get("actors/b").getMergedInto());
    assertFalse(get("actors/a").getMergedInto().isEmpty());
    assertEquals(List.of("actors/a", "actors/b"), listActorNames("merged = true"));
    Stance after = f.stances.getStance(GetStanceRequest.newBuilder().setName(byA.getName()).build()).getStance();
    assertEquals("actors/c", after.getResolvedActor());
    assertEquals(List.of(byA.getName()), f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
        .setFilter("actor = \"actors/c\"").build()).getStancesList().stream().map(Stance::getName).toList());
    ClaimSummary summary = f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/k").build()).getClaim()
        .getSummary();
    assertEquals(1, summary.getSupportingActorCount());
  }

  @Test
  void mergeActors_sameActor_failedPreconditionSameActor() {
    Actor a = f.actor("a", "A", PERSON);
    assertError(Status.Code.FAILED_PRECONDITION, "SAME_ACTOR", () -> merge("actors/a", "actors/a"));
    assertEquals(a, get("actors/a"));
  }

  @Test
  void mergeActors_alreadyMergedActor_failedPreconditionActorMerged() {
    f.actor("a", "A", PERSON);
    f.actor("b", "B", PERSON);
    Actor c = f.actor("c", "C", PERSON);
    merge("actors/a", "actors/b");
    Actor mergedA = get("actors/a");
    Actor b = get("actors/b");
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> merge("actors/a", "actors/c"));
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> merge("actors/c", "actors/a"));
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> merge("actors/a", "actors/b"));
    assertEquals(mergedA, get("actors/a"));
    assertEquals(b, get("actors/b"));
    assertEquals(c, get("actors/c"));
  }

  @Test
  void mergeActors_unknownActor_notFoundActorNotFound() {
    Actor a = f.actor("a", "A", PERSON);
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> merge("actors/a", "actors/nobody"));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> merge("actors/nobody", "actors/a"));
    assertEquals(a, get("actors/a"));
  }

  @Test
  void mergeActors_badRequest_invalidArgumentNamingFields() {
    f.actor("a", "A", PERSON);
    f.actor("b", "B", PERSON);
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.mergeActors(MergeActorsRequest.newBuilder()
        .setName("actors/Bad_ID").setInto("foo/bar").setReason("").build()), "name", "into", "reason");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.mergeActors(MergeActorsRequest.newBuilder()
        .setName("actors/a").setInto("actors/b").setReason("r".repeat(1001)).build()), "reason");
    assertEquals("", get("actors/a").getMergedInto());
  }

  // ---- CreateAffiliation ----

  @Test
  void createAffiliation_valid_returnsAffiliation() {
    f.actor("zakharova", "Maria Zakharova", PERSON);
    f.actor("mfa", "Russian Foreign Ministry", ORG);
    Affiliation a = f.actors.createAffiliation(affiliation("actors/zakharova", "actors/mfa",
        AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON).setAffiliationId("spokeswoman")
        .setAffiliation(Affiliation.newBuilder().setOrganization("actors/mfa")
            .setRole(AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON).setTitle("spokeswoman"))
        .build()).getAffiliation();
    assertEquals("actors/zakharova/affiliations/spokeswoman", a.getName());
    assertEquals("actors/mfa", a.getOrganization());
    assertEquals(AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON, a.getRole());
    assertEquals("spokeswoman", a.getTitle());
    assertTrue(a.getSpeaksFor());
    assertTrue(a.hasCreateTime());
    assertEquals(List.of(a), affiliations("actors/zakharova", ""));
  }

  @Test
  void createAffiliation_nonSpeakingRoles_speaksForFalse() {
    f.actor("lukin", "Artyom Lukin", PERSON);
    f.actor("fefu", "Far Eastern Federal University", ORG);
    f.actor("nato", "NATO", ActorKind.ACTOR_KIND_COALITION);
    f.actor("us", "United States", STATE);
    Affiliation employee = f.actors.createAffiliation(affiliation("actors/lukin", "actors/fefu",
        AffiliationRole.AFFILIATION_ROLE_EMPLOYEE).build()).getAffiliation();
    Affiliation member = f.actors.createAffiliation(affiliation("actors/us", "actors/nato",
        AffiliationRole.AFFILIATION_ROLE_MEMBER).build()).getAffiliation();
    assertFalse(employee.getSpeaksFor());
    assertFalse(member.getSpeaksFor());
    assertTrue(employee.getName().matches("actors/lukin/affiliations/[a-z]([a-z0-9-]{0,61}[a-z0-9])?"), employee.getName());
  }

  @Test
  void createAffiliation_sameTriple_alreadyExistsAffiliationAlreadyExists() {
    f.actor("zakharova", "Maria Zakharova", PERSON);
    f.actor("mfa", "Russian Foreign Ministry", ORG);
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    assertError(Status.Code.ALREADY_EXISTS, "AFFILIATION_ALREADY_EXISTS", () -> f.actors.createAffiliation(
        affiliation("actors/zakharova", "actors/mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON).build()));
    assertEquals(1, affiliations("actors/-", "").size());
    // Another role between the same two actors is another affiliation.
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    assertEquals(2, affiliations("actors/zakharova", "").size());
  }

  @Test
  void createAffiliation_affiliationIdTaken_alreadyExists() {
    f.actor("a", "A", PERSON);
    f.actor("b", "B", ORG);
    f.actor("c", "C", ORG);
    f.actors.createAffiliation(affiliation("actors/a", "actors/b", AffiliationRole.AFFILIATION_ROLE_OFFICIAL)
        .setAffiliationId("role").build());
    assertError(Status.Code.ALREADY_EXISTS, "AFFILIATION_ALREADY_EXISTS", () -> f.actors.createAffiliation(
        affiliation("actors/a", "actors/c", AffiliationRole.AFFILIATION_ROLE_OFFICIAL).setAffiliationId("role").build()));
    assertEquals(1, affiliations("actors/-", "").size());
  }

  @Test
  void createAffiliation_organizationAlreadySpeaksForMember_failedPreconditionAffiliationCycle() {
    f.actor("russia", "Russia", STATE);
    f.actor("mfa", "Russian Foreign Ministry", ORG);
    f.actor("zakharova", "Maria Zakharova", PERSON);
    f.affiliate("mfa", "russia", AffiliationRole.AFFILIATION_ROLE_PART_OF);
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    // Direct: the ministry speaks for Russia, so Russia cannot be part of the ministry.
    assertError(Status.Code.FAILED_PRECONDITION, "AFFILIATION_CYCLE", () -> f.actors.createAffiliation(
        affiliation("actors/russia", "actors/mfa", AffiliationRole.AFFILIATION_ROLE_PART_OF).build()));
    // Transitive: Zakharova speaks for Russia through the ministry.
    assertError(Status.Code.FAILED_PRECONDITION, "AFFILIATION_CYCLE", () -> f.actors.createAffiliation(
        affiliation("actors/russia", "actors/zakharova", AffiliationRole.AFFILIATION_ROLE_LEADER).build()));
    assertEquals(2, affiliations("actors/-", "").size());
  }

  @Test
  void createAffiliation_unknownActor_notFoundActorNotFound() {
    f.actor("a", "A", PERSON);
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.actors.createAffiliation(
        affiliation("actors/a", "actors/nobody", AffiliationRole.AFFILIATION_ROLE_MEMBER).build()));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.actors.createAffiliation(
        affiliation("actors/nobody", "actors/a", AffiliationRole.AFFILIATION_ROLE_MEMBER).build()));
    assertTrue(affiliations("actors/-", "").isEmpty());
  }

  @Test
  void createAffiliation_mergedActor_failedPreconditionActorMerged() {
    f.actor("a", "A", PERSON);
    f.actor("b", "B", PERSON);
    f.actor("org", "Org", ORG);
    merge("actors/a", "actors/b");
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> f.actors.createAffiliation(
        affiliation("actors/a", "actors/org", AffiliationRole.AFFILIATION_ROLE_OFFICIAL).build()));
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> f.actors.createAffiliation(
        affiliation("actors/org", "actors/a", AffiliationRole.AFFILIATION_ROLE_MEMBER).build()));
    assertTrue(affiliations("actors/-", "").isEmpty());
  }

  @Test
  void createAffiliation_badFields_invalidArgumentNamingEach() {
    f.actor("a", "A", PERSON);
    f.actor("org", "Org", ORG);
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createAffiliation(CreateAffiliationRequest.newBuilder()
        .setParent("actors/Bad_ID").setAffiliationId("Bad")
        .setAffiliation(Affiliation.newBuilder().setOrganization("foo/bar").setRoleValue(0).setTitle("t".repeat(201)))
        .build()), "parent", "affiliation_id", "affiliation.organization", "affiliation.role", "affiliation.title");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createAffiliation(CreateAffiliationRequest.newBuilder()
        .setParent("actors/a").setAffiliation(Affiliation.newBuilder().setOrganization("actors/org").setRoleValue(99))
        .build()), "affiliation.role");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createAffiliation(
        affiliation("actors/a", "actors/a", AffiliationRole.AFFILIATION_ROLE_OFFICIAL).build()),
        "affiliation.organization");
    assertTrue(affiliations("actors/-", "").isEmpty());
  }

  // ---- ListAffiliations ----

  @Test
  void listAffiliations_everyActorAndFilters_creationOrder() {
    f.actor("russia", "Russia", STATE);
    f.actor("mfa", "Russian Foreign Ministry", ORG);
    f.actor("zakharova", "Maria Zakharova", PERSON);
    f.actor("lavrov", "Sergei Lavrov", PERSON);
    f.affiliate("mfa", "russia", AffiliationRole.AFFILIATION_ROLE_PART_OF);
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    f.affiliate("lavrov", "mfa", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    f.affiliate("lavrov", "russia", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);

    List<Affiliation> all = affiliations("actors/-", "");
    assertEquals(List.of("actors/russia", "actors/mfa", "actors/mfa", "actors/russia"),
        all.stream().map(Affiliation::getOrganization).toList());
    assertTrue(all.get(0).getName().startsWith("actors/mfa/affiliations/"));
    assertTrue(all.get(3).getName().startsWith("actors/lavrov/affiliations/"));

    List<Affiliation> ofMfa = affiliations("actors/-", "organization = \"actors/mfa\"");
    assertEquals(List.of(all.get(1), all.get(2)), ofMfa);

    List<Affiliation> lavrov = affiliations("actors/lavrov", "");
    assertEquals(List.of(all.get(2), all.get(3)), lavrov);
    assertEquals(List.of(all.get(3)), affiliations("actors/lavrov", "organization = \"actors/russia\""));
    assertEquals(List.of(all.get(1)), affiliations("actors/-", "role = SPOKESPERSON"));
    assertEquals(List.of(all.get(0), all.get(2), all.get(3)),
        affiliations("actors/-", "role != AFFILIATION_ROLE_SPOKESPERSON"));
    assertTrue(affiliations("actors/russia", "").isEmpty());
  }

  @Test
  void listAffiliations_pages_noDuplicates() {
    f.actor("org", "Org", ORG);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = "m-" + (char) ('a' + i);
      f.actor(id, "Member " + i, PERSON);
      expected.add(f.actors.createAffiliation(affiliation("actors/" + id, "actors/org",
          AffiliationRole.AFFILIATION_ROLE_MEMBER).build()).getAffiliation().getName());
    }
    List<String> seen = new ArrayList<>();
    String token = "";
    do {
      var page = f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent("actors/-").setPageSize(2)
          .setPageToken(token).build());
      assertTrue(page.getAffiliationsCount() <= 2);
      page.getAffiliationsList().forEach(a -> seen.add(a.getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(expected, seen);
  }

  @Test
  void listAffiliations_badParentPageSizeOrFilter_invalidArgument() {
    f.actor("a", "A", PERSON);
    for (String parent : new String[] {"", "foo/bar", "actors/Bad_ID", "actors/"}) {
      assertInvalid("INVALID_ARGUMENT",
          () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent(parent).build()), "parent");
    }
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder()
        .setParent("actors/-").setPageSize(-5).build()), "page_size");
    for (String filter : new String[] {"member = \"actors/a\"", "organization != \"actors/a\"",
        "organization = \"actors/a", "role = MEMBER OR role = EMPLOYEE"}) {
      assertInvalid("INVALID_FILTER", () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder()
          .setParent("actors/-").setFilter(filter).build()), "filter");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder()
        .setParent("actors/-").setPageToken("abc").build()), "page_token");
  }

  @Test
  void listAffiliations_unknownParent_notFoundActorNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent("actors/nobody").build()));
  }
}
