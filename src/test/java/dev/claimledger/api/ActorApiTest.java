package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.*;

import com.google.protobuf.FieldMask;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ActorService through an in-process server on a real SQLite file. */
class ActorApiTest {
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

  private CreateActorRequest.Builder request(String name, ActorKind kind) {
    return CreateActorRequest.newBuilder().setActor(Actor.newBuilder().setDisplayName(name).setKind(kind));
  }

  private int actorCount() {
    return f.actors.listActors(ListActorsRequest.getDefaultInstance()).getActorsCount();
  }

  @Test
  void createActor_valid_returnsActorWithDerivedId() {
    Actor a = f.actors.createActor(request("Artyom Lukin", ActorKind.ACTOR_KIND_PERSON).build()).getActor();
    assertEquals("actors/artyom-lukin", a.getName());
    assertEquals(ActorKind.ACTOR_KIND_PERSON, a.getKind());
    assertTrue(a.hasCreateTime());
    assertEquals(a, f.actors.getActor(GetActorRequest.newBuilder().setName(a.getName()).build()).getActor());
  }

  @Test
  void createActor_badFields_invalidArgumentNamingEachAndNothingWritten() {
    var bad = CreateActorRequest.newBuilder().setActorId("Bad_ID")
        .setActor(Actor.newBuilder().setDisplayName(" ").setKindValue(0).addAliases("x".repeat(201))).build();
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(bad),
        "actor.display_name", "actor.kind", "actor.aliases[0]", "actor_id");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createActor(request("X", ActorKind.ACTOR_KIND_PERSON)
        .setActor(Actor.newBuilder().setDisplayName("X").setKindValue(99)).build()), "actor.kind");
    assertEquals(0, actorCount());
  }

  @Test
  void createActor_takenIdOrAlias_alreadyExists() {
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE, "Moscow");
    assertError(Status.Code.ALREADY_EXISTS, "ACTOR_ALREADY_EXISTS",
        () -> f.actors.createActor(request("Other", ActorKind.ACTOR_KIND_STATE).setActorId("russia").build()));
    assertError(Status.Code.ALREADY_EXISTS, "ALIAS_IN_USE",
        () -> f.actors.createActor(request("MOSCOW", ActorKind.ACTOR_KIND_ORGANIZATION).build()));
    assertEquals(1, actorCount());
  }

  @Test
  void getActor_malformedOrUnknownName_invalidOrNotFound() {
    for (String name : new String[] {"", "actors/", "actors/Bad_ID", "claims/x", "actors/x/y"}) {
      assertInvalid("INVALID_ARGUMENT", () -> f.actors.getActor(GetActorRequest.newBuilder().setName(name).build()), "name");
    }
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> f.actors.getActor(GetActorRequest.newBuilder().setName("actors/nobody").build()));
  }

  @Test
  void lookupActor_anySpellingOrCase_findsTheActor() {
    f.actor("choe-son-hui", "Choe Son Hui", ActorKind.ACTOR_KIND_PERSON, "Choi Seong-hee");
    f.actor("united-states", "United States", ActorKind.ACTOR_KIND_STATE, "US");
    var hit = f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("choi seong hee").build());
    assertEquals("actors/choe-son-hui", hit.getActor().getName());
    assertEquals("Choi Seong-hee", hit.getMatchedAlias());
    assertEquals("actors/united-states",
        f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("u.s.").build()).getActor().getName());
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND",
        () -> f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("nobody").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.lookupActor(LookupActorRequest.getDefaultInstance()), "alias");
  }

  @Test
  void updateActor_maskedFields_changeOnlyThose() {
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE, "Moscow");
    Actor updated = f.actors.updateActor(UpdateActorRequest.newBuilder()
        .setActor(Actor.newBuilder().setName("actors/russia").addAliases("Muscovy").setDescription("ignored"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("aliases")).build()).getActor();
    assertEquals(java.util.List.of("Muscovy"), updated.getAliasesList());
    assertEquals("", updated.getDescription());
    assertEquals("actors/russia", f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("muscovy").build())
        .getActor().getName());
    assertError(Status.Code.NOT_FOUND, "ALIAS_NOT_FOUND",
        () -> f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("Moscow").build()));
  }

  @Test
  void updateActor_badMaskOrUnknownActor_errors() {
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE);
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.updateActor(UpdateActorRequest.newBuilder()
        .setActor(Actor.newBuilder().setName("actors/russia")).build()), "update_mask");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.updateActor(UpdateActorRequest.newBuilder()
        .setActor(Actor.newBuilder().setName("actors/russia"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build()), "update_mask");
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.actors.updateActor(UpdateActorRequest.newBuilder()
        .setActor(Actor.newBuilder().setName("actors/nobody").setDescription("x"))
        .setUpdateMask(FieldMask.newBuilder().addPaths("description")).build()));
  }

  @Test
  void mergeActors_stancesAndAliasesCountForSurvivor() {
    f.actor("choe", "Choe Son Hui", ActorKind.ACTOR_KIND_PERSON);
    f.actor("choi", "Choi Seong-hee", ActorKind.ACTOR_KIND_PERSON);
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE);
    f.source("s", "Source", "The U.S. said so. Choi denied it.");
    f.claim("c", "Arms were delivered.");
    f.stance("c", "us", StanceKind.STANCE_KIND_ASSERTS, "s", "The U.S. said so.");
    Stance choi = f.stance("c", "choi", StanceKind.STANCE_KIND_DENIES, "s", "Choi denied it.");
    var merged = f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/choi").setInto("actors/choe")
        .setReason("same person").build());
    assertEquals("actors/choe", merged.getMerged().getMergedInto());
    assertTrue(merged.getActor().getAliasesList().contains("Choi Seong-hee"));
    assertEquals("actors/choe", f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias("Choi Seong-hee").build())
        .getActor().getName());
    Stance after = f.stances.getStance(GetStanceRequest.newBuilder().setName(choi.getName()).build()).getStance();
    assertEquals("actors/choi", after.getActor());
    assertEquals("actors/choe", after.getResolvedActor());
    var contested = f.contradictions.listContestedClaims(ListContestedClaimsRequest.newBuilder()
        .setFilter("actor = \"actors/choe\"").build());
    assertEquals(1, contested.getContestedClaimsCount());
    assertError(Status.Code.FAILED_PRECONDITION, "ACTOR_MERGED", () -> f.actors.mergeActors(MergeActorsRequest
        .newBuilder().setName("actors/choi").setInto("actors/us").setReason("x").build()));
    assertError(Status.Code.FAILED_PRECONDITION, "SAME_ACTOR", () -> f.actors.mergeActors(MergeActorsRequest
        .newBuilder().setName("actors/us").setInto("actors/us").setReason("x").build()));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> f.actors.mergeActors(MergeActorsRequest
        .newBuilder().setName("actors/nobody").setInto("actors/us").setReason("x").build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.mergeActors(MergeActorsRequest.newBuilder()
        .setName("actors/us").setInto("actors/choe").build()), "reason");
  }

  @Test
  void affiliations_createListAndRejectDuplicatesAndCycles() {
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE);
    f.actor("mfa", "Russian Foreign Ministry", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("zakharova", "Maria Zakharova", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("mfa", "russia", AffiliationRole.AFFILIATION_ROLE_PART_OF);
    var spokes = f.actors.createAffiliation(CreateAffiliationRequest.newBuilder().setParent("actors/zakharova")
        .setAffiliation(Affiliation.newBuilder().setOrganization("actors/mfa")
            .setRole(AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON).setTitle("spokeswoman")).build()).getAffiliation();
    assertTrue(spokes.getSpeaksFor());
    assertTrue(spokes.getName().startsWith("actors/zakharova/affiliations/"));
    assertError(Status.Code.ALREADY_EXISTS, "AFFILIATION_ALREADY_EXISTS",
        () -> f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON));
    assertError(Status.Code.FAILED_PRECONDITION, "AFFILIATION_CYCLE",
        () -> f.affiliate("russia", "zakharova", AffiliationRole.AFFILIATION_ROLE_PART_OF));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> f.affiliate("zakharova", "nobody", AffiliationRole.AFFILIATION_ROLE_MEMBER));
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.createAffiliation(CreateAffiliationRequest.newBuilder()
        .setParent("actors/zakharova").setAffiliation(Affiliation.newBuilder().setOrganization("actors/mfa")).build()),
        "affiliation.role");
    var all = f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent("actors/-")
        .setFilter("organization = \"actors/mfa\"").build());
    assertEquals(1, all.getAffiliationsCount());
    assertEquals(1, f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent("actors/mfa").build())
        .getAffiliationsCount());
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> f.actors.listAffiliations(ListAffiliationsRequest.newBuilder().setParent("actors/nobody").build()));
  }

  @Test
  void listActors_filterAndPages() {
    for (int i = 0; i < 5; i++) f.actor("p" + i, "Person " + i, ActorKind.ACTOR_KIND_PERSON);
    f.actor("s", "State", ActorKind.ACTOR_KIND_STATE);
    var states = f.actors.listActors(ListActorsRequest.newBuilder().setFilter("kind = ACTOR_KIND_STATE").build());
    assertEquals(1, states.getActorsCount());
    var people = f.actors.listActors(ListActorsRequest.newBuilder().setFilter("kind != STATE").setPageSize(3).build());
    assertEquals(3, people.getActorsCount());
    var rest = f.actors.listActors(ListActorsRequest.newBuilder().setFilter("kind != STATE").setPageSize(3)
        .setPageToken(people.getNextPageToken()).build());
    assertEquals(2, rest.getActorsCount());
    assertEquals("", rest.getNextPageToken());
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.actors.listActors(ListActorsRequest.newBuilder()
        .setFilter("kind = STATE").setPageToken(people.getNextPageToken()).build()), "page_token");
    assertInvalid("INVALID_FILTER", () -> f.actors.listActors(ListActorsRequest.newBuilder()
        .setFilter("kind = WIZARD").build()), "filter");
    assertInvalid("INVALID_ARGUMENT", () -> f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(-1).build()),
        "page_size");
  }
}
