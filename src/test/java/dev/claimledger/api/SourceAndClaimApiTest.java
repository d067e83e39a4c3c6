package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.*;

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

/** SourceService and ClaimService through an in-process server on a real SQLite file. */
class SourceAndClaimApiTest {
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

  private CreateSourceResponse create(Source.Builder s) {
    return f.sources.createSource(CreateSourceRequest.newBuilder().setSource(s).build());
  }

  private int sourceCount() {
    return f.sources.listSources(ListSourcesRequest.getDefaultInstance()).getSourcesCount();
  }

  @Test
  void createSource_full_returnsEveryFieldAndHash() {
    f.actor("unn", "UNN", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    f.actor("reuters", "Reuters", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    Source s = create(Source.newBuilder().setTitle("Visit").setText("Choi arrived 🚀 in Moscow.").setPublisher("actors/unn")
        .addRelays("actors/reuters").setUri("https://unn.example/a").setPublishTime(Timestamp.newBuilder().setSeconds(1705276800)))
        .getSource();
    assertEquals("sources/visit", s.getName());
    assertEquals(List.of("actors/reuters"), s.getRelaysList());
    assertEquals(25, s.getTextLength(), "code points, not UTF-16 units");
    assertEquals(64, s.getContentSha256().length());
    Source got = f.sources.getSource(GetSourceRequest.newBuilder().setName(s.getName()).build()).getSource();
    assertEquals(s, got);
    Source basic = f.sources.listSources(ListSourcesRequest.getDefaultInstance()).getSources(0);
    assertEquals("", basic.getText());
    assertEquals(s.getText(), f.sources.listSources(ListSourcesRequest.newBuilder()
        .setView(SourceView.SOURCE_VIEW_FULL).build()).getSources(0).getText());
  }

  @Test
  void createSource_sameTextOrUri_returnsExistingUnchanged() {
    Source first = create(Source.newBuilder().setTitle("A").setText("Same text.").setUri("https://x.example/1")).getSource();
    var sameText = create(Source.newBuilder().setTitle("B").setText("Same text."));
    var sameUri = create(Source.newBuilder().setTitle("C").setText("Other text.").setUri("https://x.example/1"));
    assertTrue(sameText.getExisting());
    assertTrue(sameUri.getExisting());
    assertEquals(first, sameText.getSource());
    assertEquals(first, sameUri.getSource());
    assertEquals(1, sourceCount());
  }

  @Test
  void createSource_badInput_invalidArgumentAndNothingWritten() {
    assertInvalid("INVALID_ARGUMENT", () -> create(Source.newBuilder().setUri("ftp://x.example/a")
        .addRelays("reuters").setPublisher("Bad")), "source.title", "source.text", "source.uri", "source.relays[0]",
        "source.publisher");
    assertInvalid("INVALID_ARGUMENT", () -> create(Source.newBuilder().setTitle("t").setText("x".repeat(1_000_001))),
        "source.text");
    assertInvalid("INVALID_ARGUMENT", () -> create(Source.newBuilder().setTitle("t").setText("x").setUri("not a uri")),
        "source.uri");
    assertInvalid("INVALID_ARGUMENT", () -> f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId("-x")
        .setSource(Source.newBuilder().setTitle("t").setText("x")).build()), "source_id");
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> create(Source.newBuilder().setTitle("t").setText("x").setPublisher("actors/nobody")));
    assertEquals(0, sourceCount());
  }

