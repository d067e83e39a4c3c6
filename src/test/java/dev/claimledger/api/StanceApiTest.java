package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StanceService through an in-process server on a real SQLite file. */
class StanceApiTest {
  static final String TEXT = "Intro 🌍 text. The U.S. alleged it. Moscow denied it. Moscow did not comment.";

  @TempDir Path dir;
  LedgerFixture f;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    f.actor("us", "United States", ActorKind.ACTOR_KIND_STATE);
    f.actor("russia", "Russia", ActorKind.ACTOR_KIND_STATE);
    f.actor("reuters", "Reuters", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.source("s", "Source", TEXT);
    f.claim("m", "Missiles are used.");
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  private static Stance.Builder stance(String actor, StanceKind kind, String excerpt) {
    return Stance.newBuilder().setActor("actors/" + actor).setKind(kind).setSource("sources/s")
        .setExcerpt(Excerpt.newBuilder().setText(excerpt));
  }

  private Stance create(Stance.Builder s) {
    return f.stances.createStance(CreateStanceRequest.newBuilder().setParent("claims/m").setStance(s).build()).getStance();
  }

  private int stanceCount() {
    return f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").build()).getStancesCount();
  }

  @Test
  void createStance_locatesExcerptInCodePoints() {
    String excerpt = "The U.S. alleged it.";
    Stance s = create(stance("us", StanceKind.STANCE_KIND_ASSERTS, excerpt).addRelayChain("actors/reuters"));
    int utf16 = TEXT.indexOf(excerpt);
    int codePoints = TEXT.codePointCount(0, utf16);
    assertEquals(utf16 - 1, codePoints, "the emoji is two UTF-16 units, one code point");
    assertEquals(codePoints, s.getExcerpt().getStartOffset());
    assertEquals(codePoints + excerpt.length(), s.getExcerpt().getEndOffset());
    assertEquals("claims/m/stances/us-asserts", s.getName());
    assertEquals(StanceOrigin.STANCE_ORIGIN_MANUAL, s.getOrigin());
    assertEquals(java.util.List.of("actors/reuters"), s.getRelayChainList());
    assertEquals(s, f.stances.getStance(GetStanceRequest.newBuilder().setName(s.getName()).build()).getStance());
  }

  @Test
  void createStance_explicitSpan_checkedAgainstText() {
    String excerpt = "Moscow denied it.";
    int start = TEXT.codePointCount(0, TEXT.indexOf(excerpt));
    Stance ok = create(stance("russia", StanceKind.STANCE_KIND_DENIES, excerpt)
        .setExcerpt(Excerpt.newBuilder().setText(excerpt).setStartOffset(start).setEndOffset(start + excerpt.length())));
    assertEquals(start, ok.getExcerpt().getStartOffset());
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES, excerpt)
        .setExcerpt(Excerpt.newBuilder().setText(excerpt).setStartOffset(start + 1).setEndOffset(start + 1 + excerpt.length()))),
        "stance.excerpt.start_offset");
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES, excerpt)
        .setExcerpt(Excerpt.newBuilder().setText(excerpt).setStartOffset(500).setEndOffset(500 + excerpt.length()))),
        "stance.excerpt.end_offset");
    assertInvalid("EXCERPT_NOT_IN_SOURCE", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES, "Not there.")),
        "stance.excerpt.text");
    assertInvalid("INVALID_ARGUMENT", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES, excerpt)
        .setExcerpt(Excerpt.newBuilder().setText(excerpt).setStartOffset(-3).setEndOffset(4))),
        "stance.excerpt.start_offset", "stance.excerpt.end_offset");
    assertEquals(1, stanceCount());
  }

  @Test
  void createStance_badFields_everyViolationNamed() {
    var bad = Stance.newBuilder().setActor("russia").setKindValue(42).setSource("sources/").addRelayChain("x/y")
        .setExcerpt(Excerpt.newBuilder().setText("x".repeat(5001)));
    assertInvalid("INVALID_ARGUMENT", () -> f.stances.createStance(CreateStanceRequest.newBuilder().setParent("claims/Bad")
        .setStanceId("9x").setStance(bad).build()), "parent", "stance.actor", "stance.kind", "stance.source",
        "stance.relay_chain[0]", "stance.excerpt.text", "stance_id");
    assertInvalid("INVALID_ARGUMENT", () -> create(stance("russia", StanceKind.STANCE_KIND_UNSPECIFIED, "Moscow denied it.")),
        "stance.kind");
    assertEquals(0, stanceCount());
  }

  @Test
  void createStance_missingReferences_notFoundAndNothingWritten() {
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.stances.createStance(CreateStanceRequest.newBuilder()
        .setParent("claims/nope").setStance(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it.")).build()));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> create(stance("nobody", StanceKind.STANCE_KIND_DENIES, "Moscow denied it.")));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES,
        "Moscow denied it.").addRelayChain("actors/nobody")));
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND", () -> create(stance("russia", StanceKind.STANCE_KIND_DENIES,
        "Moscow denied it.").setSource("sources/nope")));
    assertEquals(0, stanceCount());
    assertEquals(0, f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/m").build()).getClaim().getSummary()
        .getStanceCount());
  }

  @Test
  void getStance_wrongClaimOrUnknown_notFound() {
    Stance s = create(stance("us", StanceKind.STANCE_KIND_ASSERTS, "The U.S. alleged it."));
    f.claim("other", "Another claim.");
    String wrong = s.getName().replace("claims/m/", "claims/other/");
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND",
        () -> f.stances.getStance(GetStanceRequest.newBuilder().setName(wrong).build()));
    assertInvalid("INVALID_ARGUMENT",
        () -> f.stances.getStance(GetStanceRequest.newBuilder().setName("claims/m/stances").build()), "name");
  }

  @Test
  void supersedeStance_correctionReplacesAndIsNotRepeatable() {
    create(stance("us", StanceKind.STANCE_KIND_ASSERTS, "The U.S. alleged it."));
    Stance denial = create(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it."));
    assertTrue(f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/m").build()).getClaim().getSummary().getContested());
    var result = f.stances.supersedeStance(SupersedeStanceRequest.newBuilder().setName(denial.getName())
        .setParent("claims/m").setReason("the article says Moscow did not comment")
        .setStance(stance("russia", StanceKind.STANCE_KIND_DECLINES_TO_COMMENT, "Moscow did not comment.")).build());
    assertEquals(denial.getName(), result.getStance().getSupersedes());
    assertEquals("the article says Moscow did not comment", result.getStance().getSupersedeReason());
    assertEquals(result.getStance().getName(), result.getSuperseded().getSupersededBy());
    var summary = f.claims.getClaim(GetClaimRequest.newBuilder().setName("claims/m").build()).getClaim().getSummary();
    assertFalse(summary.getContested());
    assertEquals(2, summary.getStanceCount());
    assertError(Status.Code.FAILED_PRECONDITION, "STANCE_ALREADY_SUPERSEDED", () -> f.stances.supersedeStance(
        SupersedeStanceRequest.newBuilder().setName(denial.getName()).setParent("claims/m").setReason("again")
            .setStance(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it.")).build()));
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> f.stances.supersedeStance(
        SupersedeStanceRequest.newBuilder().setName("claims/m/stances/nope").setParent("claims/m").setReason("x")
            .setStance(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it.")).build()));
    assertInvalid("INVALID_ARGUMENT", () -> f.stances.supersedeStance(SupersedeStanceRequest.newBuilder()
        .setName(result.getStance().getName()).setParent("claims/m")
        .setStance(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it.")).build()), "reason");
    assertEquals(3, stanceCount());
  }

  @Test
  void listStances_filtersAndPages() {
    create(stance("us", StanceKind.STANCE_KIND_ASSERTS, "The U.S. alleged it."));
    Stance d = create(stance("russia", StanceKind.STANCE_KIND_DENIES, "Moscow denied it."));
    create(stance("russia", StanceKind.STANCE_KIND_DECLINES_TO_COMMENT, "Moscow did not comment."));
    assertEquals(2, f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m")
        .setFilter("actor = \"actors/russia\"").build()).getStancesCount());
    assertEquals(java.util.List.of(d), f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
        .setFilter("kind = DENIES AND source = \"sources/s\" AND superseded = false").build()).getStancesList());
    assertEquals(2, f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m")
        .setFilter("kind != STANCE_KIND_DENIES").build()).getStancesCount());
    var page = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m").setPageSize(2).build());
    assertEquals(2, page.getStancesCount());
    var rest = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m").setPageSize(2)
        .setPageToken(page.getNextPageToken()).build());
    assertEquals(1, rest.getStancesCount());
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-")
        .setPageSize(2).setPageToken(page.getNextPageToken()).build()), "page_token");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND",
        () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/nope").build()));
    assertInvalid("INVALID_FILTER", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m")
        .setFilter("kind = DENIES OR kind = ASSERTS").build()), "filter");
    assertInvalid("INVALID_FILTER", () -> f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/m")
        .setFilter("actor = \"unterminated").build()), "filter");
  }
}
