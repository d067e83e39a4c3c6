package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static dev.claimledger.LedgerFixture.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import dev.claimledger.LedgerFixture;
import dev.claimledger.server.ClaimLedgerServer;
import dev.claimledger.server.ServerConfig;
import dev.claimledger.v1.*;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IngestService through the in-process server on a real SQLite file. */
class IngestServiceTest {
  private static final Path SEEDS = Path.of(System.getProperty("claimledger.repo.dir", "."), "seeds");
  private static final String NO_ATTRIBUTION = "The sky was blue. The river ran east.";
  private static final String FRENCH = "Le ministre des Affaires étrangères a déclaré lundi que les négociations avec "
      + "ses partenaires européens se poursuivraient malgré les tensions. Selon le porte-parole du gouvernement, "
      + "aucune décision n'a encore été prise concernant les sanctions, et la situation reste très préoccupante "
      + "pour les habitants de la région, a-t-il ajouté devant les journalistes.";
  private static final String GERMAN = "Der Außenminister sagte am Montag, die Gespräche mit den europäischen Partnern "
      + "würden trotz der Spannungen fortgesetzt. Nach Angaben eines Regierungssprechers ist über die Sanktionen noch "
      + "keine Entscheidung gefallen, und die Lage bleibe für die Bewohner der Region sehr besorgniserregend.";
  private static final String ZAKHAROVA = "Russian Foreign Ministry spokeswoman Maria Zakharova said the visit would "
      + "include talks, but did not specify details.";
  private static final String LUKIN_LATEST = "Lukin said that given the high number of North Korean missile launches, "
      + "the latest test was likely unrelated to Choi's trip.";

  @TempDir Path dir;
  LedgerFixture f;
  IngestServiceGrpc.IngestServiceBlockingStub ingest;

