package dev.claimledger.seed;

import static org.junit.jupiter.api.Assertions.*;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed articles, loaded through the API as the server loads them, answer the questions the
 * articles raise. Everything is found through the API (aliases, search), not through seed IDs.
 */
class SeedAnnotationsTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));

  @TempDir static Path dir;
  static LedgerFixture f;

  @BeforeAll
  static void load() throws Exception {
    f = new LedgerFixture(dir);
    int entries = new SeedLoader(f.api).load(REPO.resolve("seeds/annotations.txtpb"));
    assertTrue(entries > 50, "the annotations should be complete, not a sample: " + entries);
  }

  @AfterAll
  static void close() throws Exception {
    f.close();
  }

  private static String actor(String alias) {
    return f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias(alias).build()).getActor().getName();
  }

  private static Set<String> actorsOf(List<AttributedStance> stances) {
    return stances.stream().map(s -> s.getStance().getResolvedActor()).collect(Collectors.toSet());
  }

  private static Set<String> sourcesOf(List<AttributedStance> stances) {
    return stances.stream().map(s -> s.getSource().getName()).collect(Collectors.toSet());
  }

  private static ContestedClaim contested(String... words) {
    List<ContestedClaim> all = f.contradictions.listContestedClaims(
        ListContestedClaimsRequest.newBuilder().setPageSize(200).build()).getContestedClaimsList();
    return all.stream().filter(c -> Stream.of(words).allMatch(w -> c.getClaim().getText().toLowerCase().contains(w)))
        .findFirst().orElseThrow(() -> new AssertionError("no contested claim with " + List.of(words) + " among "
            + all.stream().map(c -> c.getClaim().getText()).toList()));
  }

  private static Claim claim(String query) {
    return f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery(query).build()).getHitsList().stream()
        .filter(SearchHit::hasClaim).map(SearchHit::getClaim).findFirst()
        .orElseThrow(() -> new AssertionError("no claim matches " + query));
  }

  @Test
  void seedArticles_areTheSharedOnesByteForByte() throws Exception {
    Path shared = REPO.resolve("../shared/seeds");
    if (!Files.isDirectory(shared)) return; // only checkable where the shared folder sits beside the repo
    for (String name : List.of("000_1b16ee250ba2840d.txt", "001_4b93eaeda18de8f4.txt")) {
      assertArrayEquals(Files.readAllBytes(shared.resolve(name)), Files.readAllBytes(REPO.resolve("seeds").resolve(name)));
    }
  }

  @Test
  void aliases_resolveEverySpellingToOneActor() {
    assertEquals(actor("Choe Son Hui"), actor("Choi Seong-hee"));
    assertEquals(actor("Russia"), actor("Moscow"));
    assertEquals(actor("Russia"), actor("russia"));
    assertEquals(actor("Russia"), actor("Muscovy"));
    assertEquals(actor("North Korea"), actor("Pyongyang"));
    assertNotEquals(actor("Russia"), actor("North Korea"));
  }

  @Test
  void missileClaim_contested_usAlliesAssertMoscowAndPyongyangDeny() {
    ContestedClaim c = contested("ballistic missiles", "ukraine");
    assertTrue(actorsOf(c.getSupportingList()).contains(actor("U.S. and its allies")));
    assertEquals(Set.of(actor("Russia"), actor("North Korea")), actorsOf(c.getDenyingList()));
    assertEquals(2, sourcesOf(c.getSupportingList()).size(), "both articles report the allegation");
    for (AttributedStance s : c.getDenyingList()) {
      assertFalse(s.getStance().getExcerpt().getText().isEmpty());
      assertEquals(StanceKind.STANCE_KIND_DENIES, s.getStance().getKind());
    }
  }

  @Test
  void missileClaim_conflictingReports_deniedIn000_notCommentedIn001() {
    ContestedClaim c = contested("ballistic missiles", "ukraine");
    var reports = f.contradictions.listConflictingReports(ListConflictingReportsRequest.newBuilder()
        .setFilter("claim = \"" + c.getClaim().getName() + "\"").build()).getConflictingReportsList();
    Set<String> actors = reports.stream().map(r -> r.getActor().getName()).collect(Collectors.toSet());
    assertEquals(Set.of(actor("Russia"), actor("North Korea")), actors);
    for (ConflictingReport r : reports) {
      Set<StanceKind> kinds = r.getReportsList().stream().map(s -> s.getStance().getKind()).collect(Collectors.toSet());
      assertEquals(Set.of(StanceKind.STANCE_KIND_DENIES, StanceKind.STANCE_KIND_DECLINES_TO_COMMENT), kinds);
      assertEquals(2, sourcesOf(r.getReportsList()).size());
    }
  }

  @Test
  void armsTransferCriticism_contested_choeRebuffedIt() {
    ContestedClaim c = contested("arms");
    assertTrue(actorsOf(c.getDenyingList()).contains(actor("Choe Son Hui")));
    assertTrue(c.getDenyingList().stream().anyMatch(s -> s.getStance().getExcerpt().getText().contains("politicized")));
  }

  @Test
  void hypersonicTest_condemnedByEachCountry_reportedByKcnaViaReuters() {
    Claim test = claim("hypersonic missile");
    var attribution = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
        .setClaim(test.getName()).build());
    Set<String> condemners = attribution.getActorsList().stream()
        .filter(a -> a.getStancesList().stream().anyMatch(s -> s.getStance().getKind() == StanceKind.STANCE_KIND_CONDEMNS))
        .map(a -> a.getActor().getName()).collect(Collectors.toSet());
    assertTrue(condemners.containsAll(Set.of(actor("United States"), actor("South Korea"), actor("Japan"))), condemners.toString());
    var kcna = attribution.getActorsList().stream().filter(a -> a.getActor().getName().equals(actor("KCNA")))
        .findFirst().orElseThrow(() -> new AssertionError("KCNA reports the test"));
    assertTrue(kcna.getStancesList().stream().anyMatch(s -> s.getStance().getRelayChainList().contains(actor("Reuters"))));
  }

  @Test
  void lukin_threeHedgedStatements_includingTestUnrelatedToTrip() {
    var stances = f.attribution.listActorStances(ListActorStancesRequest.newBuilder()
        .setActor(actor("Artyom Lukin")).build()).getStancesList();
    assertEquals(3, stances.size());
    assertTrue(stances.stream().anyMatch(s -> s.getStance().getExcerpt().getText().contains("unrelated")));
    assertTrue(stances.stream().allMatch(s -> s.getStance().getKind() == StanceKind.STANCE_KIND_SUGGESTS));
  }

  @Test
  void russia_rollUp_includesZakharovaThroughTheForeignMinistry() {
    String russia = actor("Russia");
    var own = f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor(russia).setPageSize(1000)
        .build()).getStancesList();
    var rolled = f.attribution.listActorStances(ListActorStancesRequest.newBuilder().setActor(russia).setRollUp(true)
        .setPageSize(1000).build()).getStancesList();
    assertTrue(rolled.size() > own.size());
    String zakharova = actor("Maria Zakharova");
    AttributedStance hers = rolled.stream().filter(s -> s.getStance().getResolvedActor().equals(zakharova)).findFirst()
        .orElseThrow(() -> new AssertionError("Zakharova's words count for Russia when rolled up"));
    assertEquals(zakharova, hers.getVia(0));
    assertEquals(russia, hers.getVia(hers.getViaCount() - 1));
    assertTrue(hers.getViaList().contains(actor("Russian Foreign Ministry")));
  }

  @Test
  void kcnaArrivalReport_relayedThroughReuters_inUnnArticle() {
    Claim arrival = claim("arrived Moscow");
    var attribution = f.attribution.getClaimAttribution(GetClaimAttributionRequest.newBuilder()
        .setClaim(arrival.getName()).build());
    AttributedStance s = attribution.getActors(0).getStances(0);
    assertEquals(actor("KCNA"), s.getStance().getResolvedActor());
    assertEquals(List.of(actor("Reuters")), s.getStance().getRelayChainList());
    assertEquals(actor("UNN"), s.getSource().getPublisher());
    assertTrue(s.getSource().getRelaysList().contains(actor("Reuters")));
  }

  @Test
  void everyExcerpt_standsInItsSourceAtItsSpan() {
    var stances = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1000).build());
    assertTrue(stances.getStancesCount() >= 30, "stances: " + stances.getStancesCount());
    for (Stance s : stances.getStancesList()) {
      String text = f.sources.getSource(GetSourceRequest.newBuilder().setName(s.getSource()).build()).getSource().getText();
      int from = text.offsetByCodePoints(0, s.getExcerpt().getStartOffset());
      int to = text.offsetByCodePoints(0, s.getExcerpt().getEndOffset());
      assertEquals(s.getExcerpt().getText(), text.substring(from, to), s.getName());
    }
  }
}
