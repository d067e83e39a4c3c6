package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Timestamp;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AttributionService through the in-process server on a real SQLite file. */
class AttributionServiceTest {
  private static final StanceKind ASSERTS = StanceKind.STANCE_KIND_ASSERTS;
  private static final StanceKind DENIES = StanceKind.STANCE_KIND_DENIES;
  private static final StanceKind SUGGESTS = StanceKind.STANCE_KIND_SUGGESTS;
  private static final StanceKind DECLINES = StanceKind.STANCE_KIND_DECLINES_TO_COMMENT;

  private static final String US_1 = "Washington said Russia fired North Korean missiles at Kyiv.";
  private static final String RUSSIA_1 = "Moscow rejected the report as slander.";
  private static final String ZAKHAROVA_1 = "Zakharova called the claims fabricated.";
  private static final String LUKIN_1 = "Lukin said the evidence looked solid.";
  private static final String S1_TEXT = US_1 + " " + RUSSIA_1 + " " + ZAKHAROVA_1 + " " + LUKIN_1;
  private static final String US_2 = "The United States repeated that North Korean missiles hit Ukraine.";
  private static final String MFA_2 = "The foreign ministry dismissed the story.";
  private static final String S2_TEXT = US_2 + " " + MFA_2;
  private static final String MISSILES_TEXT = "Russia fired North Korean missiles in Ukraine.";
  private static final Timestamp S1_TIME = Timestamp.newBuilder().setSeconds(1_727_740_800L).build();