  @Test
  void getSource_unknownOrBadView_errors() {
    assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND",
        () -> f.sources.getSource(GetSourceRequest.newBuilder().setName("sources/nope").build()));
    f.source("s", "t", "x");
    assertInvalid("INVALID_ARGUMENT",
        () -> f.sources.getSource(GetSourceRequest.newBuilder().setName("sources/s").setViewValue(7).build()), "view");
  }

  @Test
  void listSources_byPublishTimeAndPublisher() {
    f.actor("unn", "UNN", ActorKind.ACTOR_KIND_MEDIA_OUTLET);
    create(Source.newBuilder().setTitle("old").setText("a").setPublishTime(Timestamp.newBuilder().setSeconds(1_600_000_000)));
    create(Source.newBuilder().setTitle("new").setText("b").setPublisher("actors/unn")
        .setPublishTime(Timestamp.newBuilder().setSeconds(1_705_276_800)));
    var recent = f.sources.listSources(ListSourcesRequest.newBuilder()
        .setFilter("publish_time >= \"2024-01-01T00:00:00Z\"").build());
    assertEquals(List.of("sources/new"), recent.getSourcesList().stream().map(Source::getName).toList());
    assertEquals(1, f.sources.listSources(ListSourcesRequest.newBuilder().setFilter("publisher = \"actors/unn\"").build())
        .getSourcesCount());
    assertInvalid("INVALID_FILTER", () -> f.sources.listSources(ListSourcesRequest.newBuilder()
        .setFilter("publish_time = \"2024-01-01T00:00:00Z\"").build()), "filter");
  }

  @Test
  void createClaim_valid_derivesIdAndEmptySummary() {
    Claim c = f.claims.createClaim(CreateClaimRequest.newBuilder().setClaim(Claim.newBuilder()
        .setText("  Russia is using North Korean-made ballistic missiles in Ukraine.  ")).build()).getClaim();
    assertTrue(c.getName().startsWith("claims/russia-is-using-north-korean-made"), c.getName());
    assertEquals("Russia is using North Korean-made ballistic missiles in Ukraine.", c.getText());
    assertFalse(c.getSummary().getContested());
    assertEquals(c, f.claims.getClaim(GetClaimRequest.newBuilder().setName(c.getName()).build()).getClaim());
  }

  @Test
  void createClaim_badOrDuplicate_errorsAndNothingWritten() {
    f.claim("c", "Russia uses missiles.");
    var e = assertError(Status.Code.ALREADY_EXISTS, "CLAIM_ALREADY_EXISTS", () -> f.claims.createClaim(
        CreateClaimRequest.newBuilder().setClaim(Claim.newBuilder().setText("RUSSIA uses missiles")).build()));
    assertEquals("claims/c", LedgerFixture.errorInfo(e).getMetadataOrThrow("existing"));
    assertError(Status.Code.ALREADY_EXISTS, "CLAIM_ALREADY_EXISTS", () -> f.claim("c", "Another claim."));
    assertInvalid("INVALID_ARGUMENT", () -> f.claims.createClaim(CreateClaimRequest.getDefaultInstance()), "claim", "claim.text");
    assertInvalid("INVALID_ARGUMENT", () -> f.claim("ok", "x".repeat(2001)), "claim.text");
    assertInvalid("INVALID_ARGUMENT", () -> f.claim("Bad", "Fine text."), "claim_id");
    assertEquals(1, f.claims.listClaims(ListClaimsRequest.getDefaultInstance()).getClaimsCount());
  }

  @Test
  void listClaims_pagesInCreationOrder_andTokensAreBoundAndSigned() {
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 7; i++) made.add(f.claim("c" + i, "Claim " + i + ".").getName());
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      var page = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(3).setPageToken(token).build());
      page.getClaimsList().forEach(c -> seen.add(c.getName()));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty());
    assertEquals(made, seen);
    assertEquals(3, pages);
    String first = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(3).build()).getNextPageToken();
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.claims.listClaims(ListClaimsRequest.newBuilder()
        .setFilter("contested = true").setPageToken(first).build()), "page_token");
    String altered = first.substring(0, first.length() - 2) + (first.endsWith("AA") ? "BB" : "AA");
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.claims.listClaims(ListClaimsRequest.newBuilder()
        .setPageToken(altered).build()), "page_token");
    assertEquals(7, f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(5000).build()).getClaimsCount(),
        "a page size above the maximum is lowered to it");
    assertInvalid("INVALID_FILTER", () -> f.claims.listClaims(ListClaimsRequest.newBuilder()
        .setFilter("contested = maybe").build()), "filter");
  }
}