  @BeforeEach
  void open() throws Exception {
    f = new LedgerFixture(dir);
    ingest = IngestServiceGrpc.newBlockingStub(f.channel);
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  // ---- helpers ----

  private static String seed(String file) throws Exception {
    return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
  }

  private static String seed001() throws Exception {
    return seed("001_4b93eaeda18de8f4.txt");
  }

  private static String seed000() throws Exception {
    return seed("000_1b16ee250ba2840d.txt");
  }

  private IngestArticleResponse ingest(Article article) {
    return ingest.ingestArticle(IngestArticleRequest.newBuilder().setArticle(article).build());
  }

  private IngestArticleResponse ingest(String text) {
    return ingest(Article.newBuilder().setText(text).build());
  }

  private IngestArticleResponse preview(String text) {
    return ingest.ingestArticle(IngestArticleRequest.newBuilder().setArticle(Article.newBuilder().setText(text))
        .setValidateOnly(true).build());
  }

  private Stance getStance(String name) {
    return f.stances.getStance(GetStanceRequest.newBuilder().setName(name).build()).getStance();
  }

  private Source getSourceFull(String name) {
    return f.sources.getSource(GetSourceRequest.newBuilder().setName(name).setView(SourceView.SOURCE_VIEW_FULL)
        .build()).getSource();
  }

  private Actor getActor(String name) {
    return f.actors.getActor(GetActorRequest.newBuilder().setName(name).build()).getActor();
  }

  private List<Source> allSources() {
    return f.sources.listSources(ListSourcesRequest.newBuilder().setPageSize(1000).build()).getSourcesList();
  }

  private List<Stance> allStances() {
    return f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1000).build())
        .getStancesList();
  }

  private List<Claim> allClaims() {
    return f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1000).build()).getClaimsList();
  }

  private List<Actor> allActors() {
    return f.actors.listActors(ListActorsRequest.newBuilder().setPageSize(1000).build()).getActorsList();
  }

  /** How many sources, claims, stances and actors the ledger holds. */
  private List<Integer> counts() {
    return List.of(allSources().size(), allClaims().size(), allStances().size(), allActors().size());
  }

  /** The part of {@code text} from code point {@code start} to code point {@code end}. */
  private static String codePoints(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  /** Asserts the ledger holds nothing at all: an error left no half-written article behind. */
  private void assertNothingRecorded() {
    assertEquals(List.of(), allSources());
    assertEquals(List.of(), allStances());
    assertEquals(List.of(), allClaims());
  }

  private static ErrorInfo errorInfo(com.google.rpc.Status s) throws InvalidProtocolBufferException {
    for (var any : s.getDetailsList()) if (any.is(ErrorInfo.class)) return any.unpack(ErrorInfo.class);
    throw new AssertionError("no ErrorInfo in " + s);
  }

  private static BadRequest badRequestOf(com.google.rpc.Status s) throws InvalidProtocolBufferException {
    for (var any : s.getDetailsList()) if (any.is(BadRequest.class)) return any.unpack(BadRequest.class);
    throw new AssertionError("no BadRequest in " + s);
  }

  /** Sends {@code requests} on one IngestArticles stream and collects every response. */
  private List<IngestArticlesResponse> stream(List<IngestArticleRequest> requests) throws Exception {
    List<IngestArticlesResponse> out = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    StreamObserver<IngestArticlesRequest> in = IngestServiceGrpc.newStub(f.channel).ingestArticles(new StreamObserver<>() {
      @Override
      public void onNext(IngestArticlesResponse r) {
        synchronized (out) {
          out.add(r);
        }
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {
        done.complete(null);
      }
    });
    for (IngestArticleRequest r : requests) in.onNext(IngestArticlesRequest.newBuilder().setRequest(r).build());
    in.onCompleted();
    done.get(60, TimeUnit.SECONDS);
    synchronized (out) {
      return List.copyOf(out);
    }
  }

  private static IngestArticleRequest request(String text) {
    return IngestArticleRequest.newBuilder().setArticle(Article.newBuilder().setText(text)).build();
  }

  // ---- IngestArticle: what an article records ----

  @Test
  void ingestArticle_seed001IntoEmptyLedger_recordsSourceStancesAndActors() throws Exception {
    String text = seed001();

    IngestArticleResponse r = ingest(text);

    assertFalse(r.getSourceExisted());
    assertFalse(r.getValidateOnly());
    assertFalse(r.getExtractorVersion().isEmpty());
    assertTrue(r.getSource().getName().startsWith("sources/"), r.getSource().getName());
    assertEquals("", r.getSource().getText(), "the response leaves the text out");
    Source source = getSourceFull(r.getSource().getName());
    assertEquals(text, source.getText());
    assertEquals(text.codePointCount(0, text.length()), source.getTextLength());
    assertEquals(List.of(source.getName()), allSources().stream().map(Source::getName).toList());

    assertFalse(r.getStancesList().isEmpty());
    Set<String> stanceNames = new HashSet<>();
    for (ExtractedStance es : r.getStancesList()) {
      Stance s = es.getStance();
      assertTrue(es.getRecorded(), s.getName());
      assertEquals("", es.getExistingStance());
      assertFalse(es.getCue().isEmpty(), s.getName());
      assertTrue(es.getClaimIndex() >= 0 && es.getClaimIndex() < r.getClaimsCount(), s.getName());
      assertTrue(s.getName().startsWith(r.getClaims(es.getClaimIndex()).getClaim().getName() + "/stances/"),
          () -> s.getName() + " is not on claim " + es.getClaimIndex());
      assertEquals(StanceOrigin.STANCE_ORIGIN_EXTRACTED, s.getOrigin(), s.getName());
      assertEquals(r.getExtractorVersion(), s.getExtractorVersion(), s.getName());
      assertTrue(s.getConfidence() > 0 && s.getConfidence() <= 1, () -> s.getName() + " confidence " + s.getConfidence());
      assertEquals(source.getName(), s.getSource());
      assertNotEquals(StanceKind.STANCE_KIND_UNSPECIFIED, s.getKind());
      Excerpt e = s.getExcerpt();
      assertTrue(e.getStartOffset() >= 0 && e.getEndOffset() > e.getStartOffset(), s.getName());
      assertEquals(codePoints(text, e.getStartOffset(), e.getEndOffset()), e.getText(), s.getName());
      assertEquals(s, getStance(s.getName()), "GetStance answers the stance the response shows");
      assertTrue(stanceNames.add(s.getName()), "stance named twice: " + s.getName());
    }
    assertEquals(stanceNames, new HashSet<>(allStances().stream().map(Stance::getName).toList()));

    // Stances come in text order.
    for (int i = 1; i < r.getStancesCount(); i++) {
      assertTrue(r.getStances(i - 1).getStance().getExcerpt().getStartOffset()
          <= r.getStances(i).getStance().getExcerpt().getStartOffset(), "stances out of text order at " + i);
    }

    // Every actor was created (the ledger was empty) and is there to read.
    assertFalse(r.getActorsList().isEmpty());
    Set<String> actorNames = new HashSet<>();
    for (IngestedActor a : r.getActorsList()) {
      assertTrue(a.getCreated(), a.getActor().getName());
      assertFalse(a.getMentionsList().isEmpty(), a.getActor().getName());
      assertEquals(a.getActor().getDisplayName(), getActor(a.getActor().getName()).getDisplayName());
      actorNames.add(a.getActor().getName());
    }
    for (ExtractedStance es : r.getStancesList()) {
      assertTrue(actorNames.contains(es.getStance().getActor()), es.getStance().getActor() + " not among the actors");
    }
    assertEquals(actorNames, new HashSet<>(allActors().stream().map(Actor::getName).toList()));

    // The claims were created and hold the stances.
    for (IngestedClaim c : r.getClaimsList()) {
      assertTrue(c.getCreated(), c.getClaim().getName());
      assertFalse(c.getExtractedText().isEmpty());
      assertEquals(1.0, c.getMatchScore());
      long onIt = r.getStancesList().stream()
          .filter(s -> s.getStance().getName().startsWith(c.getClaim().getName() + "/")).count();
      assertEquals(onIt, f.claims.getClaim(GetClaimRequest.newBuilder().setName(c.getClaim().getName()).build())
          .getClaim().getSummary().getStanceCount(), c.getClaim().getName());
    }

    // Artyom Lukin's hedged words ("could be discussed", "likely unrelated") are SUGGESTS.
    assertTrue(r.getStancesList().stream().map(ExtractedStance::getStance)
        .anyMatch(s -> s.getActor().contains("lukin") && s.getKind() == StanceKind.STANCE_KIND_SUGGESTS),
        "no SUGGESTS stance by Lukin");
    Actor lukin = r.getActorsList().stream().map(IngestedActor::getActor)
        .filter(a -> a.getName().contains("lukin")).findFirst().orElseThrow();
    assertEquals(ActorKind.ACTOR_KIND_PERSON, lukin.getKind());

    // The credit line "writes UNN citing Reuters" gives the publisher and the relay.
    assertEquals("actors/unn", source.getPublisher());
    assertEquals(List.of("actors/reuters"), source.getRelaysList());
  }

  @Test
  void ingestArticle_nonBmpCharactersBeforeTheStatement_offsetsCountCodePoints() {
    String text = "Seoul \uD83C\uDDF0\uD83C\uDDF7 \uD835\uDD4F report. Russia denied the allegations, the foreign "
        + "ministry said. " + ZAKHAROVA;

    IngestArticleResponse r = ingest(text);

    assertFalse(r.getStancesList().isEmpty());
    for (ExtractedStance es : r.getStancesList()) {
      Excerpt e = es.getStance().getExcerpt();
      assertEquals(codePoints(text, e.getStartOffset(), e.getEndOffset()), e.getText());
    }
    assertTrue(r.getStancesList().stream().anyMatch(s -> s.getStance().getExcerpt().getText().equals(ZAKHAROVA)));
    Excerpt zakharova = r.getStancesList().stream().map(s -> s.getStance().getExcerpt())
        .filter(e -> e.getText().equals(ZAKHAROVA)).findFirst().orElseThrow();
    int utf16 = text.indexOf(ZAKHAROVA);
    assertEquals(text.codePointCount(0, utf16), zakharova.getStartOffset());
    assertNotEquals(utf16, zakharova.getStartOffset(), "the text has surrogate pairs before the excerpt");
  }

  @Test
  void ingestArticle_seedHeaderLine_setsTitleAndPublishTimeAndIsNotRecorded() throws Exception {
    String file = seed000();
    String rest = file.substring(file.indexOf('\n') + 1);
    while (rest.startsWith("\n") || rest.startsWith("\r\n")) rest = rest.substring(rest.indexOf('\n') + 1);

    IngestArticleResponse r = ingest(file);

    Source source = getSourceFull(r.getSource().getName());
    assertEquals("North Korean Foreign Minister\u2019s Visit to Russia Signals Strengthening Ties", source.getTitle());
    assertEquals(Timestamp.newBuilder().setSeconds(Instant.parse("2024-01-15T00:00:00Z").getEpochSecond()).build(),
        source.getPublishTime());
    assertEquals(rest, source.getText());
    assertFalse(source.getText().contains("date 2024-01-15"));
    assertTrue(source.getText().startsWith("The diplomatic landscape shifts"), source.getText());
    assertEquals(source.getText().codePointCount(0, source.getText().length()), source.getTextLength());
    assertEquals(source.getTitle(), r.getSource().getTitle());
    assertEquals(source.getPublishTime(), r.getSource().getPublishTime());
    // Offsets count from the start of the recorded text, not of the file.
    assertFalse(r.getStancesList().isEmpty());
    for (ExtractedStance es : r.getStancesList()) {
      Excerpt e = es.getStance().getExcerpt();
      assertEquals(codePoints(source.getText(), e.getStartOffset(), e.getEndOffset()), e.getText());
    }
  }

  @Test
  void ingestArticle_titleAndPublishTimeGiven_winOverTheHeaderLine() throws Exception {
    Timestamp when = Timestamp.newBuilder().setSeconds(Instant.parse("2024-01-16T08:30:00Z").getEpochSecond()).build();

    IngestArticleResponse r = ingest(Article.newBuilder().setText(seed000()).setTitle("Choe in Moscow")
        .setPublishTime(when).build());

    Source source = getSourceFull(r.getSource().getName());
    assertEquals("Choe in Moscow", source.getTitle());
    assertEquals(when, source.getPublishTime());
    assertFalse(source.getText().contains("date 2024-01-15"));
  }

  @Test
  void ingestArticle_noHeaderNoTitle_usesTheFirstLineCutTo200() throws Exception {
    IngestArticleResponse r = ingest(seed001());

    String title = r.getSource().getTitle();
    assertTrue(title.codePointCount(0, title.length()) <= 200, title);
    assertTrue(title.startsWith("North Korean Foreign Minister Choi Seong-hee is in Russia this week"), title);
    assertFalse(r.getSource().hasPublishTime());
  }

  /** Ingests {@code text} twice and asserts the second time records nothing and finds every stance of the first. */
  private void assertSecondIngestRecordsNothingNew(String text) {
    IngestArticleResponse first = ingest(text);
    List<Integer> before = counts();
    List<Stance> stancesBefore = allStances();
    List<Claim> claimsBefore = allClaims();

    IngestArticleResponse second = ingest(text);

    assertTrue(second.getSourceExisted());
    assertEquals(first.getSource().getName(), second.getSource().getName());
    assertFalse(second.getStancesList().isEmpty());
    Set<String> firstNames = new HashSet<>(first.getStancesList().stream().map(s -> s.getStance().getName()).toList());
    for (ExtractedStance es : second.getStancesList()) {
      assertFalse(es.getRecorded(), es.getStance().getName());
      assertFalse(es.getExistingStance().isEmpty(), es.getStance().getName());
      assertTrue(firstNames.contains(es.getExistingStance()), es.getExistingStance());
      assertEquals(es.getExistingStance(), es.getStance().getName());
    }
    assertEquals(first.getStancesCount(), second.getStancesCount());
    for (IngestedClaim c : second.getClaimsList()) assertFalse(c.getCreated(), c.getClaim().getName());
    for (IngestedActor a : second.getActorsList()) assertFalse(a.getCreated(), a.getActor().getName());
    assertEquals(before, counts());
    assertEquals(stancesBefore, allStances());
    assertEquals(claimsBefore, allClaims());
  }

  @Test
  void ingestArticle_sameArticleAgain_recordsNothingNew() throws Exception {
    assertSecondIngestRecordsNothingNew(seed000());
  }

  @Test
  void ingestArticle_sameShortArticleAgain_recordsNothingNew() {
    assertSecondIngestRecordsNothingNew("Russia denied the allegations, the foreign ministry said. " + ZAKHAROVA);
  }

  @Test
  void ingestArticle_seed001Again_recordsNothingNew() throws Exception {
    assertSecondIngestRecordsNothingNew(seed001());
  }

  @Test
  void ingestArticle_sameUriOtherText_findsTheRecordedSource() {
    ingest(Article.newBuilder().setText(ZAKHAROVA).setUri("https://unn.example/choi").build());
    List<Integer> before = counts();

    IngestArticleResponse again = ingest(Article.newBuilder().setText(ZAKHAROVA + " Updated at noon.")
        .setUri("https://unn.example/choi").build());

    assertTrue(again.getSourceExisted());
    assertEquals(before.get(0), counts().get(0));
  }

  @Test
  void ingestArticle_validateOnly_recordsNothingButShowsTheStances() throws Exception {
    IngestArticleResponse r = preview(seed001());

    assertTrue(r.getValidateOnly());
    assertFalse(r.getStancesList().isEmpty());
    assertFalse(r.getClaimsList().isEmpty());
    assertFalse(r.getActorsList().isEmpty());
    assertTrue(r.getStancesList().stream().anyMatch(s -> s.getStance().getKind() == StanceKind.STANCE_KIND_SUGGESTS
        && s.getStance().getExcerpt().getText().contains("Lukin")));
    for (ExtractedStance es : r.getStancesList()) {
      assertEquals(StanceOrigin.STANCE_ORIGIN_EXTRACTED, es.getStance().getOrigin());
      assertFalse(es.getStance().getExtractorVersion().isEmpty());
    }
    assertEquals(List.of(0, 0, 0, 0), counts());
  }

  @Test
  void ingestArticle_validateOnly_thenIngest_findsTheSameStances() throws Exception {
    IngestArticleResponse shown = preview(seed001());
    IngestArticleResponse done = ingest(seed001());

    assertEquals(shown.getStancesCount(), done.getStancesCount());
    for (int i = 0; i < shown.getStancesCount(); i++) {
      Stance a = shown.getStances(i).getStance();
      Stance b = done.getStances(i).getStance();
      assertEquals(a.getKind(), b.getKind());
      assertEquals(a.getExcerpt(), b.getExcerpt());
      assertEquals(shown.getStances(i).getCue(), done.getStances(i).getCue());
    }
  }

  @Test
  void ingestArticle_validateOnly_leavesNamesOfNewResourcesEmpty() throws Exception {
    IngestArticleResponse r = preview(seed001());

    assertEquals("", r.getSource().getName());
    for (IngestedActor a : r.getActorsList()) {
      assertTrue(a.getCreated());
      assertEquals("", a.getActor().getName(), "a new actor under validate_only has no name");
    }
    for (IngestedClaim c : r.getClaimsList()) {
      assertTrue(c.getCreated());
      assertEquals("", c.getClaim().getName(), "a new claim under validate_only has no name");
    }
    for (ExtractedStance es : r.getStancesList()) {
      assertEquals("", es.getStance().getName(), "a stance under validate_only is not recorded");
      assertFalse(es.getRecorded(), "validate_only records nothing");
    }
  }

  @Test
  void ingestArticle_validateOnly_stancesNameNoNewActorOrSource() throws Exception {
    IngestArticleResponse r = preview(seed001());

    for (ExtractedStance es : r.getStancesList()) {
      assertEquals("", es.getStance().getActor(), "every actor is new on an empty ledger");
      assertEquals("", es.getStance().getResolvedActor());
      assertEquals("", es.getStance().getSource());
      assertTrue(es.getStance().getRelayChainList().stream().allMatch(String::isEmpty));
    }
  }

  @Test
  void ingestArticle_validateOnlyOfRecordedArticle_namesTheExistingResources() throws Exception {
    IngestArticleResponse first = ingest(seed000());
    List<Integer> before = counts();

    IngestArticleResponse r = preview(seed000());

    assertTrue(r.getSourceExisted());
    assertEquals(first.getSource().getName(), r.getSource().getName());
    assertEquals(first.getStancesCount(), r.getStancesCount());
    for (int i = 0; i < r.getStancesCount(); i++) {
      assertFalse(r.getStances(i).getRecorded());
      assertEquals(first.getStances(i).getStance().getName(), r.getStances(i).getExistingStance());
    }
    for (IngestedClaim c : r.getClaimsList()) assertFalse(c.getCreated());
    assertEquals(before, counts());
  }

  @Test
  void ingestArticle_manualStanceOnTheSameWords_isKeptAsItIs() throws Exception {
    String text = seed001();
    f.actor("artyom-lukin", "Artyom Lukin", ActorKind.ACTOR_KIND_PERSON, "Lukin");
    f.source("manual", "UNN on Choi", text);
    f.claim("unrelated", "Given the high number of North Korean missile launches, the latest test was likely "
        + "unrelated to Choi's trip.");
    // A person read it as a plain assertion; the extractor reads it as hedged (SUGGESTS).
    Stance manual = f.stance("unrelated", "artyom-lukin", StanceKind.STANCE_KIND_ASSERTS, "manual", LUKIN_LATEST);
    assertEquals(StanceOrigin.STANCE_ORIGIN_MANUAL, manual.getOrigin());

    IngestArticleResponse r = ingest(text);

    assertTrue(r.getSourceExisted());
    assertEquals("sources/manual", r.getSource().getName());
    ExtractedStance found = r.getStancesList().stream()
        .filter(s -> s.getStance().getExcerpt().getText().equals(LUKIN_LATEST)).findFirst().orElseThrow();
    assertFalse(found.getRecorded());
    assertEquals(manual.getName(), found.getExistingStance());
    Stance after = getStance(manual.getName());
    assertEquals(manual, after);
    assertEquals(StanceOrigin.STANCE_ORIGIN_MANUAL, after.getOrigin());
    assertEquals(StanceKind.STANCE_KIND_ASSERTS, after.getKind());
    assertEquals("", after.getExtractorVersion());
    assertEquals(1.0, after.getConfidence());
    // No second stance by Lukin on that claim from that source.
    List<Stance> onClaim = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/unrelated")
        .build()).getStancesList();
    assertEquals(List.of(manual), onClaim);
    // Lukin was found, not created again.
    assertTrue(r.getActorsList().stream().anyMatch(a -> a.getActor().getName().equals("actors/artyom-lukin")
        && !a.getCreated()));
    assertEquals(1, allActors().stream().filter(a -> a.getDisplayName().contains("Lukin")).count());
  }

  @Test
  void ingestArticle_publisherAndRelaysAsPlainNames_resolveOrCreateMediaOutlets() {
    f.actor("reuters", "Reuters", ActorKind.ACTOR_KIND_MEDIA_OUTLET);

    IngestArticleResponse r = ingest(Article.newBuilder().setText(ZAKHAROVA).setPublisher("UNN")
        .addRelays("Reuters").build());

    Source source = getSourceFull(r.getSource().getName());
    assertTrue(source.getPublisher().startsWith("actors/"), source.getPublisher());
    assertEquals(List.of("actors/reuters"), source.getRelaysList(), "a known outlet is found by name");
    Actor unn = getActor(source.getPublisher());
    assertEquals("UNN", unn.getDisplayName());
    assertEquals(ActorKind.ACTOR_KIND_MEDIA_OUTLET, unn.getKind());
    assertTrue(r.getActorsList().stream().anyMatch(a -> a.getActor().getName().equals(unn.getName()) && a.getCreated()));
    assertTrue(r.getActorsList().stream().anyMatch(a -> a.getActor().getName().equals("actors/reuters")
        && !a.getCreated()));
    assertEquals(1, allActors().stream().filter(a -> a.getDisplayName().equals("Reuters")).count());

    // The same outlet by name again, and by resource name: no second UNN.
    IngestArticleResponse again = ingest(Article.newBuilder().setText(NO_ATTRIBUTION).setPublisher("unn").build());
    assertEquals(unn.getName(), getSourceFull(again.getSource().getName()).getPublisher());
    IngestArticleResponse byName = ingest(Article.newBuilder().setText("The road ran north. The hills were green.")
        .setPublisher(unn.getName()).addRelays("actors/reuters").build());
    Source third = getSourceFull(byName.getSource().getName());
    assertEquals(unn.getName(), third.getPublisher());
    assertEquals(List.of("actors/reuters"), third.getRelaysList());
    assertEquals(1, allActors().stream().filter(a -> a.getDisplayName().equals("UNN")).count());
  }

  @Test
  void ingestArticle_givenSourceId_isUsed() {
    IngestArticleResponse r = ingest(Article.newBuilder().setText(ZAKHAROVA).setSourceId("zakharova-briefing").build());

    assertEquals("sources/zakharova-briefing", r.getSource().getName());
  }

  // ---- IngestArticle: what is not an error ----

  @Test
  void ingestArticle_noAttributions_recordsNoStancesAndSaysWhy() {
    IngestArticleResponse r = ingest(NO_ATTRIBUTION);

    assertEquals(0, r.getStancesCount());
    assertEquals(0, r.getClaimsCount());
    assertFalse(r.getNotesList().isEmpty());
    assertEquals(List.of(), allStances());
    assertEquals(List.of(), allClaims());
  }

  @Test
  void ingestArticle_frenchText_recordsNoStancesAndSaysWhy() {
    IngestArticleResponse r = ingest(FRENCH);

    assertEquals(0, r.getStancesCount());
    assertFalse(r.getNotesList().isEmpty());
    assertEquals(List.of(), allStances());
    assertEquals(List.of(), allClaims());
  }

  @Test
  void ingestArticle_germanText_recordsNoStancesAndSaysWhy() {
    IngestArticleResponse r = ingest(GERMAN);

    assertEquals(0, r.getStancesCount());
    assertFalse(r.getNotesList().isEmpty());
    assertEquals(List.of(), allStances());
  }

  @Test
  void ingestArticle_exactly1000000CodePoints_isAccepted() {
    // 20 code points, 21 UTF-16 units: the limit counts code points, not chars.
    String unit = "The sky was blue \uD83D\uDE00. ";
    String text = unit.repeat(1_000_000 / 20);
    assertEquals(1_000_000, text.codePointCount(0, text.length()));
    assertTrue(text.length() > 1_000_000);

    IngestArticleResponse r = ingest(text);

    assertEquals(1_000_000, r.getSource().getTextLength());
    assertEquals(0, r.getStancesCount());
  }

  // ---- IngestArticle: bad input ----

  @Test
  void ingestArticle_emptyText_isInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> ingest(""), "article.text");
    assertInvalid("INVALID_ARGUMENT", () -> ingest(" \n\t "), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_noArticle_isInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> ingest.ingestArticle(IngestArticleRequest.getDefaultInstance()), "article");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_headerLineOnly_isInvalid() {
    assertInvalid("INVALID_ARGUMENT", () -> ingest("date 2024-01-15 A title and nothing else\n\n"), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_textWithNulBytes_isNotReadable() {
    String text = "Russia denied the allegations.\0\0\0 The U.S. said Russia fired North Korean missiles.";

    assertInvalid("TEXT_NOT_READABLE", () -> ingest(text), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_binaryGarbage_isNotReadable() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertInvalid("TEXT_NOT_READABLE", () -> ingest(text), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_binaryGarbageWithoutNul_isNotReadable() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) bytes[i] = (byte) 0xff;
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertInvalid("TEXT_NOT_READABLE", () -> ingest(text), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_textOver1000000Characters_isTooLong() {
    String text = "a".repeat(1_000_001);

    assertInvalid("TEXT_TOO_LONG", () -> ingest(text), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_tenMegabytes_inProcess_isTooLong() {
    // The in-process server sets no message size limit, so the text reaches the length check.
    String text = "Russia denied the allegations. ".repeat(10 * 1024 * 1024 / 31 + 1);

    assertInvalid("TEXT_TOO_LONG", () -> ingest(text), "article.text");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_tenMegabytes_overTheSocket_isRefusedBeforeTheService() throws Exception {
    // The real server refuses a request above --max-message-bytes (8 MiB by default) in the transport.
    try (var server = ClaimLedgerServer.start(ServerConfig.parse(new String[] {"--port", "0", "--db",
        dir.resolve("socket.db").toString(), "--seed", "never"}, Map.of()))) {
      ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
      try {
        var remote = IngestServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
        String text = "Russia denied the allegations. ".repeat(10 * 1024 * 1024 / 31 + 1);
        StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class,
            () -> remote.ingestArticle(request(text)));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode(), () -> e.getStatus().toString());
        var sources = SourceServiceGrpc.newBlockingStub(channel)
            .listSources(ListSourcesRequest.newBuilder().setPageSize(1000).build()).getSourcesList();
        assertEquals(List.of(), sources);
        // The connection is still good for a normal article.
        assertEquals(0, remote.ingestArticle(request(NO_ATTRIBUTION)).getStancesCount());
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void ingestArticle_badUri_isInvalid() {
    assertInvalid("INVALID_ARGUMENT",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setUri("not a uri").build()), "article.uri");
    assertInvalid("INVALID_ARGUMENT",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setUri("ftp://unn.example/1").build()), "article.uri");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_unknownPublisherActor_isNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setPublisher("actors/nope").build()));
    assertNothingRecorded();
    assertEquals(List.of(), allActors());
  }

  @Test
  void ingestArticle_unknownRelayActor_isNotFound() {
    assertError(Status.Code.NOT_FOUND, "ACTOR_NOT_FOUND",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setPublisher("UNN").addRelays("actors/nope").build()));
    assertNothingRecorded();
    assertEquals(List.of(), allActors(), "the UNN outlet created before the failure was rolled back");
  }

  @Test
  void ingestArticle_malformedPublisherName_isInvalid() {
    assertInvalid("INVALID_ARGUMENT",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setPublisher("actors/Not An Id").build()),
        "article.publisher");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_tooManyRelays_isInvalid() {
    Article.Builder a = Article.newBuilder().setText(ZAKHAROVA);
    for (int i = 0; i < 11; i++) a.addRelays("Outlet " + i);

    assertInvalid("INVALID_ARGUMENT", () -> ingest(a.build()), "article.relays");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_titleTooLong_isInvalid() {
    assertInvalid("INVALID_ARGUMENT",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setTitle("t".repeat(1001)).build()), "article.title");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_badSourceId_isInvalid() {
    assertInvalid("INVALID_ARGUMENT",
        () -> ingest(Article.newBuilder().setText(ZAKHAROVA).setSourceId("Bad_Id").build()), "article.source_id");
    assertNothingRecorded();
  }

  @Test
  void ingestArticle_severalBadFields_reportsEachViolation() {
    var e = assertInvalid("INVALID_ARGUMENT", () -> ingest(Article.newBuilder().setText("").setUri("nope")
        .setTitle("t".repeat(1001)).build()), "article.text", "article.uri", "article.title");
    assertTrue(badRequest(e).getFieldViolationsCount() >= 3);
    assertNothingRecorded();
  }

  // ---- IngestArticles ----

  @Test
  void ingestArticles_goodBadGood_answersEachInOrder() throws Exception {
    List<IngestArticlesResponse> rs = stream(List.of(request(seed001()), request(""), request(seed000())));

    assertEquals(3, rs.size());
    assertEquals(List.of(0, 1, 2), rs.stream().map(IngestArticlesResponse::getIndex).toList());
    assertTrue(rs.get(0).hasResult());
    assertFalse(rs.get(0).getResult().getStancesList().isEmpty());
    assertTrue(rs.get(1).hasError());
    assertEquals(Status.Code.INVALID_ARGUMENT.value(), rs.get(1).getError().getCode());
    assertEquals("INVALID_ARGUMENT", errorInfo(rs.get(1).getError()).getReason());
    assertTrue(badRequestOf(rs.get(1).getError()).getFieldViolationsList().stream()
        .anyMatch(v -> v.getField().equals("article.text")));
    assertTrue(rs.get(2).hasResult());
    assertFalse(rs.get(2).getResult().getStancesList().isEmpty());

    List<String> sources = allSources().stream().map(Source::getName).toList();
    assertEquals(List.of(rs.get(0).getResult().getSource().getName(), rs.get(2).getResult().getSource().getName()),
        sources);
    assertEquals(rs.get(0).getResult().getStancesCount() + rs.get(2).getResult().getStancesCount(),
        allStances().size());
  }

  @Test
  void ingestArticles_errorsCarryTheirReasons() throws Exception {
    List<IngestArticlesResponse> rs = stream(List.of(request("Russia denied it.\0"), request("a".repeat(1_000_001)),
        IngestArticleRequest.newBuilder().setArticle(Article.newBuilder().setText(ZAKHAROVA)
            .setPublisher("actors/nope")).build(), IngestArticleRequest.getDefaultInstance()));

    assertEquals(List.of(0, 1, 2, 3), rs.stream().map(IngestArticlesResponse::getIndex).toList());
    assertEquals("TEXT_NOT_READABLE", errorInfo(rs.get(0).getError()).getReason());
    assertEquals("TEXT_TOO_LONG", errorInfo(rs.get(1).getError()).getReason());
    assertEquals(Status.Code.NOT_FOUND.value(), rs.get(2).getError().getCode());
    assertEquals("ACTOR_NOT_FOUND", errorInfo(rs.get(2).getError()).getReason());
    assertEquals(Status.Code.INVALID_ARGUMENT.value(), rs.get(3).getError().getCode());
    assertNothingRecorded();
  }

  @Test
  void ingestArticles_manyArticles_recordWhatOneAtATimeRecords() throws Exception {
    // Later articles name actors and repeat claims the earlier ones create: a stream reads ahead
    // of its writes, so what it read must give way to what the writes before it recorded.
    String[] parts = (seed001() + "\n" + seed000()).lines().filter(l -> l.length() > 40).toArray(String[]::new);
    List<IngestArticleRequest> requests = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String text = parts[i % parts.length] + "\n" + (i % 3 == 0 ? ZAKHAROVA : LUKIN_LATEST) + "\n"
          + parts[(i * 7 + 3) % parts.length] + "\n" + parts[(i * 5 + 1) % parts.length];
      requests.add(IngestArticleRequest.newBuilder().setArticle(Article.newBuilder().setText(text)
          .setPublisher(i % 2 == 0 ? "UNN" : "Reuters")).setValidateOnly(i % 5 == 4).build());
    }
    requests.add(request(seed000()));

    List<IngestArticlesResponse> streamed = stream(requests);

    try (LedgerFixture other = new LedgerFixture(Files.createDirectories(dir.resolve("one-at-a-time")))) {
      var unary = IngestServiceGrpc.newBlockingStub(other.channel);
      assertEquals(requests.size(), streamed.size());
      for (int i = 0; i < requests.size(); i++) {
        assertEquals(i, streamed.get(i).getIndex());
        assertEquals(summary(unary.ingestArticle(requests.get(i))), summary(streamed.get(i).getResult()), "article " + i);
      }
    }
  }

  /** What an ingest found and recorded, without the IDs it chose. */
  private static List<String> summary(IngestArticleResponse r) {
    List<String> out = new ArrayList<>();
    out.add("source existed " + r.getSourceExisted());
    for (IngestedActor a : r.getActorsList()) out.add("actor " + a.getActor().getDisplayName() + " " + a.getCreated());
    for (IngestedClaim c : r.getClaimsList()) {
      out.add("claim " + c.getExtractedText() + " -> " + c.getClaim().getText() + " " + c.getCreated() + " "
          + c.getMatchScore() + " " + c.getClaim().getSummary().getStanceCount());
    }
    for (ExtractedStance s : r.getStancesList()) {
      out.add("stance " + s.getStance().getKind() + " " + s.getStance().getExcerpt().getText() + " " + s.getRecorded()
          + " " + s.getClaimIndex());
    }
    return out;
  }

  @Test
  void ingestArticles_emptyStream_completes() throws Exception {
    assertEquals(List.of(), stream(List.of()));
  }

  @Test
  void ingestArticles_sameArticleTwiceInOneStream_recordsItOnce() throws Exception {
    List<IngestArticlesResponse> rs = stream(List.of(request(seed000()), request(seed000())));

    assertFalse(rs.get(0).getResult().getSourceExisted());
    assertTrue(rs.get(1).getResult().getSourceExisted());
    assertTrue(rs.get(1).getResult().getStancesList().stream().noneMatch(ExtractedStance::getRecorded));
    assertEquals(1, allSources().size());
    assertEquals(rs.get(0).getResult().getStancesCount(), allStances().size());
  }

  // ---- claim matching across articles ----

  @Test
  void ingestArticle_secondArticleSayingTheSame_linksToTheExistingClaim() throws Exception {
    IngestArticleResponse first = ingest(seed001());
    String missiles = first.getClaimsList().stream().map(c -> c.getClaim().getName())
        .filter(n -> n.contains("ballistic")).findFirst().orElseThrow();

    IngestArticleResponse second = ingest(seed000());

    IngestedClaim linked = second.getClaimsList().stream().filter(c -> c.getClaim().getName().equals(missiles))
        .findFirst().orElseThrow(() -> new AssertionError("seed 000 did not link to " + missiles));
    assertFalse(linked.getCreated());
    assertTrue(linked.getMatchScore() >= 0.7 && linked.getMatchScore() <= 1.0, "score " + linked.getMatchScore());
    // Seed 000 says Moscow and Pyongyang denied it: the claim the U.S. and allies assert is now contested.
    Claim claim = f.claims.getClaim(GetClaimRequest.newBuilder().setName(missiles).build()).getClaim();
    assertTrue(claim.getSummary().getContested(), claim.toString());
  }

  @Test
  void ingestArticle_negationInALaterArticle_deniesTheExistingClaim() {
    IngestArticleResponse first = ingest("Brenna Watch said the Calderwood plant released untreated waste into the "
        + "Brenna River on Sunday night.");
    String released = first.getClaims(0).getClaim().getName();

    IngestArticleResponse second = ingest("Aurex Chemicals said the Calderwood plant did not release untreated waste "
        + "into the Brenna River on Sunday night.");

    ExtractedStance denial = second.getStancesList().stream()
        .filter(es -> es.getStance().getActor().contains("aurex")).findFirst().orElseThrow();
    assertEquals(StanceKind.STANCE_KIND_DENIES, denial.getStance().getKind());
    assertTrue(denial.getStance().getName().startsWith(released + "/stances/"), denial.getStance().getName());
    Claim claim = f.claims.getClaim(GetClaimRequest.newBuilder().setName(released).build()).getClaim();
    assertTrue(claim.getSummary().getContested(), claim.toString());
  }

  @Test
  void ingestArticle_unrelatedNegation_isANewClaimAsserted() {
    ingest("Brenna Watch said the Calderwood plant released untreated waste into the Brenna River.");

    IngestArticleResponse second = ingest("The Halvard League said Ravenshore FC had not paid its players for three months.");

    ExtractedStance s = second.getStances(0);
    assertEquals(StanceKind.STANCE_KIND_ASSERTS, s.getStance().getKind());
    assertTrue(second.getClaims(0).getCreated());
  }

  @Test
  void ingestArticle_statementWithTheTextOfAMergedClaim_linksToTheSurvivor() {
    f.claim("dup", "The visit would include talks.");
    f.claim("survivor", "Zakharova confirmed negotiations in Moscow.");
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/dup").setInto("claims/survivor")
        .setReason("same meeting").build());

    IngestArticleResponse r = ingest(ZAKHAROVA);

    ExtractedStance s = r.getStancesList().stream()
        .filter(es -> es.getStance().getActor().contains("zakharova")).findFirst().orElseThrow();
    assertTrue(s.getStance().getName().startsWith("claims/survivor/stances/"), s.getStance().getName());
  }

  @Test
  void ingestArticle_statementWithTheTextOfAMergedClaim_isNotLinkedToAnUnrelatedClaim() {
    f.claim("dup", "The visit would include talks.");
    f.claim("survivor", "Zakharova confirmed negotiations in Moscow.");
    f.claim("other", "The sanctions talks would include the oil embargo and the visit of inspectors.");
    f.claims.mergeClaims(MergeClaimsRequest.newBuilder().setName("claims/dup").setInto("claims/survivor")
        .setReason("same meeting").build());

    IngestArticleResponse r = ingest(ZAKHAROVA);

    ExtractedStance s = r.getStancesList().stream()
        .filter(es -> es.getStance().getActor().contains("zakharova")).findFirst().orElseThrow();
    assertTrue(s.getStance().getName().startsWith("claims/survivor/stances/"), s.getStance().getName());
  }

  @Test
  void ingestArticle_responseActors_areTheActorsAfterTheIngest() throws Exception {
    IngestArticleResponse r = ingest(seed001());

    for (IngestedActor a : r.getActorsList()) assertEquals(getActor(a.getActor().getName()), a.getActor());
  }

  @Test
  void ingestArticle_responseClaims_carryTheSummaryAfterTheIngest() throws Exception {
    IngestArticleResponse r = ingest(seed001());

    for (IngestedClaim c : r.getClaimsList()) {
      assertEquals(f.claims.getClaim(GetClaimRequest.newBuilder().setName(c.getClaim().getName()).build()).getClaim(),
          c.getClaim());
    }
  }
}
