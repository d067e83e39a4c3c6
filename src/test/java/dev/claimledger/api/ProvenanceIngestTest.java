package dev.claimledger.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimledger.LedgerFixture;
import dev.claimledger.v1.*;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance of ingested articles: a wire dateline ("HARBOR CITY (Reuters) -") is recognised as
 * the relay, so three outlets reprinting one wire story count as one origin, and an unrelated
 * outlet's own reporting as a second.
 */
class ProvenanceIngestTest {
  private static final String WIRE = """
      HARBOR CITY (Reuters) - Untreated sewage flowed into the Brenna river for six hours on Monday night, officials \
      said on Tuesday. The Calder water utility said a pump had failed at its eastern plant during the storm.""";

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

  private IngestArticleResponse ingest(String publisher, String text) {
    return ingest.ingestArticle(IngestArticleRequest.newBuilder().setArticle(Article.newBuilder()
        .setTitle("Sewage in the Brenna (" + publisher + ")").setPublisher(publisher).setText(text)).build());
  }

  private String spillClaim(IngestArticleResponse r) {
    return r.getClaimsList().stream().filter(c -> c.getClaim().getText().contains("sewage flowed")).findFirst().orElseThrow(
        () -> new AssertionError("no sewage claim in " + r.getClaimsList())).getClaim().getName();
  }

  @Test
  void wireStoryReprintedThreeTimes_isOneOrigin_andAnUnrelatedOutletMakesTwo() {
    String claim = spillClaim(ingest("Harbor Herald", WIRE));
    assertEquals(claim, spillClaim(ingest("Lakeside Gazette", WIRE + " The Gazette will follow the story.")));
    assertEquals(claim, spillClaim(ingest("Valley Post", "Sewage spill. " + WIRE)));
    var request = GetClaimVerificationRequest.newBuilder().setName(claim).build();
    var v = f.verification.getClaimVerification(request);
    assertEquals(1, v.getIndependentOriginCount(), v.toString());
    assertEquals(VerificationState.VERIFICATION_STATE_SINGLE_ORIGIN, v.getState());
    assertEquals("Reuters", v.getOrigins(0).getDisplayName());
    assertEquals(3, v.getOrigins(0).getSourcesCount());

    // The trace of a reprint names the credited wire.
    var trace = f.provenance.traceStance(TraceStanceRequest.newBuilder().setName(v.getOrigins(0).getStances(1)).build());
    assertEquals(List.of("Lakeside Gazette", "Reuters", "officials"),
        trace.getHopsList().stream().map(ProvenanceHop::getDisplayName).toList());

    String own = "Residents said untreated sewage flowed into the Brenna river for six hours on Monday night.";
    assertEquals(claim, spillClaim(ingest("Coastline News", own)));
    v = f.verification.getClaimVerification(request);
    assertEquals(VerificationState.VERIFICATION_STATE_CORROBORATED, v.getState(), v.toString());
    assertEquals(2, v.getIndependentOriginCount());
    assertTrue(v.getExplanation().startsWith("Corroborated: supported by 2 independent origins: Reuters, Coastline News"),
        v.getExplanation());
  }
}