  @TempDir Path dir;
  LedgerFixture f;
  Source s1;
  Source s2;
  /** The stances on claims/missiles in record order: us, russia, us, zakharova, mfa, lukin. */
  List<Stance> recorded = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE, "Moscow");
    f.actor("mfa", "Russian Foreign Ministry", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("zakharova", "Maria Zakharova", ActorKind.ACTOR_KIND_PERSON);
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE, "Washington");
    f.actor("lukin", "Artyom Lukin", ActorKind.ACTOR_KIND_PERSON);
    f.actor("fefu", "Far Eastern Federal University", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("unn", "UNN", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.actor("reuters", "Reuters", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.actor("kcna", "KCNA", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.affiliate("zakharova", "mfa", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    f.affiliate("mfa", "russia", AffiliationRole.AFFILIATION_ROLE_PART_OF);
    f.affiliate("lukin", "fefu", AffiliationRole.AFFILIATION_ROLE_EMPLOYEE);
    s1 = f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("s1").setSource(Source.newBuilder()
        .setTitle("UNN citing Reuters").setText(S1_TEXT).setPublisher("actors/unn").addRelays("actors/reuters")
        .setUri("https://unn.example/1").setPublishTime(S1_TIME)).build()).getSource();
    s2 = f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("s2").setSource(Source.newBuilder()
        .setTitle("KCNA statement").setText(S2_TEXT).setPublisher("actors/kcna")).build()).getSource();
    f.claim("missiles", MISSILES_TEXT);
    f.claim("troops", "North Korean troops are in Kursk.");
    recorded.add(stance("missiles", "us-1", "us", ASSERTS, "s1", US_1));
    recorded.add(stance("missiles", "russia-1", "russia", DENIES, "s1", RUSSIA_1));
    recorded.add(stance("missiles", "us-2", "us", ASSERTS, "s2", US_2));
    recorded.add(stance("missiles", "zakharova-1", "zakharova", DENIES, "s1", ZAKHAROVA_1, "actors/kcna"));
    recorded.add(stance("missiles", "mfa-2", "mfa", DENIES, "s2", MFA_2));
    recorded.add(stance("missiles", "lukin-1", "lukin", SUGGESTS, "s1", LUKIN_1));
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  private Stance stance(String claim, String id, String actor, StanceKind kind, String source, String excerpt,
      String... relays) {
    return f.stances.createStance(CreateStanceRequest.newBuilder().setParent("claims/" + claim).setStanceId(id)
        .setStance(Stance.newBuilder().setActor("actors/" + actor).setKind(kind).setSource("sources/" + source)
            .setExcerpt(Excerpt.newBuilder().setText(excerpt)).addAllRelayChain(List.of(relays)))
        .build()).getStance();
  }

  private Stance supersede(Stance old, StanceKind kind, String claim) {
    return f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(old.getName())
        .setParent("claims/" + claim).setReason("correction")
        .setStance(old.toBuilder().setKind(kind).clearName()).build()).getStance();
  }

  private Actor actor(String id) {
    return f.actors.getActor(GetActorRequest.newBuilder().setName("actors/" + id).build()).getActor();
  }

  private GetClaimAttributionResponse attribution(String claim, boolean includeSuperseded) {
    return f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/" + claim)
        .setIncludeSuperseded(includeSuperseded).build());
  }

  private static List<String> actorNames(GetClaimAttributionResponse r) {
    return r.getActorsList().stream().map(a -> a.getActor().getName()).toList();
  }

  private ListActorStancesResponse actorStances(ListActorStancesRequest.Builder req) {
    return f.attribution.listActorStances(req.build());
  }

  private ListActorStancesResponse actorStances(String actor, boolean rollUp) {
    return actorStances(ListActorStancesRequest.newBuilder().setActor("actors/" + actor).setRollUp(rollUp));
  }

  private static List<String> stanceNames(List<AttributedStance> stances) {
    return stances.stream().map(a -> a.getStance().getName()).toList();
  }

  private SearchLedgerResponse search(String query) {
    return f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery(query).setPageSize(100).build());
  }

  /** The name of each hit: a claim name or a stance name. */
  private static List<String> hitNames(SearchLedgerResponse r) {
    return r.getHitsList().stream().map(h -> h.hasClaim() ? h.getClaim().getName() : h.getStance().getStance().getName())
        .toList();
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- GetClaimAttribution ----

  @Test
  void getClaimAttribution_stancesByActors_groupedInOrderOfFirstStance() {
    var r = attribution("missiles", false);
    assertEquals("claims/missiles", r.getClaim().getName());
    assertEquals(MISSILES_TEXT, r.getClaim().getText());
    ClaimSummary summary = r.getClaim().getSummary();
    assertEquals(6, summary.getStanceCount());
    assertEquals(2, summary.getSupportingActorCount());
    assertEquals(3, summary.getDenyingActorCount());
    assertTrue(summary.getContested());
    assertEquals(List.of("actors/us", "actors/russia", "actors/zakharova", "actors/mfa", "actors/lukin"), actorNames(r));
    assertEquals(actor("us"), r.getActors(0).getActor());
    assertEquals(List.of(recorded.get(0), recorded.get(2)),
        r.getActors(0).getStancesList().stream().map(AttributedStance::getStance).toList());
    assertEquals(List.of(recorded.get(1)),
        r.getActors(1).getStancesList().stream().map(AttributedStance::getStance).toList());
    assertEquals("", r.getNextPageToken());
  }

  @Test
  void getClaimAttribution_attributedStance_hasSourceBriefExcerptAndRelayChain() {
    var r = attribution("missiles", false);
    AttributedStance us1 = r.getActors(0).getStances(0);
    assertEquals(MISSILES_TEXT, us1.getClaimText());
    assertEquals("United States", us1.getActorDisplayName());
    assertEquals(List.of(), us1.getViaList());
    assertEquals(US_1, us1.getStance().getExcerpt().getText());
    assertEquals(S1_TEXT.indexOf(US_1), us1.getStance().getExcerpt().getStartOffset());
    SourceBrief brief = us1.getSource();
    assertEquals(SourceBrief.newBuilder().setName("sources/s1").setTitle("UNN citing Reuters").setPublisher("actors/unn")
        .setPublishTime(S1_TIME).addRelays("actors/reuters").setUri("https://unn.example/1").build(), brief);

    AttributedStance us2 = r.getActors(0).getStances(1);
    assertEquals(SourceBrief.newBuilder().setName("sources/s2").setTitle("KCNA statement").setPublisher("actors/kcna")
        .build(), us2.getSource());

    AttributedStance zakharova = r.getActors(2).getStances(0);
    assertEquals("Maria Zakharova", zakharova.getActorDisplayName());
    assertEquals(List.of("actors/kcna"), zakharova.getStance().getRelayChainList());
    assertEquals(ZAKHAROVA_1, zakharova.getStance().getExcerpt().getText());
    assertEquals(List.of(), zakharova.getViaList(), "attribution does not roll up");
  }

  @Test
  void getClaimAttribution_pageSizeTwo_actorsInPagesWithoutDuplicates() {
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      var r = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/missiles")
          .setPageSize(2).setPageToken(token).build());
      assertTrue(r.getActorsCount() <= 2);
      assertEquals("claims/missiles", r.getClaim().getName());
      seen.addAll(actorNames(r));
      token = r.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertEquals(3, pages);
    assertEquals(List.of("actors/us", "actors/russia", "actors/zakharova", "actors/mfa", "actors/lukin"), seen);
  }

  @Test
  void getClaimAttribution_claimWithoutStances_noActors() {
    var r = attribution("troops", false);
    assertEquals("claims/troops", r.getClaim().getName());
    assertTrue(r.getActorsList().isEmpty());
    assertEquals(ClaimSummary.getDefaultInstance(), r.getClaim().getSummary());
  }

  @Test
  void getClaimAttribution_supersededStances_onlyWithIncludeSuperseded() {
    Stance russia = recorded.get(1);
    Stance fixed = supersede(russia, DECLINES, "missiles");
    // Lukin's only stance moves to another claim: he no longer takes a stance on this one.
    supersede(recorded.get(5), SUGGESTS, "troops");

    var current = attribution("missiles", false);
    assertEquals(new HashSet<>(List.of("actors/us", "actors/russia", "actors/zakharova", "actors/mfa")),
        new HashSet<>(actorNames(current)));
    ActorAttribution russiaNow = current.getActorsList().stream()
        .filter(a -> a.getActor().getName().equals("actors/russia")).findFirst().orElseThrow();
    assertEquals(List.of(fixed.getName()), stanceNames(russiaNow.getStancesList()));
    assertEquals(5, current.getClaim().getSummary().getStanceCount());
    assertEquals(1, current.getClaim().getSummary().getSupportingActorCount());
    assertEquals(2, current.getClaim().getSummary().getDenyingActorCount());

    var all = attribution("missiles", true);
    assertEquals(List.of("actors/us", "actors/russia", "actors/zakharova", "actors/mfa", "actors/lukin"), actorNames(all));
    List<AttributedStance> russiaStances = all.getActors(1).getStancesList();
    assertEquals(List.of(russia.getName(), fixed.getName()), stanceNames(russiaStances));
    assertEquals(fixed.getName(), russiaStances.get(0).getStance().getSupersededBy());
    assertEquals(russia.getName(), russiaStances.get(1).getStance().getSupersedes());
    assertEquals(recorded.get(5).getName(), all.getActors(4).getStances(0).getStance().getName());
    assertFalse(all.getActors(4).getStances(0).getStance().getSupersededBy().isEmpty());
  }


  @Test
  void getClaimAttribution_mergedActor_countsForSurvivorOnce() {
    f.actor("kremlin", "The Kremlin", ActorKind.ACTOR_KIND_ORGANIZATION);
    Stance byKremlin = stance("troops", "kremlin-1", "kremlin", DENIES, "s1", RUSSIA_1);
    Stance byRussia = stance("troops", "russia-2", "russia", DENIES, "s2", MFA_2);
    f.stance("troops", "us", ASSERTS, "s2", US_2);
    assertEquals(2, attribution("troops", false).getClaim().getSummary().getDenyingActorCount());

    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/kremlin").setInto("actors/russia")
        .setReason("speaks as the state").build());
    var r = attribution("troops", false);
    assertEquals(List.of("actors/russia", "actors/us"), actorNames(r));
    assertEquals(actor("russia"), r.getActors(0).getActor());
    List<AttributedStance> russia = r.getActors(0).getStancesList();
    assertEquals(List.of(byKremlin.getName(), byRussia.getName()), stanceNames(russia));
    assertEquals("actors/kremlin", russia.get(0).getStance().getActor());
    assertEquals("actors/russia", russia.get(0).getStance().getResolvedActor());
    assertEquals("The Kremlin", russia.get(0).getActorDisplayName());
    ClaimSummary s = r.getClaim().getSummary();
    assertEquals(3, s.getStanceCount());
    assertEquals(1, s.getDenyingActorCount());
    assertEquals(1, s.getSupportingActorCount());
    assertTrue(s.getContested());
  }

  @Test
  void getClaimAttribution_badNameOrPageSize_invalidArgument() {
    for (String name : new String[] {"", "claims/", "foo/bar", "claims/x/stances", "claims/Bad_ID"}) {
      assertInvalid("INVALID_ARGUMENT", () -> f.attribution.getClaimAttribution(
          GetClaimAttributionRequest.newBuilder().setClaim(name).build()), "claim");
    }
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
        .setClaim("claims/missiles").setPageSize(-1).build()), "page_size");
  }

  @Test
  void getClaimAttribution_unknownClaim_notFoundClaimNotFound() {
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.attribution.getClaimAttribution(
        GetClaimAttributionRequest.newBuilder().setClaim("claims/nope").build()));
  }

  @Test
  void getClaimAttribution_forgedOrMismatchedToken_invalidPageToken() {
    String token = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder().setClaim("claims/missiles")
        .setPageSize(1).build()).getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
          .setClaim("claims/missiles").setPageSize(1).setPageToken(bad).build()), "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
        .setClaim("claims/missiles").setIncludeSuperseded(true).setPageSize(1).setPageToken(token).build()), "page_token");
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
        .setClaim("claims/troops").setPageSize(1).setPageToken(token).build()), "page_token");
  }

  // ---- ListActorStances ----

  @Test
  void listActorStances_ownStances_newestFirstWithAttribution() {
    var r = actorStances("us", false);
    assertEquals(actor("us"), r.getActor());
    assertEquals(List.of(recorded.get(2).getName(), recorded.get(0).getName()), stanceNames(r.getStancesList()));
    AttributedStance newest = r.getStances(0);
    assertEquals(recorded.get(2), newest.getStance());
    assertEquals(MISSILES_TEXT, newest.getClaimText());
    assertEquals("sources/s2", newest.getSource().getName());
    assertEquals("United States", newest.getActorDisplayName());
    assertEquals(List.of(), newest.getViaList());
    assertEquals("", r.getNextPageToken());
  }

  @Test
  void listActorStances_pages_newestFirstWithoutDuplicates() {
    stance("troops", "us-3", "us", ASSERTS, "s1", US_1);
    stance("troops", "us-4", "us", SUGGESTS, "s2", US_2);
    stance("troops", "us-5", "us", DECLINES, "s2", MFA_2);
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var r = actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us").setPageSize(2).setPageToken(token));
      sizes.add(r.getStancesCount());
      seen.addAll(stanceNames(r.getStancesList()));
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(List.of("claims/troops/stances/us-5", "claims/troops/stances/us-4", "claims/troops/stances/us-3",
        "claims/missiles/stances/us-2", "claims/missiles/stances/us-1"), seen);
  }

  @Test
  void listActorStances_rollUp_includesSpokespersonThroughMinistryWithVia() {
    var r = actorStances("russia", true);
    assertEquals(actor("russia"), r.getActor());
    assertEquals(List.of("claims/missiles/stances/mfa-2", "claims/missiles/stances/zakharova-1",
        "claims/missiles/stances/russia-1"), stanceNames(r.getStancesList()));
    assertEquals(List.of("actors/mfa", "actors/russia"), r.getStances(0).getViaList());
    assertEquals(List.of("actors/zakharova", "actors/mfa", "actors/russia"), r.getStances(1).getViaList());
    assertEquals("Maria Zakharova", r.getStances(1).getActorDisplayName());
    assertEquals(List.of(), r.getStances(2).getViaList());

    var ministry = actorStances("mfa", true);
    assertEquals(List.of("claims/missiles/stances/mfa-2", "claims/missiles/stances/zakharova-1"),
        stanceNames(ministry.getStancesList()));
    assertEquals(List.of("actors/zakharova", "actors/mfa"), ministry.getStances(1).getViaList());
  }

  @Test
  void listActorStances_rollUp_everySpeakingRoleButNotMembership() {
    f.actor("nk", "North Korea", ActorKind.ACTOR_KIND_STATE);
    f.actor("kim", "Kim Jong Un", ActorKind.ACTOR_KIND_PERSON);
    f.actor("choe", "Choe Son Hui", ActorKind.ACTOR_KIND_PERSON);
    f.actor("axis", "The axis", ActorKind.ACTOR_KIND_COALITION);
    f.affiliate("kcna", "nk", AffiliationRole.AFFILIATION_ROLE_STATE_MEDIA);
    f.affiliate("kim", "nk", AffiliationRole.AFFILIATION_ROLE_LEADER);
    f.affiliate("choe", "nk", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    f.affiliate("nk", "axis", AffiliationRole.AFFILIATION_ROLE_MEMBER);
    stance("troops", "kcna-1", "kcna", DENIES, "s2", MFA_2);
    stance("troops", "kim-1", "kim", DENIES, "s2", US_2);
    stance("troops", "choe-1", "choe", DENIES, "s1", RUSSIA_1);
    stance("troops", "nk-1", "nk", DENIES, "s1", US_1);
    var r = actorStances("nk", true);
    assertEquals(List.of("claims/troops/stances/nk-1", "claims/troops/stances/choe-1", "claims/troops/stances/kim-1",
        "claims/troops/stances/kcna-1"), stanceNames(r.getStancesList()));
    assertEquals(List.of(), r.getStances(0).getViaList());
    assertEquals(List.of("actors/choe", "actors/nk"), r.getStances(1).getViaList());
    assertEquals(List.of("actors/kim", "actors/nk"), r.getStances(2).getViaList());
    assertEquals(List.of("actors/kcna", "actors/nk"), r.getStances(3).getViaList());
    assertTrue(actorStances("axis", true).getStancesList().isEmpty(), "a member does not speak for its coalition");
  }

  @Test
  void listActorStances_rollUpReachingSpeakerTwice_listsEachStanceOnce() {
    f.actor("lavrov", "Sergei Lavrov", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("lavrov", "mfa", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    f.affiliate("lavrov", "russia", AffiliationRole.AFFILIATION_ROLE_OFFICIAL);
    stance("troops", "lavrov-1", "lavrov", DENIES, "s1", RUSSIA_1);
    var r = actorStances("russia", true);
    List<String> names = stanceNames(r.getStancesList());
    assertEquals(List.of("claims/troops/stances/lavrov-1", "claims/missiles/stances/mfa-2",
        "claims/missiles/stances/zakharova-1", "claims/missiles/stances/russia-1"), names);
    assertEquals(List.of("actors/lavrov", "actors/russia"), r.getStances(0).getViaList());
  }

  @Test
  void listActorStances_rollUpAfterMerges_affiliationsCountForSurvivor() {
    // A duplicate of the ministry, with its own spokesperson, is merged into the ministry.
    f.actor("mfa-dup", "Russian MFA", ActorKind.ACTOR_KIND_ORGANIZATION);
    f.actor("spox", "MFA spokesman", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("spox", "mfa-dup", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    // A duplicate of Lukin is a spokesperson of the university (an affiliation Lukin himself lacks).
    f.actor("lukin-dup", "A. Lukin", ActorKind.ACTOR_KIND_PERSON);
    f.affiliate("lukin-dup", "fefu", AffiliationRole.AFFILIATION_ROLE_SPOKESPERSON);
    stance("troops", "spox-1", "spox", DENIES, "s2", MFA_2);
    assertEquals(3, actorStances("russia", true).getStancesCount());
    assertTrue(actorStances("fefu", true).getStancesList().isEmpty());

    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/mfa-dup").setInto("actors/mfa")
        .setReason("same ministry").build());
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/lukin-dup").setInto("actors/lukin")
        .setReason("same person").build());
    var russia = actorStances("russia", true);
    assertEquals("claims/troops/stances/spox-1", russia.getStances(0).getStance().getName());
    assertEquals(List.of("actors/spox", "actors/mfa", "actors/russia"), russia.getStances(0).getViaList());
    var fefu = actorStances("fefu", true);
    assertEquals(List.of("claims/missiles/stances/lukin-1"), stanceNames(fefu.getStancesList()));
    assertEquals(List.of("actors/lukin", "actors/fefu"), fefu.getStances(0).getViaList());
  }

  @Test
  void listActorStances_withoutRollUp_onlyOwnStances() {
    var r = actorStances("russia", false);
    assertEquals(List.of("claims/missiles/stances/russia-1"), stanceNames(r.getStancesList()));
    assertEquals(List.of(), r.getStances(0).getViaList());
  }

  @Test
  void listActorStances_employeeAffiliation_doesNotRollUp() {
    var r = actorStances("fefu", true);
    assertEquals(actor("fefu"), r.getActor());
    assertTrue(r.getStancesList().isEmpty());
    assertEquals(List.of("claims/missiles/stances/lukin-1"), stanceNames(actorStances("lukin", true).getStancesList()));
  }

  @Test
  void listActorStances_mergedActorName_readAsSurvivor() {
    f.actor("kremlin", "The Kremlin", ActorKind.ACTOR_KIND_ORGANIZATION);
    stance("troops", "kremlin-1", "kremlin", DENIES, "s1", RUSSIA_1);
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/kremlin").setInto("actors/russia")
        .setReason("same").build());
    for (String asked : new String[] {"kremlin", "russia"}) {
      var r = actorStances(asked, false);
      assertEquals("actors/russia", r.getActor().getName());
      assertEquals(List.of("claims/troops/stances/kremlin-1", "claims/missiles/stances/russia-1"),
          stanceNames(r.getStancesList()));
    }
  }

  @Test
  void listActorStances_filtersAndSuperseded_filter() {
    Stance us3 = stance("troops", "us-3", "us", DENIES, "s2", US_2);
    assertEquals(List.of("claims/troops/stances/us-3"), stanceNames(actorStances(ListActorStancesRequest.newBuilder()
        .setActor("actors/us").setFilter("kind = DENIES")).getStancesList()));
    assertEquals(List.of("claims/missiles/stances/us-2", "claims/missiles/stances/us-1"),
        stanceNames(actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us")
            .setFilter("kind != STANCE_KIND_DENIES")).getStancesList()));
    assertEquals(List.of("claims/missiles/stances/us-2", "claims/missiles/stances/us-1"),
        stanceNames(actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us")
            .setFilter("claim = \"claims/missiles\"")).getStancesList()));
    assertEquals(List.of("claims/troops/stances/us-3", "claims/missiles/stances/us-2"),
        stanceNames(actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us")
            .setFilter("source = \"sources/s2\"")).getStancesList()));
    assertEquals(List.of("claims/missiles/stances/us-2"), stanceNames(actorStances(ListActorStancesRequest.newBuilder()
        .setActor("actors/us").setFilter("source = \"sources/s2\" AND claim = \"claims/missiles\"")).getStancesList()));

    Stance fixed = supersede(us3, ASSERTS, "troops");
    assertEquals(List.of(fixed.getName(), "claims/missiles/stances/us-2", "claims/missiles/stances/us-1"),
        stanceNames(actorStances("us", false).getStancesList()));
    assertEquals(List.of(fixed.getName(), us3.getName(), "claims/missiles/stances/us-2", "claims/missiles/stances/us-1"),
        stanceNames(actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us").setIncludeSuperseded(true))
            .getStancesList()));
  }

  @Test
  void listActorStances_unknownActor_notFoundActorNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> actorStances("nobody", true));
  }

  @Test
  void listActorStances_badRequest_invalidArgument() {
    for (String name : new String[] {"", "actors/Bad_ID", "foo/bar", "actors/"}) {
      assertInvalid("INVALID_ARGUMENT",
          () -> actorStances(ListActorStancesRequest.newBuilder().setActor(name)), "actor");
    }
    assertInvalid("INVALID_ARGUMENT",
        () -> actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us").setPageSize(-1)), "page_size");
    for (String filter : new String[] {"actor = \"actors/us\"", "claim != \"claims/missiles\"", "kind = \"DENIES",
        "kind = DENIES OR kind = ASSERTS", "kind = MAYBE", "source = \"claims/x\""}) {
      assertInvalid("INVALID_FILTER",
          () -> actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us").setFilter(filter)), "filter");
    }
  }

  @Test
  void listActorStances_forgedOrMismatchedToken_invalidPageToken() {
    String token = actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us").setPageSize(1))
        .getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us")
          .setPageSize(1).setPageToken(bad)), "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> actorStances(ListActorStancesRequest.newBuilder().setActor("actors/us")
        .setRollUp(true).setPageSize(1).setPageToken(token)), "page_token");
    assertInvalid("INVALID_PAGE_TOKEN", () -> actorStances(ListActorStancesRequest.newBuilder().setActor("actors/russia")
        .setPageSize(1).setPageToken(token)), "page_token");
  }

  // ---- SearchLedger ----

  @Test
  void searchLedger_word_findsClaimsAndExcerptsWithStemming() {
    var r = search("missile");
    assertEquals(new HashSet<>(List.of("claims/missiles", "claims/missiles/stances/us-1", "claims/missiles/stances/us-2")),
        new HashSet<>(hitNames(r)));
    assertEquals(3, r.getHitsCount());
    for (SearchHit h : r.getHitsList()) {
      assertTrue(h.getSnippet().toLowerCase(Locale.ROOT).contains("[missiles]"), h.getSnippet());
      if (h.hasClaim()) {
        assertEquals(MISSILES_TEXT, h.getClaim().getText());
        assertEquals(6, h.getClaim().getSummary().getStanceCount());
      } else {
        AttributedStance s = h.getStance();
        assertEquals(MISSILES_TEXT, s.getClaimText());
        assertEquals("United States", s.getActorDisplayName());
        assertTrue(s.getSource().getName().startsWith("sources/s"));
      }
    }
    AttributedStance us1 = r.getHitsList().stream().filter(h -> h.hasStance()
        && h.getStance().getStance().getName().endsWith("us-1")).findFirst().orElseThrow().getStance();
    assertEquals(recorded.get(0), us1.getStance());
    assertEquals("UNN citing Reuters", us1.getSource().getTitle());
  }

  @Test
  void searchLedger_severalWords_allMustMatchInAnyOrder() {
    assertEquals(List.of("claims/troops"), hitNames(search("Kursk troops")));
    assertEquals(List.of("claims/missiles/stances/russia-1"), hitNames(search("slander MOSCOW")));
    assertTrue(search("Kursk slander").getHitsList().isEmpty());
    assertTrue(search("zeppelin").getHitsList().isEmpty());
  }

  @Test
  void searchLedger_ranking_bestMatchFirstAndScoresDescending() {
    f.claim("dense", "Missiles, missiles and more missiles.");
    var r = search("missiles");
    assertEquals(4, r.getHitsCount());
    assertEquals("claims/dense", hitNames(r).get(0));
    for (int i = 1; i < r.getHitsCount(); i++) {
      assertTrue(r.getHits(i - 1).getScore() >= r.getHits(i).getScore(), "scores must not increase");
    }
    assertTrue(r.getHits(0).getScore() > r.getHits(r.getHitsCount() - 1).getScore());
  }

  @Test
  void searchLedger_ftsSyntaxInQuery_readAsPlainWords() {
    assertEquals(3, search("\"missile").getHitsCount());
    assertEquals(3, search("missile*").getHitsCount());
    assertEquals(3, search("missiles ((").getHitsCount());
    assertEquals(3, search("missiles)").getHitsCount());
    assertEquals(3, search("missiles:").getHitsCount());
    assertEquals(3, search("^missiles").getHitsCount());
    // A column filter is two plain words; nothing contains "body".
    assertTrue(search("body:missiles").getHitsList().isEmpty());
    // A leading minus is no negation.
    assertEquals(List.of("claims/troops"), hitNames(search("-Kursk")));
    assertEquals(List.of("claims/troops"), hitNames(search("troops -Kursk")));
    // Operators are words too: nothing contains "NEAR", "OR" or "AND".
    assertTrue(search("NEAR(missiles Ukraine)").getHitsList().isEmpty());
    assertTrue(search("missiles OR Kursk").getHitsList().isEmpty());
    assertTrue(search("missiles AND Kursk").getHitsList().isEmpty());
    assertTrue(search("troops NOT Kursk").getHitsList().isEmpty());
    assertTrue(search("a OR b").getHitsList().isEmpty());
    assertTrue(search("-x").getHitsList().isEmpty());
    assertTrue(search("\"unbalanced ' quotes \\ {} [] *").getHitsList().isEmpty());
  }

  @Test
  void searchLedger_noWords_invalidArgumentQuery() {
    for (String query : new String[] {"((( ", "", "   ", "\"\"", "*", "- ( ) : ^ \""}) {
      assertInvalid("INVALID_ARGUMENT", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder()
          .setQuery(query).build()), "query");
    }
  }

  @Test
  void searchLedger_tooLongOrTooManyWords_invalidArgumentQuery() {
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder()
        .setQuery("m".repeat(501)).build()), "query");
    assertInvalid("INVALID_ARGUMENT", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder()
        .setQuery("missiles").setPageSize(-1).build()), "page_size");
  }


  @Test
  void searchLedger_pages_sameHitsAsOnePageWithoutDuplicates() {
    for (int i = 0; i < 6; i++) f.claim("m-" + (char) ('a' + i), "Claim " + i + " about missiles " + "and more ".repeat(i));
    List<String> expected = hitNames(search("missiles"));
    assertEquals(9, expected.size());
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var r = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles").setPageSize(4)
          .setPageToken(token).build());
      sizes.add(r.getHitsCount());
      seen.addAll(hitNames(r));
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(4, 4, 1), sizes);
    assertEquals(expected, seen);
  }

  @Test
  void searchLedger_pageSizeAboveMaximum_acceptedAndClamped() {
    for (int i = 0; i < 105; i++) f.claim("m-" + i + "x", "Missiles claim number " + i + ".");
    var r = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles").setPageSize(5000).build());
    assertEquals(100, r.getHitsCount());
    assertFalse(r.getNextPageToken().isEmpty());
    var next = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles").setPageSize(5000)
        .setPageToken(r.getNextPageToken()).build());
    assertEquals(108 - 100, next.getHitsCount());
    assertEquals("", next.getNextPageToken());
    assertEquals(20, f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles").build())
        .getHitsCount(), "default page size");
  }

  @Test
  void searchLedger_forgedOrMismatchedToken_invalidPageToken() {
    String token = f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("missiles").setPageSize(1)
        .build()).getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder()
          .setQuery("missiles").setPageSize(1).setPageToken(bad).build()), "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.attribution.searchLedger(SearchLedgerRequest.newBuilder()
        .setQuery("Ukraine").setPageSize(1).setPageToken(token).build()), "page_token");
  }

  @Test
  void searchLedger_afterFailedStance_excerptNotIndexed() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> stance("troops", "bad", "nobody", DENIES, "s1", LUKIN_1));
    assertEquals(List.of("claims/missiles/stances/lukin-1"), hitNames(search("evidence solid")));
  }
}
