package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.errorInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SourceService through the in-process server on a real SQLite file. */
class SourceServiceTest {
  private static final ActorKind OUTLET = ActorKind.ACTOR_KIND_MEDIA_OUTLET;

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

  private CreateSourceResponse create(String id, Source.Builder s) {
    return f.sources.createSource(CreateSourceRequest.newBuilder().setSourceId(id).setSource(s).build());
  }

  private static Source.Builder source(String title, String text) {
    return Source.newBuilder().setTitle(title).setText(text);
  }

  private Source get(String name, SourceView view) {
    return f.sources.getSource(GetSourceRequest.newBuilder().setName(name).setView(view).build()).getSource();
  }

  private List<Source> list(ListSourcesRequest.Builder req) {
    return f.sources.listSources(req.build()).getSourcesList();
  }

  private List<String> listNames(String filter) {
    return list(ListSourcesRequest.newBuilder().setFilter(filter)).stream().map(Source::getName).toList();
  }

  private int count() {
    return list(ListSourcesRequest.newBuilder().setPageSize(1000)).size();
  }

  private static Timestamp time(String rfc3339) {
    try {
      return Timestamps.parse(rfc3339);
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String tamper(String token) {
    int i = token.length() / 2;
    return token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
  }

  // ---- CreateSource ----

  @Test
  void createSource_allFields_returnsEveryFieldWithHashAndCodePointLength() throws Exception {
    f.actor("unn", "UNN", OUTLET);
    f.actor("reuters", "Reuters", OUTLET);
    f.actor("kcna", "KCNA", OUTLET);
    String text = "Choi arrived \uD83D\uDE80 in Moscow.";
    var res = create("visit", source("  Choi visits Moscow  ", text).setPublisher("actors/unn")
        .addRelays("actors/reuters").addRelays("actors/kcna").setUri("https://unn.example/visit")
        .setPublishTime(time("2024-11-01T08:30:00Z")));
    assertFalse(res.getExisting());
    Source s = res.getSource();
    assertEquals("sources/visit", s.getName());
    assertEquals("Choi visits Moscow", s.getTitle());
    assertEquals("actors/unn", s.getPublisher());
    assertEquals(List.of("actors/reuters", "actors/kcna"), s.getRelaysList());
    assertEquals("https://unn.example/visit", s.getUri());
    assertEquals(time("2024-11-01T08:30:00Z"), s.getPublishTime());
    assertEquals(text, s.getText());
    assertEquals(text.codePointCount(0, text.length()), s.getTextLength());
    assertEquals(25, s.getTextLength());
    assertEquals(sha256(text), s.getContentSha256());
    assertTrue(s.hasCreateTime());
    assertEquals(s, get("sources/visit", SourceView.SOURCE_VIEW_UNSPECIFIED));
  }

  @Test
  void createSource_noSourceId_derivesValidIdFromTitle() {
    Source s = create("", source("Russia Denies Using North Korean Missiles!", "Body one.")).getSource();
    assertTrue(s.getName().matches("sources/[a-z]([a-z0-9-]{0,61}[a-z0-9])?"), s.getName());
    assertTrue(s.getName().startsWith("sources/russia-denies"), s.getName());
    Source other = create("", source("Russia Denies Using North Korean Missiles!", "Body two.")).getSource();
    assertTrue(other.getName().matches("sources/[a-z]([a-z0-9-]{0,61}[a-z0-9])?"), other.getName());
    assertFalse(other.getName().equals(s.getName()));
  }

  @Test
  void createSource_sameTextDifferentTitle_returnsExistingUnchanged() {
    Source first = create("first", source("First title", "The same article text.")).getSource();
    var again = create("second", source("Another title", "The same article text."));
    assertTrue(again.getExisting());
    assertEquals(first, again.getSource());
    assertEquals("sources/first", again.getSource().getName());
    assertEquals("First title", again.getSource().getTitle());
    assertEquals(1, count());
  }

  @Test
  void createSource_sameUriDifferentText_returnsExistingUnchanged() {
    Source first = create("first", source("Title", "Version one.").setUri("https://example.com/a")).getSource();
    var again = create("", source("Title 2", "Version two, edited.").setUri("https://example.com/a"));
    assertTrue(again.getExisting());
    assertEquals(first, again.getSource());
    assertEquals("Version one.", again.getSource().getText());
    assertEquals(1, count());
  }

  @Test
  void createSource_sourceIdOfDifferentSource_alreadyExistsSourceAlreadyExists() {
    create("taken", source("A", "Text A."));
    var e = assertError(Status.Code.ALREADY_EXISTS, "SOURCE_ALREADY_EXISTS",
        () -> create("taken", source("B", "Text B.")));
    assertEquals("sources/taken", errorInfo(e).getMetadataOrThrow("resource"));
    assertEquals(1, count());
  }

  @Test
  void createSource_badUri_invalidArgumentUri() {
    for (String uri : new String[] {"ftp://x", "not a uri", "/relative/path", "https://", "mailto:a@b.c",
        "https://example.com/" + "p".repeat(2048)}) {
      assertInvalid("INVALID_ARGUMENT", () -> create("", source("T", "Text " + uri).setUri(uri)), "source.uri");
    }
    assertEquals(0, count());
  }

  @Test
  void createSource_emptyOrOversizedText_invalidArgumentText() {
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("T", "")), "source.text");
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("T", "x".repeat(1_000_001))), "source.text");
    assertEquals(0, count());
  }

  @Test
  void createSource_textOfExactlyMaximumLength_accepted() {
    Source s = create("big", source("T", "x".repeat(1_000_000))).getSource();
    assertEquals(1_000_000, s.getTextLength());
  }

  @Test
  void createSource_emptyOrOversizedTitle_invalidArgumentTitle() {
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("", "Text.")), "source.title");
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("  ", "Text.")), "source.title");
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("t".repeat(1001), "Text.")), "source.title");
    assertEquals(0, count());
  }

  @Test
  void createSource_badNamesAndIds_invalidArgumentNamingEachField() {
    Source.Builder s = source("T", "Text.").setPublisher("actors/Bad_ID").addRelays("foo/bar")
        .addRelays("actors/ok");
    assertInvalid("INVALID_ARGUMENT", () -> create("Bad_ID", s), "source.publisher", "source.relays[0]", "source_id");
    Source.Builder many = source("T", "Text.");
    for (int i = 0; i < 11; i++) many.addRelays("actors/r" + i);
    assertInvalid("INVALID_ARGUMENT", () -> create("", many), "source.relays");
    assertInvalid("INVALID_ARGUMENT",
        () -> f.sources.createSource(CreateSourceRequest.getDefaultInstance()), "source", "source.title", "source.text");
    assertEquals(0, count());
  }

  @Test
  void createSource_publishTimeOutOfRange_invalidArgumentPublishTime() {
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("T", "Text.")
        .setPublishTime(Timestamp.newBuilder().setSeconds(253_402_300_800L))), "source.publish_time");
    assertInvalid("INVALID_ARGUMENT", () -> create("", source("T", "Text.")
        .setPublishTime(Timestamp.newBuilder().setSeconds(0).setNanos(-1))), "source.publish_time");
    assertEquals(0, count());
  }

  @Test
  void createSource_unknownPublisherOrRelay_notFoundActorNotFoundAndNothingWritten() {
    f.actor("unn", "UNN", OUTLET);
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> create("s", source("T", "Text.").setPublisher("actors/nobody")));
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> create("s", source("T", "Text.").setPublisher("actors/unn").addRelays("actors/nobody")));
    assertEquals(0, count());
    // Nothing was half-written: the same text and id are still free.
    var ok = create("s", source("T", "Text.").setPublisher("actors/unn"));
    assertFalse(ok.getExisting());
    assertEquals("sources/s", ok.getSource().getName());
  }

  // ---- GetSource ----

  @Test
  void getSource_views_fullHasTextBasicHasNot() {
    Source created = create("s", source("T", "Full text here.")).getSource();
    Source full = get("sources/s", SourceView.SOURCE_VIEW_FULL);
    assertEquals(created, full);
    assertEquals("Full text here.", get("sources/s", SourceView.SOURCE_VIEW_UNSPECIFIED).getText());
    Source basic = get("sources/s", SourceView.SOURCE_VIEW_BASIC);
    assertEquals("", basic.getText());
    assertEquals(created.toBuilder().clearText().build(), basic);
  }

  @Test
  void getSource_malformedName_invalidArgumentName() {
    for (String name : new String[] {"", "sources/Bad_ID", "sources/", "foo/bar", "actors/s", "sources/s/x"}) {
      assertInvalid("INVALID_ARGUMENT", () -> get(name, SourceView.SOURCE_VIEW_UNSPECIFIED), "name");
    }
  }

  @Test
  void getSource_unknownView_invalidArgumentView() {
    create("s", source("T", "Text."));
    assertInvalid("INVALID_ARGUMENT",
        () -> f.sources.getSource(GetSourceRequest.newBuilder().setName("sources/s").setViewValue(99).build()), "view");
  }

  @Test
  void getSource_unknown_notFoundSourceNotFound() {
    var e = assertError(Status.Code.NOT_FOUND, "SOURCE_NOT_FOUND", () -> get("sources/nope", SourceView.SOURCE_VIEW_FULL));
    assertEquals("sources/nope", errorInfo(e).getMetadataOrThrow("resource"));
  }

  // ---- ListSources ----

  @Test
  void listSources_defaultBasicView_hasNoText() {
    Source a = create("a", source("A", "Text A.")).getSource();
    Source b = create("b", source("B", "Text B.")).getSource();
    List<Source> basic = list(ListSourcesRequest.newBuilder());
    assertEquals(List.of(a.toBuilder().clearText().build(), b.toBuilder().clearText().build()), basic);
    assertEquals(List.of(a, b), list(ListSourcesRequest.newBuilder().setView(SourceView.SOURCE_VIEW_FULL)));
    assertEquals("", list(ListSourcesRequest.newBuilder().setView(SourceView.SOURCE_VIEW_BASIC)).get(0).getText());
  }

  @Test
  void listSources_pages_creationOrderWithoutDuplicates() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) expected.add(create("s-" + (char) ('g' - i), source("T" + i, "Text " + i)).getSource().getName());
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      var page = f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(3).setPageToken(token).build());
      sizes.add(page.getSourcesCount());
      page.getSourcesList().forEach(s -> seen.add(s.getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(List.of(3, 3, 1), sizes);
    assertEquals(expected, seen);
  }

  @Test
  void listSources_pageSizeAboveMaximum_acceptedAndClamped() {
    create("a", source("A", "Text A."));
    var page = f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(5000).build());
    assertEquals(1, page.getSourcesCount());
    assertEquals("", page.getNextPageToken());
  }

  @Test
  void listSources_filterPublisherAndPublishTime_filters() {
    f.actor("unn", "UNN", OUTLET);
    f.actor("yonhap", "Yonhap", OUTLET);
    create("jan", source("Jan", "January.").setPublisher("actors/unn").setPublishTime(time("2024-01-15T00:00:00Z")));
    create("mar", source("Mar", "March.").setPublisher("actors/yonhap").setPublishTime(time("2024-03-15T00:00:00Z")));
    create("may", source("May", "May.").setPublisher("actors/unn").setPublishTime(time("2024-05-15T00:00:00Z")));
    create("undated", source("Undated", "No date.").setPublisher("actors/unn"));
    assertEquals(List.of("sources/jan", "sources/may", "sources/undated"), listNames("publisher = \"actors/unn\""));
    assertEquals(List.of("sources/mar", "sources/may"), listNames("publish_time >= \"2024-03-15T00:00:00Z\""));
    assertEquals(List.of("sources/may"), listNames("publish_time > \"2024-03-15T00:00:00Z\""));
    assertEquals(List.of("sources/jan"), listNames("publish_time < \"2024-03-15T00:00:00Z\""));
    assertEquals(List.of("sources/jan", "sources/mar"), listNames("publish_time <= \"2024-03-15T00:00:00Z\""));
    assertEquals(List.of("sources/may"), listNames(
        "publisher = \"actors/unn\" AND publish_time > \"2024-02-01T00:00:00Z\" AND publish_time < \"2024-12-31T00:00:00Z\""));
  }

  @Test
  void listSources_negativePageSize_invalidArgumentPageSize() {
    assertInvalid("INVALID_ARGUMENT",
        () -> f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(-1).build()), "page_size");
  }

  @Test
  void listSources_unknownView_invalidArgumentView() {
    assertInvalid("INVALID_ARGUMENT",
        () -> f.sources.listSources(ListSourcesRequest.newBuilder().setViewValue(99).build()), "view");
  }

  @Test
  void listSources_forgedOrMismatchedPageToken_invalidPageToken() {
    for (int i = 0; i < 3; i++) create("s-" + (char) ('a' + i), source("T" + i, "Text " + i));
    String token = f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(1).build()).getNextPageToken();
    assertFalse(token.isEmpty());
    for (String bad : new String[] {"abc", tamper(token)}) {
      assertInvalid("INVALID_PAGE_TOKEN", () -> f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(1)
          .setPageToken(bad).build()), "page_token");
    }
    // A token is bound to the view and filter it was issued for.
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(1)
        .setView(SourceView.SOURCE_VIEW_FULL).setPageToken(token).build()), "page_token");
    assertInvalid("INVALID_PAGE_TOKEN", () -> f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(1)
        .setFilter("publish_time > \"2020-01-01T00:00:00Z\"").setPageToken(token).build()), "page_token");
    // The same request with another page size continues.
    assertEquals(2, f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(5).setPageToken(token).build())
        .getSourcesCount());
  }

  @Test
  void listSources_invalidFilter_invalidFilter() {
    for (String filter : new String[] {"title = \"x\"", "publisher != \"actors/unn\"", "publish_time = \"2024-01-01T00:00:00Z\"",
        "publisher = \"actors/unn", "publisher = \"actors/a\" OR publisher = \"actors/b\"",
        "publish_time > \"yesterday\"", "publisher = \"foo/bar\""}) {
      assertInvalid("INVALID_FILTER",
          () -> f.sources.listSources(ListSourcesRequest.newBuilder().setFilter(filter).build()), "filter");
    }
  }
}
