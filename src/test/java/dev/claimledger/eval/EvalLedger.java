package dev.claimledger.eval;

import com.google.protobuf.TextFormat;
import dev.claimledger.v1.ActorServiceGrpc;
import dev.claimledger.v1.Article;
import dev.claimledger.v1.BundleEntry;
import dev.claimledger.v1.Claim;
import dev.claimledger.v1.ClaimServiceGrpc;
import dev.claimledger.v1.GetActorRequest;
import dev.claimledger.v1.GetClaimRequest;
import dev.claimledger.v1.GetSourceRequest;
import dev.claimledger.v1.IngestArticleRequest;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.IngestServiceGrpc;
import dev.claimledger.v1.LedgerBundle;
import dev.claimledger.v1.ListStancesRequest;
import dev.claimledger.v1.ListStancesResponse;
import dev.claimledger.v1.LookupActorRequest;
import dev.claimledger.v1.SourceServiceGrpc;
import dev.claimledger.v1.Stance;
import dev.claimledger.v1.StanceServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The evaluation's client of a running server: only public RPCs, over a real channel, so the eval
 * measures what a client of the service would get. Lookups are cached, since the same actors and
 * claims come up again and again.
 */
final class EvalLedger {
  /** Long enough for any article, short enough that a stuck extractor fails the run instead of hanging it. */
  private static final long DEADLINE_SECONDS = 120;

  private final ManagedChannel channel;
  private final Map<String, Optional<String>> actorByAlias = new HashMap<>();
  private final Map<String, String> actorLabels = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  EvalLedger(ManagedChannel channel) {
    this.channel = channel;
  }

  /** Creates the actors and affiliations of a bundle, skipping its sources, claims and stances. */
  void loadActorDirectory(Path bundleFile) throws IOException {
    LedgerBundle.Builder bundle = LedgerBundle.newBuilder();
    TextFormat.merge(Files.readString(bundleFile, StandardCharsets.UTF_8), bundle);
    var actors = ActorServiceGrpc.newBlockingStub(channel);
    for (BundleEntry e : bundle.getEntriesList()) {
      switch (e.getRequestCase()) {
        case CREATE_ACTOR -> actors.createActor(e.getCreateActor());
        case CREATE_AFFILIATION -> actors.createAffiliation(e.getCreateAffiliation());
        default -> { }
      }
    }
  }

  /** Ingests the gold file's article: its text as the file holds it, with the gold's publisher and relays. */
  IngestArticleResponse ingest(GoldFile gold) {
    Article.Builder article = Article.newBuilder().setText(gold.articleText()).addAllRelays(gold.relays());
    if (!gold.publisher().isEmpty()) article.setPublisher(gold.publisher());
    return IngestServiceGrpc.newBlockingStub(channel).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
        .ingestArticle(IngestArticleRequest.newBuilder().setArticle(article).build());
  }

  /** The recorded text of a source, the text excerpt offsets count in. */
  String sourceText(String source) {
    return SourceServiceGrpc.newBlockingStub(channel).getSource(GetSourceRequest.newBuilder().setName(source).build())
        .getSource().getText();
  }

  /** Every stance of a source in force (not superseded), over all pages. */
  List<Stance> stancesOf(String source) {
    var stances = StanceServiceGrpc.newBlockingStub(channel);
    ListStancesRequest.Builder request = ListStancesRequest.newBuilder().setParent("claims/-").setPageSize(1000)
        .setFilter("source = \"" + source + "\"");
    List<Stance> out = new ArrayList<>();
    do {
      ListStancesResponse page = stances.listStances(request.build());
      for (Stance s : page.getStancesList()) if (s.getSupersededBy().isEmpty()) out.add(s);
      request.setPageToken(page.getNextPageToken());
    } while (!request.getPageToken().isEmpty());
    return out;
  }

  /** The actor the first resolvable name is an alias of (after merges), or null when none is known. */
  String lookup(List<String> names) {
    for (String name : names) {
      Optional<String> actor = actorByAlias.computeIfAbsent(name, this::lookupAlias);
      if (actor.isPresent()) return actor.get();
    }
    return null;
  }

  private Optional<String> lookupAlias(String alias) {
    try {
      return Optional.of(ActorServiceGrpc.newBlockingStub(channel)
          .lookupActor(LookupActorRequest.newBuilder().setAlias(alias).build()).getActor().getName());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) return Optional.empty();
      throw e;
    }
  }

  /** "Display Name (actors/id)", for reports. */
  String actorLabel(String actor) {
    return actorLabels.computeIfAbsent(actor, a -> ActorServiceGrpc.newBlockingStub(channel)
        .getActor(GetActorRequest.newBuilder().setName(a).build()).getActor().getDisplayName() + " (" + a + ")");
  }

  /** The claim a stance counts for: its claim, or the claim that claim was merged into, transitively. */
  Claim survivor(Stance stance) {
    Claim claim = claim(stance.getName().substring(0, stance.getName().indexOf("/stances/")));
    while (!claim.getMergedInto().isEmpty()) claim = claim(claim.getMergedInto());
    return claim;
  }

  private Claim claim(String name) {
    return claims.computeIfAbsent(name, n -> ClaimServiceGrpc.newBlockingStub(channel)
        .getClaim(GetClaimRequest.newBuilder().setName(n).build()).getClaim());
  }
}
