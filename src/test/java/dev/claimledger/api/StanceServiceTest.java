package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Timestamp;
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

/** StanceService through the in-process server on a real SQLite file. */
class StanceServiceTest {
  private static final StanceKind ASSERTS = StanceKind.STANCE_KIND_ASSERTS;
  private static final StanceKind DENIES = StanceKind.STANCE_KIND_DENIES;
  private static final StanceKind DECLINES = StanceKind.STANCE_KIND_DECLINES_TO_COMMENT;
  private static final String ID = "[a-z]([a-z0-9-]{0,61}[a-z0-9])?";

  private static final String DENIAL = "Russia denied the allegations.";
  private static final String US_SAYS = "The U.S. said Russia fired North Korean missiles.";
  private static final String KCNA_SAYS = "KCNA declined to comment.";
  /** Non-BMP characters (a flag and a math letter) before every excerpt: code points differ from UTF-16 units. */
  private static final String TEXT = "Seoul \uD83C\uDDF0\uD83C\uDDF7 \uD835\uDD4F report: " + DENIAL + " " + US_SAYS + " "
      + DENIAL + " " + KCNA_SAYS;
  private static final String OTHER_TEXT = "A second article. " + DENIAL;

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE, "Moscow");
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE);
    f.actor("kcna", "KCNA", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.actor("reuters", "Reuters", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.source("s1", "Seoul report", TEXT);
    f.source("s2", "Second article", OTHER_TEXT);
    f.claim("missiles", "Russia fired North Korean missiles.");
    f.claim("troops", "North Korean troops are in Kursk.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  /** Code-point offset of the {@code nth} (0-based) occurrence of {@code excerpt} in {@code text}. */
  private static int codePointOffset(String text, String excerpt, int nth) {
    int from = -1;
    for (int i = 0; i <= nth; i++) from = text.indexOf(excerpt, from + 1);
    assertTrue(from >= 0);
    return text.codePointCount(0, from);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static Stance.Builder stance(String actor, StanceKind kind, String source, String excerpt, int start, int end) {
    return Stance.newBuilder().setActor(actor).setKind(kind).setSource(source)
        .setExcerpt(Excerpt.newBuilder().setText(excerpt).setStartOffset(start).setEndOffset(end));
  }

  private static Stance.Builder stance(String actor, StanceKind kind, String source, String excerpt) {
    return stance(actor, kind, source, excerpt, 0, 0);
  }

  private Stance create(String parent, Stance.Builder s) {
    return f.stances.createStance(CreateStanceRequest.newBuilder().setParent(parent).setStance(s).build()).getStance();
  }

  private Stance create(String parent, String id, Stance.Builder s) {
    return f.stances.createStance(CreateStanceRequest.newBuilder().setParent(parent).setStanceId(id).setStance(s)
        .build()).getStance();
  }

  private Stance get(String name) {
    return f.stances.getStance(GetStanceRequest.newBuilder().setName(name).build()).getStance();
  }

  private List<Stance> list(String parent, String filter) {
    return f.stances.listStances(ListStancesRequest.newBuilder().setParent(parent).setFilter(filter).setPageSize(1000)
        .build()).getStancesList();
  }

  private List<String> listNames(String parent, String filter) {
    return list(parent, filter).stream().map(Stance::getName).toList();
  }

  private ClaimSummary summary(String claimId) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/" + claimId).build()).getClaim().getSummary();
  }

  private SupersedeStanceResponse supersede(String name, String parent, Stance.Builder replacement, String reason) {
    return f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(name).setParent(parent)
        .setStance(replacement).setReason(reason).build());
  }

  /** Nothing was written by a failed call: no stance anywhere, and every summary still empty. */
  private void assertNoStances() {
    assertTrue(list("claims/-", "").isEmpty());
    assertEquals(ClaimSummary.getDefaultInstance(), summary("missiles"));
    assertEquals(ClaimSummary.getDefaultInstance(), summary("troops"));
    assertTrue(f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery("allegations").build())
        .getHitsList().isEmpty());
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- CreateStance ----

  @Test
  void createStance_offsetsZero_locatesFirstOccurrenceInCodePoints() {
    Stance s = create("claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    int start = codePointOffset(TEXT, DENIAL, 0);
    assertTrue(start < TEXT.indexOf(DENIAL), "the text must hold non-BMP characters before the excerpt");
    assertEquals(start, s.getExcerpt().getStartOffset());
    assertEquals(start + length(DENIAL), s.getExcerpt().getEndOffset());
    assertEquals(DENIAL, s.getExcerpt().getText());
    int[] cps = TEXT.codePoints().toArray();
    assertEquals(DENIAL, new String(cps, s.getExcerpt().getStartOffset(),
        s.getExcerpt().getEndOffset() - s.getExcerpt().getStartOffset()));
  }

  @Test
  void createStance_explicitCorrectOffsets_acceptedAsGiven() {
    int start = codePointOffset(TEXT, DENIAL, 1);
    Stance s = create("claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL, start, start + length(DENIAL)));
    assertEquals(start, s.getExcerpt().getStartOffset());
    assertEquals(start + length(DENIAL), s.getExcerpt().getEndOffset());
    int kcna = codePointOffset(TEXT, KCNA_SAYS, 0);
    Stance atEnd = create("claims/missiles",
        stance("actors/kcna", DECLINES, "sources/s1", KCNA_SAYS, kcna, kcna + length(KCNA_SAYS)));
    assertEquals(length(TEXT), atEnd.getExcerpt().getEndOffset());
  }

  @Test
  void createStance_explicitOffsetsAtStartOfText_accepted() {
    Stance s = create("claims/missiles", stance("actors/russia", DENIES, "sources/s2", "A second", 0, 8));
    assertEquals(0, s.getExcerpt().getStartOffset());
    assertEquals(8, s.getExcerpt().getEndOffset());
  }

  @Test
  void createStance_excerptDiffersInCase_excerptNotInSource() {
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL.toLowerCase(java.util.Locale.ROOT))), "stance.excerpt.text");
    assertNoStances();
  }

  @Test
  void createStance_allFields_returnsEveryField() {
    Timestamp when = Timestamp.newBuilder().setSeconds(1_730_000_000L).build();
    Stance s = create("claims/missiles", "us-asserts", stance("actors/us", ASSERTS, "sources/s1", US_SAYS)
        .addRelayChain("actors/reuters").addRelayChain("actors/kcna").setStatementTime(when)
        .setOrigin(StanceOrigin.STANCE_ORIGIN_EXTRACTED).setSupersedes("claims/x/stances/y")
        .setResolvedActor("actors/russia"));
    assertEquals("claims/missiles/stances/us-asserts", s.getName());
    assertEquals("actors/us", s.getActor());
    assertEquals(ASSERTS, s.getKind());
    assertEquals("sources/s1", s.getSource());
    assertEquals(US_SAYS, s.getExcerpt().getText());
    assertEquals(List.of("actors/reuters", "actors/kcna"), s.getRelayChainList());
    assertEquals(when, s.getStatementTime());
    assertEquals(StanceOrigin.STANCE_ORIGIN_MANUAL, s.getOrigin(), "origin is output only");
    assertEquals("", s.getSupersedes(), "supersedes is output only");
    assertEquals("", s.getSupersedeReason());
    assertEquals("", s.getSupersededBy());
    assertEquals("actors/us", s.getResolvedActor(), "resolved_actor is output only");
    assertTrue(s.hasCreateTime());
    assertEquals(s, get(s.getName()));
    ClaimSummary summary = summary("missiles");
    assertEquals(1, summary.getStanceCount());
    assertEquals(1, summary.getSupportingActorCount());
    assertFalse(summary.getContested());
  }

  @Test
  void createStance_noStanceId_generatesValidId() {
    Stance a = create("claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    Stance b = create("claims/missiles", stance("actors/russia", DENIES, "sources/s2", DENIAL));
    for (Stance s : List.of(a, b)) {
      assertTrue(s.getName().startsWith("claims/missiles/stances/"), s.getName());
      assertTrue(s.getName().substring("claims/missiles/stances/".length()).matches(ID), s.getName());
    }
    assertFalse(a.getName().equals(b.getName()));
  }

  @Test
  void createStance_endOffsetPastEndOfText_excerptNotInSource() {
    int start = length(TEXT) - 3;
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/kcna", DECLINES, "sources/s1", "nt.xx", start, start + 5)), "stance.excerpt.end_offset");
    assertNoStances();
  }

  @Test
  void createStance_offsetsOfOtherText_excerptNotInSource() {
    int us = codePointOffset(TEXT, US_SAYS, 0);
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL, us, us + length(DENIAL))));
    assertNoStances();
  }

  @Test
  void createStance_offsetsInUtf16Units_excerptNotInSource() {
    int utf16 = TEXT.indexOf(DENIAL);
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL, utf16, utf16 + DENIAL.length())));
    assertNoStances();
  }

  @Test
  void createStance_excerptNotInSourceText_excerptNotInSource() {
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", "Russia admitted everything.")), "stance.excerpt.text");
    // In the other source only.
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create("claims/missiles",
        stance("actors/us", ASSERTS, "sources/s2", US_SAYS)), "stance.excerpt.text");
    assertNoStances();
  }

  @Test
  void createStance_spanLengthDiffersFromExcerpt_invalidArgumentEndOffset() {
    int start = codePointOffset(TEXT, DENIAL, 0);
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL, start, start + DENIAL.length() + 1)),
        "stance.excerpt.end_offset");
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL, -1, length(DENIAL) - 1)), "stance.excerpt.start_offset");
    assertNoStances();
  }

  @Test
  void createStance_missingClaim_notFoundClaimNotFound() {
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND",
        () -> create("claims/nope", stance("actors/russia", DENIES, "sources/s1", DENIAL)));
    assertNoStances();
  }

  @Test
  void createStance_missingActor_notFoundActorNotFound() {
    var e = assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> create("claims/missiles", stance("actors/nobody", DENIES, "sources/s1", DENIAL)));
    assertEquals("actors/nobody", errorInfo(e).getMetadataOrThrow("resource"));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL).addRelayChain("actors/nobody")));
    assertNoStances();
  }

  @Test
  void createStance_missingSource_notFoundSourceNotFound() {
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND",
        () -> create("claims/missiles", stance("actors/russia", DENIES, "sources/nope", DENIAL)));
    assertNoStances();
  }

  @Test
  void createStance_kindUnspecifiedOrUnknown_invalidArgumentKind() {
    for (int kind : new int[] {0, 99}) {
      Stance.Builder s = stance("actors/russia", DENIES, "sources/s1", DENIAL).setKindValue(kind);
      assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles", s), "stance.kind");
    }
    assertNoStances();
  }

  @Test
  void createStance_emptyOrOversizedExcerpt_invalidArgumentExcerptText() {
    assertInvalid("INVALID_ARGUMENT",
        () -> create("claims/missiles", stance("actors/russia", DENIES, "sources/s1", "")), "stance.excerpt.text");
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL).clearExcerpt()), "stance.excerpt.text");
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", "x".repeat(5001))), "stance.excerpt.text");
    assertNoStances();
  }

  @Test
  void createStance_malformedNames_invalidArgumentNamingEachField() {
    for (String parent : new String[] {"", "claims/", "foo/bar", "claims/x/stances", "claims/Bad_ID", "claims/-"}) {
      assertInvalid("INVALID_ARGUMENT",
          () -> create(parent, stance("actors/russia", DENIES, "sources/s1", DENIAL)), "parent");
    }
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles", "Bad",
        stance("actors/Bad_ID", DENIES, "foo/bar", DENIAL).addRelayChain("reuters")),
        "stance.actor", "stance.source", "stance.relay_chain[0]", "stance_id");
    assertInvalid("INVALID_ARGUMENT", () -> f.stances.createStance(CreateStanceRequest.newBuilder()
        .setParent("claims/missiles").build()),
        "stance", "stance.actor", "stance.kind", "stance.source", "stance.excerpt.text");
    assertNoStances();
  }

  @Test
  void createStance_tooManyRelaysOrBadStatementTime_invalidArgument() {
    Stance.Builder many = stance("actors/russia", DENIES, "sources/s1", DENIAL);
    for (int i = 0; i < 11; i++) many.addRelayChain("actors/reuters");
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles", many), "stance.relay_chain");
    assertInvalid("INVALID_ARGUMENT", () -> create("claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL)
        .setStatementTime(Timestamp.newBuilder().setSeconds(-62_135_596_801L))), "stance.statement_time");
    assertNoStances();
  }

  @Test
  void createStance_stanceIdTaken_alreadyExistsStanceAlreadyExists() {
    Stance first = create("claims/missiles", "russia-denies", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    assertError(Status.Code.ALREADY_EXISTS, "STANCE_ALREADY_EXISTS", () -> create("claims/missiles", "russia-denies",
        stance("actors/russia", DENIES, "sources/s2", DENIAL)));
    assertEquals(List.of(first), list("claims/-", ""));
    assertEquals(1, summary("missiles").getStanceCount());
  }

  // ---- GetStance ----

  @Test
  void getStance_existing_returnsStance() {
    Stance s = create("claims/missiles", "r", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    assertEquals(s, get("claims/missiles/stances/r"));
  }

  @Test
  void getStance_wrongClaimInName_notFoundStanceNotFound() {
    create("claims/missiles", "r", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> get("claims/troops/stances/r"));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> get("claims/nope/stances/r"));
  }

  @Test
  void getStance_unknown_notFoundStanceNotFound() {
    var e = assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> get("claims/missiles/stances/nope"));
    assertEquals("claims/missiles/stances/nope", errorInfo(e).getMetadataOrThrow("resource"));
  }

  @Test
  void getStance_malformedName_invalidArgumentName() {
    for (String name : new String[] {"", "claims/x/stances", "claims/x/stances/", "claims/missiles",
        "claims/Bad/stances/r", "foo/bar/stances/r", "claims/x/opinions/r", "claims/x/stances/r/extra"}) {
      assertInvalid("INVALID_ARGUMENT", () -> get(name), "name");
    }
  }

  // ---- ListStances ----

  /** russia DENIES (s1), us ASSERTS (s1) on missiles; russia DENIES (s2) on troops; kcna DECLINES (s1) on missiles. */
  private List<Stance> threeActors() {
    List<Stance> out = new ArrayList<>();
    out.add(create("claims/missiles", "r1", stance("actors/russia", DENIES, "sources/s1", DENIAL)));
    out.add(create("claims/missiles", "u1", stance("actors/us", ASSERTS, "sources/s1", US_SAYS)));
    out.add(create("claims/troops", "r2", stance("actors/russia", DENIES, "sources/s2", DENIAL)));
    out.add(create("claims/missiles", "k1", stance("actors/kcna", DECLINES, "sources/s1", KCNA_SAYS)));
    return out;
  }

  @Test
  void listStances_oneClaimOrEveryClaim_recordOrder() {
    List<Stance> all = threeActors();
    assertEquals(List.of(all.get(0), all.get(1), all.get(3)), list("claims/missiles", ""));
    assertEquals(List.of(all.get(2)), list("claims/troops", ""));
    assertEquals(all, list("claims/-", ""));
  }

  @Test
  void listStances_filters_kindActorSourceSuperseded() {
    threeActors();
    assertEquals(List.of("claims/missiles/stances/r1", "claims/troops/stances/r2"), listNames("claims/-", "kind = DENIES"));
    assertEquals(List.of("claims/missiles/stances/r1", "claims/troops/stances/r2"),
        listNames("claims/-", "kind = STANCE_KIND_DENIES"));
    assertEquals(List.of("claims/missiles/stances/u1", "claims/missiles/stances/k1"),
        listNames("claims/-", "kind != DENIES"));
    assertEquals(List.of("claims/missiles/stances/r1", "claims/troops/stances/r2"),
        listNames("claims/-", "actor = \"actors/russia\""));
    assertEquals(List.of("claims/missiles/stances/r1"), listNames("claims/missiles", "actor = \"actors/russia\""));
    assertEquals(List.of("claims/troops/stances/r2"), listNames("claims/-", "source = \"sources/s2\""));
    assertEquals(List.of("claims/missiles/stances/u1"),
        listNames("claims/-", "source = \"sources/s1\" AND kind = ASSERTS"));
    assertEquals(4, list("claims/-", "superseded = false").size());
    assertTrue(list("claims/-", "superseded = true").isEmpty());

    supersede("claims/missiles/stances/k1", "claims/missiles",
        stance("actors/kcna", DENIES, "sources/s1", KCNA_SAYS), "misread");
    assertEquals(List.of("claims/missiles/stances/k1"), listNames("claims/-", "superseded = true"));
    assertEquals(4, list("claims/-", "superseded = false").size());
    assertFalse(listNames("claims/-", "superseded = false").contains("claims/missiles/stances/k1"));
  }

  @Test
  void listStances_actorFilterAfterMerge_includesMergedActorsStances() {
    f.actor("moskva", "Moskva", ActorKind.ACTOR_KIND_STATE);
    Stance byMerged = create("claims/missiles", "m1", stance("actors/moskva", DENIES, "sources/s2", DENIAL));
    Stance bySurvivor = create("claims/missiles", "r1", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    f.actors.mergeActors(MergeActorsRequest.newBuilder().setName("actors/moskva").setInto("actors/russia")
        .setReason("same state").build());
    assertEquals(List.of("claims/missiles/stances/m1", "claims/missiles/stances/r1"),
        listNames("claims/-", "actor = \"actors/russia\""));
    Stance after = get(byMerged.getName());
    assertEquals("actors/moskva", after.getActor());
    assertEquals("actors/russia", after.getResolvedActor());
    assertEquals("actors/russia", get(bySurvivor.getName()).getResolvedActor());
    assertEquals(1, summary("missiles").getDenyingActorCount());
  }

  @Test
  void listStances_sevenStancesPageSizeThree_pagesOfThreeThreeOne() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(create("claims/missiles", "st-" + (char) ('g' - i),
          stance("actors/russia", DENIES, i % 2 == 0 ? "sources/s1" : "sources/s2", DENIAL)).getName());
    }
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var page = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/missiles").setPageSize(3)
          .setPageToken(token).build());
      sizes.add(page.getStancesCount());
      page.getStancesList().forEach(s -> seen.add(s.getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(3, 3, 1), sizes);
    assertEquals(expected, seen);
  }

  @Test
  void listStances_pageSizeAboveMaximum_acceptedAndClamped() {
    threeActors();
    var page = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1_000_000).build());
    assertEquals(4, page.getStancesCount());
    assertEquals("", page.getNextPageToken());
  }

  @Test
  void listStances_unknownParentClaim_notFoundClaimNotFound() {
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND",
        () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/nope").build()));
  }

  @Test
  void listStances_badParentOrPageSize_invalidArgument() {
    for (String parent : new String[] {"", "claims/", "foo/bar", "claims/x/stances", "claims/Bad_ID"}) {
      assertInvalid("INVALID_ARGUMENT",
          () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent(parent).build()), "parent");
    }
    assertInvalid("INVALID_ARGUMENT", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
        .setPageSize(-1).build()), "page_size");
  }

  @Test
  void listStances_forgedPageToken_invalidPageToken() {
    threeActors();
    String token = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1).build())
        .getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.stances.listStances(ListStancesRequest.newBuilder()
          .setParent("claims/-").setPageSize(1).setPageToken(bad).build()), "page_token");
    }
  }

  @Test
  void listStances_tokenFromOtherFilterOrParent_invalidPageToken() {
    threeActors();
    create("claims/missiles", "r3", stance("actors/russia", DENIES, "sources/s2", DENIAL));
    String token = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1)
        .setFilter("kind = DENIES").build()).getNextPageToken();
    assertFalse(token.isEmpty());
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
        .setPageSize(1).setFilter("kind = ASSERTS").setPageToken(token).build()), "page_token");
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.stances.listStances(ListStancesRequest.newBuilder()
        .setParent("claims/missiles").setPageSize(1).setFilter("kind = DENIES").setPageToken(token).build()), "page_token");
    // With the same filter the token continues.
    var next = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(10)
        .setFilter("kind = DENIES").setPageToken(token).build());
    assertEquals(List.of("claims/troops/stances/r2", "claims/missiles/stances/r3"),
        next.getStancesList().stream().map(Stance::getName).toList());
  }

  @Test
  void listStances_invalidFilter_invalidFilter() {
    for (String filter : new String[] {"claim = \"claims/missiles\"", "kind < DENIES", "actor != \"actors/us\"",
        "actor = \"actors/us", "kind = DENIES OR kind = ASSERTS", "kind = DISAGREES", "superseded = sometimes",
        "actor = \"foo/bar\"", "kind = DENIES AND kind = ASSERTS", "kind = DENIES and actor = \"actors/us\""}) {
      assertInvalid("INVALID_FILTER", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
          .setFilter(filter).build()), "filter");
    }
  }

  // ---- SupersedeStance ----

  @Test
  void supersedeStance_valid_linksBothStancesAndKeepsOldReadable() {
    Stance old = create("claims/missiles", "r1", stance("actors/russia", ASSERTS, "sources/s1", DENIAL));
    var res = f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(old.getName())
        .setParent("claims/missiles").setStanceId("r1-fixed").setReason("  it was a denial  ")
        .setStance(stance("actors/russia", DENIES, "sources/s1", DENIAL)).build());
    Stance replacement = res.getStance();
    assertEquals("claims/missiles/stances/r1-fixed", replacement.getName());
    assertEquals(DENIES, replacement.getKind());
    assertEquals(old.getName(), replacement.getSupersedes());
    assertEquals("it was a denial", replacement.getSupersedeReason());
    assertEquals("", replacement.getSupersededBy());
    Stance superseded = res.getSuperseded();
    assertEquals(old.getName(), superseded.getName());
    assertEquals(replacement.getName(), superseded.getSupersededBy());
    assertEquals(old.toBuilder().setSupersededBy(replacement.getName()).build(), superseded);
    assertEquals(superseded, get(old.getName()));
    assertEquals(replacement, get(replacement.getName()));
    ClaimSummary s = summary("missiles");
    assertEquals(1, s.getStanceCount());
    assertEquals(0, s.getSupportingActorCount());
    assertEquals(1, s.getDenyingActorCount());
  }

  @Test
  void supersedeStance_alreadySuperseded_failedPreconditionStanceAlreadySuperseded() {
    Stance old = create("claims/missiles", "r1", stance("actors/russia", ASSERTS, "sources/s1", DENIAL));
    Stance first = supersede(old.getName(), "claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL),
        "correction").getStance();
    assertError(Status.Code.FAILED_PRECONDITION, "STANCE_ALREADY_SUPERSEDED", () -> supersede(old.getName(),
        "claims/missiles", stance("actors/russia", DECLINES, "sources/s1", DENIAL), "again"));
    assertEquals(first.getName(), get(old.getName()).getSupersededBy());
    assertEquals(2, list("claims/-", "").size());
    // The replacement itself can be corrected.
    Stance second = supersede(first.getName(), "claims/missiles", stance("actors/russia", DECLINES, "sources/s1", DENIAL),
        "again").getStance();
    assertEquals(first.getName(), second.getSupersedes());
  }

  @Test
  void supersedeStance_unknownOrWrongClaim_notFoundStanceNotFound() {
    create("claims/missiles", "r1", stance("actors/russia", ASSERTS, "sources/s1", DENIAL));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> supersede("claims/missiles/stances/nope",
        "claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL), "r"));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> supersede("claims/troops/stances/r1",
        "claims/missiles", stance("actors/russia", DENIES, "sources/s1", DENIAL), "r"));
    assertEquals(1, list("claims/-", "").size());
    assertEquals("", get("claims/missiles/stances/r1").getSupersededBy());
  }

  @Test
  void supersedeStance_badReplacement_errorsAndNothingWritten() {
    Stance old = create("claims/missiles", "r1", stance("actors/russia", ASSERTS, "sources/s1", DENIAL));
    ClaimSummary before = summary("missiles");
    assertError(Status.Code.INVALID_ARGUMENT, "EXCERPT_NOT_IN_SOURCE", () -> supersede(old.getName(), "claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", "Not in the text."), "r"));
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> supersede(old.getName(), "claims/nope",
        stance("actors/russia", DENIES, "sources/s1", DENIAL), "r"));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> supersede(old.getName(), "claims/missiles",
        stance("actors/nobody", DENIES, "sources/s1", DENIAL), "r"));
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND", () -> supersede(old.getName(), "claims/missiles",
        stance("actors/russia", DENIES, "sources/nope", DENIAL), "r"));
    assertError(Status.Code.ALREADY_EXISTS, "STANCE_ALREADY_EXISTS", () -> f.stances.supersedeStance(
        SupersedeStanceRequest.newBuilder().setName(old.getName()).setParent("claims/missiles").setStanceId("r1")
            .setReason("r").setStance(stance("actors/russia", DENIES, "sources/s1", DENIAL)).build()));
    assertEquals(List.of(old), list("claims/-", ""));
    assertEquals(before, summary("missiles"));
    assertEquals(old, get(old.getName()));
  }

  @Test
  void supersedeStance_badRequest_invalidArgumentNamingEachField() {
    Stance old = create("claims/missiles", "r1", stance("actors/russia", ASSERTS, "sources/s1", DENIAL));
    assertInvalid("INVALID_ARGUMENT", () -> f.stances.supersedeStance(SupersedeStanceRequest.newBuilder()
        .setName("claims/x/stances").setParent("claims/").setReason("")
        .setStance(stance("actors/russia", DENIES, "sources/s1", DENIAL).setKindValue(0)).build()),
        "name", "parent", "reason", "stance.kind");
    assertInvalid("INVALID_ARGUMENT", () -> supersede(old.getName(), "claims/missiles",
        stance("actors/russia", DENIES, "sources/s1", DENIAL), "r".repeat(1001)), "reason");
    assertEquals(List.of(old), list("claims/-", ""));
  }

  @Test
  void supersedeStance_supersededStanceNoLongerCounts_claimUncontested() {
    create("claims/missiles", "u1", stance("actors/us", ASSERTS, "sources/s1", US_SAYS));
    Stance denial = create("claims/missiles", "r1", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    assertTrue(summary("missiles").getContested());
    assertEquals(1, f.contradictions.listContestedClaims(ListContestedClaimsRequest.getDefaultInstance())
        .getContestedClaimsCount());

    supersede(denial.getName(), "claims/missiles", stance("actors/russia", DECLINES, "sources/s1", DENIAL),
        "the source says Russia did not comment");
    ClaimSummary s = summary("missiles");
    assertEquals(2, s.getStanceCount());
    assertEquals(1, s.getSupportingActorCount());
    assertEquals(0, s.getDenyingActorCount());
    assertFalse(s.getContested());
    assertTrue(f.contradictions.listContestedClaims(ListContestedClaimsRequest.getDefaultInstance())
        .getContestedClaimsList().isEmpty());
    assertTrue(f.claims.listClaims(ListClaimsRequest.newBuilder().setFilter("contested = true").build())
        .getClaimsList().isEmpty());
  }

  @Test
  void supersedeStance_replacementOnAnotherClaim_movesTheCount() {
    Stance old = create("claims/missiles", "r1", stance("actors/russia", DENIES, "sources/s1", DENIAL));
    var res = supersede(old.getName(), "claims/troops", stance("actors/russia", DENIES, "sources/s1", DENIAL),
        "wrong claim");
    assertTrue(res.getStance().getName().startsWith("claims/troops/stances/"), res.getStance().getName());
    assertEquals(old.getName(), res.getStance().getSupersedes());
    assertEquals(res.getStance().getName(), res.getSuperseded().getSupersededBy());
    assertEquals(0, summary("missiles").getStanceCount());
    assertEquals(0, summary("missiles").getDenyingActorCount());
    assertEquals(1, summary("troops").getStanceCount());
    assertEquals(1, summary("troops").getDenyingActorCount());
  }
}
