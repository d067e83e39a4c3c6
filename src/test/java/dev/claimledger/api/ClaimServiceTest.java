package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClaimService through the in-process server on a real SQLite file. */
class ClaimServiceTest {
  private static final String ID = "[a-z]([a-z0-9-]{0,61}[a-z0-9])?";
  private static final String MISSILES = "Russia is using North Korean-made ballistic missiles in Ukraine.";

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

  private Claim create(String id, String text, String description) {
    return f.claims.createClaim(request(id, text, description)).getClaim();
  }

  private static CreateClaimRequest request(String id, String text, String description) {
    return CreateClaimRequest.newBuilder().setClaimId(id)
        .setClaim(Claim.newBuilder().setText(text).setDescription(description)).build();
  }

  private Claim get(String name) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName(name).build()).getClaim();
  }

  private List<Claim> all() {
    return f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1000).build()).getClaimsList();
  }

  private List<String> listNames(String filter) {
    return f.claims.listClaims(ListClaimsRequest.newBuilder().setFilter(filter).build()).getClaimsList().stream()
        .map(Claim::getName).toList();
  }

  /** A claim that actor "a" asserts and actor "b" denies, both in one source. */
  private void contest(String claimId) {
    f.stance(claimId, "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says yes");
    f.stance(claimId, "b", StanceKind.STANCE_KIND_DENIES, "src", "B says no");
  }

  private void actorsAndSource() {
    f.actor("a", "Actor A", ActorKind.ACTOR_KIND_STATE);
    f.actor("b", "Actor B", ActorKind.ACTOR_KIND_STATE);
    f.source("src", "Source", "A says yes. B says no.");
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- CreateClaim ----

  @Test
  void createClaim_valid_returnsClaimWithEmptySummary() {
    Claim c = create("missiles", "  " + MISSILES + "  ", "About the KN-23 launches.");
    assertEquals("claims/missiles", c.getName());
    assertEquals(MISSILES, c.getText());
    assertEquals("About the KN-23 launches.", c.getDescription());
    assertEquals(ClaimSummary.getDefaultInstance(), c.getSummary());
    assertTrue(c.hasSummary());
    assertTrue(c.hasCreateTime());
    assertEquals(c, get("claims/missiles"));
  }

  @Test
  void createClaim_noClaimId_derivesValidIdFromText() {
    Claim c = create("", MISSILES, "");
    String id = c.getName().substring("claims/".length());
    assertTrue(id.matches(ID), id);
    assertTrue(id.startsWith("russia-is-using"), id);
    for (String text : new String[] {"2024 was the year North Korea sent troops.", "Россия отрицает.", "!!! ???",
        "Ü".repeat(70) + " long word"}) {
      Claim other = create("", text, "");
      String otherId = other.getName().substring("claims/".length());
      assertTrue(otherId.matches(ID), () -> text + " -> " + otherId);
      assertEquals(other, get(other.getName()));
    }
  }

  @Test
  void createClaim_sameTextIgnoringCaseAndPunctuation_alreadyExistsClaimAlreadyExists() {
    Claim first = create("missiles", MISSILES, "");
    for (String text : new String[] {MISSILES, "russia is using north korean made ballistic missiles in ukraine",
        "RUSSIA IS USING NORTH KOREAN-MADE  BALLISTIC MISSILES IN UKRAINE!"}) {
      var e = assertError(Status.Code.ALREADY_EXISTS, "CLAIM_ALREADY_EXISTS", () -> create("", text, ""));
      assertEquals("claims/missiles", errorInfo(e).getMetadataOrThrow("existing"));
    }
    assertEquals(List.of(first), all());
  }

  @Test
  void createClaim_claimIdTaken_alreadyExistsClaimAlreadyExists() {
    Claim first = create("missiles", MISSILES, "");
    assertError(Status.Code.ALREADY_EXISTS, "CLAIM_ALREADY_EXISTS", () -> create("missiles", "A different claim.", ""));
    assertEquals(List.of(first), all());
  }

  @Test
  void createClaim_badClaimId_invalidArgumentClaimId() {
    for (String id : new String[] {"Bad", "Bad_ID", "1claim", "claim-", "a".repeat(64), "claims/x"}) {
      assertInvalid("INVALID_ARGUMENT", () -> create(id, MISSILES, ""), "claim_id");
    }
    assertTrue(all().isEmpty());
  }

  @Test
  void createClaim_emptyOrOversizedText_invalidArgumentText() {
    assertInvalid("INVALID_ARGUMENT", () -> create("c", "", ""), "claim.text");
    assertInvalid("INVALID_ARGUMENT", () -> create("c", "   ", ""), "claim.text");
    assertInvalid("INVALID_ARGUMENT", () -> create("c", "x".repeat(2001), ""), "claim.text");
    assertInvalid("INVALID_ARGUMENT", () -> f.claims.createClaim(CreateClaimRequest.getDefaultInstance()),
        "claim", "claim.text");
    assertTrue(all().isEmpty());
  }

  @Test
  void createClaim_textOfMaximumLengthInCodePoints_accepted() {
    String text = "\uD83D\uDE80".repeat(2000);
    Claim c = create("rockets", text, "");
    assertEquals(text, c.getText());
  }

  @Test
  void createClaim_oversizedDescription_invalidArgumentDescription() {
    assertInvalid("INVALID_ARGUMENT", () -> create("c", MISSILES, "d".repeat(2001)), "claim.description");
    assertTrue(all().isEmpty());
  }

  // ---- GetClaim ----

  @Test
  void getClaim_malformedName_invalidArgumentName() {
    for (String name : new String[] {"", "claims/", "claims/Bad_ID", "foo/bar", "claims/x/stances", "missiles"}) {
      assertInvalid("INVALID_ARGUMENT", () -> get(name), "name");
    }
  }

  @Test
  void getClaim_unknown_notFoundClaimNotFound() {
    var e = assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> get("claims/nope"));
    assertEquals("claims/nope", errorInfo(e).getMetadataOrThrow("resource"));
  }

  @Test
  void getClaim_withStances_returnsSummary() {
    actorsAndSource();
    create("c", MISSILES, "");
    contest("c");
    ClaimSummary s = get("claims/c").getSummary();
    assertEquals(2, s.getStanceCount());
    assertEquals(1, s.getSupportingActorCount());
    assertEquals(1, s.getDenyingActorCount());
    assertTrue(s.getContested());
    assertEquals(0, s.getConflictingReportCount());
  }

  // ---- ListClaims ----

  @Test
  void listClaims_sevenClaimsPageSizeThree_pagesOfThreeThreeOneInCreationOrder() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) expected.add(create("claim-" + (char) ('g' - i), "Claim number " + i + ".", "").getName());
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String token = "";
    do {
      var page = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(3).setPageToken(token).build());
      sizes.add(page.getClaimsCount());
      page.getClaimsList().forEach(c -> seen.add(c.getName()));
      token = page.getNextPageToken();
      tokens.add(token);
    } while (!token.isEmpty());
    assertEquals(List.of(3, 3, 1), sizes);
    assertEquals(expected, seen);
    assertEquals(7, new HashSet<>(seen).size());
    assertEquals("", tokens.get(2));
  }

  @Test
  void listClaims_exactMultipleOfPageSize_lastPageHasEmptyToken() {
    for (int i = 0; i < 3; i++) create("c-" + (char) ('a' + i), "Claim " + i, "");
    var page = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(3).build());
    assertEquals(3, page.getClaimsCount());
    assertEquals("", page.getNextPageToken());
  }

  @Test
  void listClaims_pageSizeZeroOrAboveMaximum_acceptedAndClamped() {
    for (int i = 0; i < 3; i++) create("c-" + (char) ('a' + i), "Claim " + i, "");
    for (int size : new int[] {0, 1001, Integer.MAX_VALUE}) {
      var page = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(size).build());
      assertEquals(3, page.getClaimsCount());
      assertEquals("", page.getNextPageToken());
    }
  }

  @Test
  void listClaims_defaultPageSize_fifty() {
    for (int i = 0; i < 51; i++) create("c-" + i + "x", "Claim " + i, "");
    var page = f.claims.listClaims(ListClaimsRequest.getDefaultInstance());
    assertEquals(50, page.getClaimsCount());
    assertFalse(page.getNextPageToken().isEmpty());
  }

  @Test
  void listClaims_filterContested_filters() {
    actorsAndSource();
    create("c1", "Claim one.", "");
    create("c2", "Claim two.", "");
    create("c3", "Claim three.", "");
    contest("c2");
    f.stance("c3", "a", StanceKind.STANCE_KIND_ASSERTS, "src", "A says yes");
    assertEquals(List.of("claims/c2"), listNames("contested = true"));
    assertEquals(List.of("claims/c1", "claims/c3"), listNames("contested = false"));
    assertEquals(List.of("claims/c1", "claims/c2", "claims/c3"), listNames(""));
  }

  @Test
  void listClaims_negativePageSize_invalidArgumentPageSize() {
    assertInvalid("INVALID_ARGUMENT",
        () -> f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(-1).build()), "page_size");
  }

  @Test
  void listClaims_forgedOrMismatchedPageToken_invalidPageToken() {
    for (int i = 0; i < 3; i++) create("c-" + (char) ('a' + i), "Claim " + i, "");
    String token = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1).build()).getNextPageToken();
    assertFalse(token.isEmpty());
    String tampered = tamper(token);
    assertNotEquals(token, tampered);
    for (String bad : new String[] {"abc", tampered, token + "x"}) {
      assertInvalid("INVALID_PAGE_TOKEN",
          () -> f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1).setPageToken(bad).build()), "page_token");
    }
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1)
        .setFilter("contested = false").setPageToken(token).build()), "page_token");
  }

  @Test
  void listClaims_invalidFilter_invalidFilter() {
    for (String filter : new String[] {"text = \"x\"", "contested != true", "contested = \"true",
        "contested = true OR contested = false", "contested = yes", "contested", "contested = true AND"}) {
      assertInvalid("INVALID_FILTER",
          () -> f.claims.listClaims(ListClaimsRequest.newBuilder().setFilter(filter).build()), "filter");
    }
  }
}
