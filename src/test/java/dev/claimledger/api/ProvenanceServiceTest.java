package dev.claimledger.api;

import static dev.claimledger.LedgerFixture.assertError;
import static dev.claimledger.LedgerFixture.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.claimledger.LedgerFixture;
import dev.claimledger.seed.SeedLoader;
import dev.claimledger.v1.*;
import io.grpc.Status;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ProvenanceService on the seeded ledger: traces and PROV-JSON exports. The schema in
 * src/test/resources/prov-json-schema.json is the JSON Schema of the W3C PROV-JSON Member
 * Submission (https://www.w3.org/submissions/prov-json/).
 */
class ProvenanceServiceTest {
  private static final Path REPO = Path.of(System.getProperty("claimledger.repo.dir", "."));
  private static final String MISSILES = "claims/russia-uses-nk-missiles-in-ukraine";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static LedgerFixture f;

  @BeforeAll
  static void load() throws Exception {
    f = new LedgerFixture(dir);
    new SeedLoader(f.api).load(REPO.resolve("seeds/annotations.txtpb"));
  }

  @AfterAll
  static void close() throws Exception {
    f.close();
  }

  private static TraceStanceResponse trace(String name) {
    return f.provenance.traceStance(TraceStanceRequest.newBuilder().setName(name).build());
  }

  private static String stanceOf(String claim, String actorAlias, String sourceName) {
    String actor = f.actors.lookupActor(LookupActorRequest.newBuilder().setAlias(actorAlias).build()).getActor().getName();
    return f.stances.listStances(ListStancesRequest.newBuilder().setParent(claim).setPageSize(100).build()).getStancesList()
        .stream().filter(s -> s.getResolvedActor().equals(actor) && s.getSource().equals(sourceName)).findFirst()
        .orElseThrow().getName();
  }

  private static String claimAbout(String words) {
    return f.attribution.searchLedger(SearchLedgerRequest.newBuilder().setQuery(words).build()).getHitsList().stream()
        .filter(SearchHit::hasClaim).findFirst().orElseThrow().getClaim().getName();
  }

  private static List<String> hops(TraceStanceResponse t) {
    return t.getHopsList().stream().map(h -> h.getRole().name().substring("HOP_ROLE_".length()) + " " + h.getDisplayName()).toList();
  }

  @Test
  void traceStance_kcnaReportInTheUnnArticle_goesBackThroughReutersToNorthKorea() {
    String claim = claimAbout("hypersonic missile");
    TraceStanceResponse t = trace(stanceOf(claim, "Korean Central News Agency", "sources/unn-reuters-001"));
    assertEquals(List.of("PUBLISHER UNN", "RELAY Reuters", "SPEAKER KCNA", "SPEAKS_FOR North Korea"), hops(t));
    assertEquals("state-run news agency", t.getHops(3).getViaAffiliation());
    assertEquals("UNN relays Reuters, which quotes KCNA, which speaks for North Korea.", t.getSummary());
    assertEquals("actors/north-korea", t.getOrigin());
  }

  @Test
  void traceStance_spokeswoman_speaksForHerMinistryAndItsState() {
    String claim = claimAbout("visit includes talks");
    TraceStanceResponse t = trace(stanceOf(claim, "Zakharova", "sources/unn-reuters-001"));
    assertEquals(List.of("PUBLISHER UNN", "RELAY Reuters", "SPEAKER Maria Zakharova", "SPEAKS_FOR Russian Foreign Ministry",
        "SPEAKS_FOR Russia"), hops(t));
    assertEquals("UNN relays Reuters, which quotes Maria Zakharova, who speaks for Russian Foreign Ministry, which speaks for Russia.",
        t.getSummary());
    assertEquals("actors/russia", t.getOrigin());
  }

  @Test
  void traceStance_unnamedAnalystsInAnArticleWithoutPublisher_haveNoKnownOrigin() {
    String claim = claimAbout("only nation");
    String analysts = f.stances.listStances(ListStancesRequest.newBuilder().setParent(claim).build()).getStances(0).getName();
    TraceStanceResponse t = trace(analysts);
    assertEquals(List.of("SPEAKER analysts"), hops(t));
    assertEquals("An article with no known publisher quotes analysts.", t.getSummary());
    assertEquals("", t.getOrigin());
  }

  @Test
  void traceStance_badOrUnknownNames_failClearly() {
    assertInvalid("INVALID_ARGUMENT", () -> trace(""), "name");
    assertInvalid("INVALID_ARGUMENT", () -> trace("claims/x"), "name");
    assertError(Status.Code.NOT_FOUND, "STANCE_NOT_FOUND", () -> trace(MISSILES + "/stances/nope"));
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = ProvenanceServiceTest.class.getResourceAsStream("/prov-json-schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void exportClaimProvenance_missileClaim_validatesAgainstThePROVJSONSchema() throws Exception {
    String doc = f.provenance.exportClaimProvenance(ExportClaimProvenanceRequest.newBuilder().setName(MISSILES).build())
        .getProvJson();
    JsonNode json = JSON.readTree(doc);
    Set<ValidationMessage> errors = schema().validate(json);
    assertEquals(Set.of(), errors, doc);

    // The chain is in it: UNN's article from Reuters' report, which quotes the U.S. and its allies.
    String article = "cl:sources/unn-reuters-001";
    String report = article + "/reports/reuters";
    String statement = "cl:" + MISSILES + "/stances/us-and-allies-accuse-001";
    assertTrue(relations(json, "wasAttributedTo", "prov:entity", article, "prov:agent").contains("cl:actors/unn"));
    assertTrue(relations(json, "wasAttributedTo", "prov:entity", report, "prov:agent").contains("cl:actors/reuters"));
    assertTrue(relations(json, "wasAttributedTo", "prov:entity", statement, "prov:agent").contains("cl:actors/us-and-allies"));
    assertTrue(relations(json, "wasDerivedFrom", "prov:generatedEntity", article, "prov:usedEntity").contains(report));
    assertEquals("prov:Quotation", derivationType(json, report, statement));
    assertEquals("prov:PrimarySource", derivationType(json, article, statement));
    assertEquals("prov:Organization", json.at("/agent/cl:actors~1reuters/prov:type/$").asText());
    assertTrue(json.at("/entity/" + statement.replace("/", "~1") + "/prov:value").asText().contains("North Korean-made"));
    // Every stance in force is in it, denials included.
    assertTrue(json.at("/entity").has("cl:" + MISSILES + "/stances/russia-denies-000"));
  }

  @Test
  void exportClaimProvenance_stateMediaActsOnBehalfOfItsState() throws Exception {
    String doc = f.provenance.exportClaimProvenance(ExportClaimProvenanceRequest.newBuilder()
        .setName(claimAbout("hypersonic missile")).build()).getProvJson();
    JsonNode json = JSON.readTree(doc);
    assertEquals(Set.of(), schema().validate(json));
    assertTrue(relations(json, "actedOnBehalfOf", "prov:delegate", "cl:actors/kcna", "prov:responsible")
        .contains("cl:actors/north-korea"));
  }

  @Test
  void exportClaimProvenance_isCheckedByTheSchema_aBrokenDocumentFails() throws Exception {
    JsonNode broken = JSON.readTree("{\"wasAttributedTo\": {\"_:a\": {\"prov:entity\": \"cl:x\"}}, \"bogus\": 1}");
    assertEquals(2, schema().validate(broken).size(), "the schema must catch a missing agent and an unknown key");
  }

  @Test
  void exportClaimProvenance_badOrUnknownNames_failClearly() {
    assertInvalid("INVALID_ARGUMENT", () -> f.provenance.exportClaimProvenance(
        ExportClaimProvenanceRequest.newBuilder().setName("sources/x").build()), "name");
    assertError(Status.Code.NOT_FOUND, "CLAIM_NOT_FOUND", () -> f.provenance.exportClaimProvenance(
        ExportClaimProvenanceRequest.newBuilder().setName("claims/nope").build()));
  }

  private static List<String> relations(JsonNode doc, String kind, String fromKey, String from, String toKey) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = doc.path(kind).elements(); it.hasNext(); ) {
      JsonNode r = it.next();
      if (r.path(fromKey).asText().equals(from)) out.add(r.path(toKey).asText());
    }
    return out;
  }

  private static String derivationType(JsonNode doc, String generated, String used) {
    for (Iterator<JsonNode> it = doc.path("wasDerivedFrom").elements(); it.hasNext(); ) {
      JsonNode r = it.next();
      if (r.path("prov:generatedEntity").asText().equals(generated) && r.path("prov:usedEntity").asText().equals(used)) {
        return r.at("/prov:type/$").asText();
      }
    }
    return null;
  }
}
