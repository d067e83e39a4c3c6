package dev.claimledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance, verification, conflicts and the watch log on the evaluation's tuning set: 23 articles
 * by 21 outlets, four of them relaying Reuters or the Associated Press, ingested as `make eval`
 * ingests them.
 */
class EvalSetProvenanceTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));

  @TempDir static Path dir;
  static LedgerFixture f;
  static List<GoldFile> golds = new ArrayList<>();
  static List<String> sources = new ArrayList<>();

  @BeforeAll
  static void ingest() throws Exception {
    f = new LedgerFixture(dir);
    EvalLedger ledger = new EvalLedger(f.channel);
    ledger.loadActorDirectory(REPO.resolve("seeds/annotations.txtpb"));
    try (Stream<Path> files = Files.list(REPO.resolve("src/eval/corpus/tuning"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".gold")).sorted().toList()) golds.add(GoldFile.parse(p, REPO));
    }
    for (GoldFile g : golds) sources.add(ledger.ingest(g).getSource().getName());
    f.ledger.recomputeVerifications();
  }

  @AfterAll
  static void close() throws Exception {
    f.close();
  }

  private static List<ClaimRelation> relations(String filter) {
    return f.relations.listClaimRelations(ListClaimRelationsRequest.newBuilder().setFilter(filter).setPageSize(1000).build())
        .getRelationsList();
  }

  private static String text(String claim) {
    return f.claims.getClaim(GetClaimRequest.newBuilder().setName(claim).build()).getClaim().getText();
  }

  @Test
  void conflicts_theTwoDisagreeingCountsOfTheSetAreFound_andNoOthers() {
    List<String> found = new ArrayList<>();
    for (ClaimRelation r : relations("kind = CONTRADICTS")) {
      assertEquals(RelationBasis.RELATION_BASIS_NUMERIC, r.getBasis(), r.toString());
      found.add(text(r.getClaim()) + " | " + text(r.getOtherClaim()));
    }
    assertTrue(found.stream().anyMatch(x -> x.contains("20,000 dead fish") && x.contains("4,000")), found.toString());
    assertTrue(found.stream().anyMatch(x -> x.contains("64 of the city's") && x.contains("more than 90")), found.toString());
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void traces_startWithThePublisher_andNameTheDeclaredWire() {
    for (int i = 0; i < golds.size(); i++) {
      GoldFile g = golds.get(i);
      var stances = f.stances.listStances(ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1000)
          .setFilter("source = \"" + sources.get(i) + "\"").build()).getStancesList();
      for (Stance s : stances) {
        var t = f.provenance.traceStance(TraceStanceRequest.newBuilder().setName(s.getName()).build());
        List<String> names = t.getHopsList().stream().map(ProvenanceHop::getDisplayName).toList();
        assertEquals(g.publisher(), names.get(0), () -> s.getName() + ": " + names);
        for (String wire : g.relays()) {
          assertTrue(names.contains(wire) || t.getHopsList().stream().anyMatch(h -> h.getRole() == HopRole.HOP_ROLE_SPEAKER
              && h.getDisplayName().equals(wire)), () -> s.getName() + " misses " + wire + ": " + names);
        }
      }
    }
  }

  @Test
  void verification_countsOrigins_neverMoreThanSourcesOrSpeakers_andExportsValidProv() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/prov-json-schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    ObjectMapper json = new ObjectMapper();
    int corroborated = 0;
    var claims = f.claims.listClaims(ListClaimsRequest.newBuilder().setPageSize(1000).build()).getClaimsList();
    for (Claim c : claims) {
      var v = f.verification.getClaimVerification(GetClaimVerificationRequest.newBuilder().setName(c.getName()).build());
      Set<String> sourcesOf = new HashSet<>();
      Set<String> stances = new HashSet<>();
      v.getOriginsList().forEach(o -> {
        sourcesOf.addAll(o.getSourcesList());
        stances.addAll(o.getStancesList());
      });
      assertTrue(v.getIndependentOriginCount() <= stances.size(), v.toString());
      assertEquals(v.getOriginsCount(), v.getIndependentOriginCount() + v.getUnknownOriginCount());
      if (v.getState() == VerificationState.VERIFICATION_STATE_CORROBORATED) corroborated++;
      if (c.getSummary().getContested()) {
        assertEquals(VerificationState.VERIFICATION_STATE_CONTESTED, v.getState());
        String doc = f.provenance.exportClaimProvenance(ExportClaimProvenanceRequest.newBuilder().setName(c.getName())
            .build()).getProvJson();
        assertEquals(Set.of(), schema.validate(json.readTree(doc)), c.getName());
      }
    }
    assertTrue(corroborated > 0, "some claim of the set is backed by two independent origins");
  }

  @Test
  void watchLog_holdsOneContestedEventPerContestedClaim() {
    var it = WatchServiceGrpc.newBlockingStub(f.channel).watchEvents(WatchEventsRequest.newBuilder().setAfterPosition(0)
        .addTypes(LedgerEventType.LEDGER_EVENT_TYPE_CLAIM_CONTESTED).build());
    Set<String> contestedEvents = new HashSet<>();
    while (true) {
      var m = it.next();
      if (!m.hasEvent()) break;
      contestedEvents.add(m.getEvent().getClaim());
    }
    Set<String> contested = new HashSet<>();
    f.claims.listClaims(ListClaimsRequest.newBuilder().setFilter("contested = true").setPageSize(1000).build())
        .getClaimsList().forEach(c -> contested.add(c.getName()));
    assertTrue(contestedEvents.containsAll(contested), "every contested claim had its event: " + contested);
  }
}
