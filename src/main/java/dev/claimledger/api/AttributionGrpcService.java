package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.LedgerQueries;
import dev.claimledger.store.Queries;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** AttributionService: validate, query, map. */
public final class AttributionGrpcService extends AttributionServiceGrpc.AttributionServiceImplBase {

  private static final int QUERY_MAX = 500;
  private static final int SEARCH_DEFAULT = 20;
  private static final int SEARCH_MAX = 100;
  private static final int WORDS_MAX = 32;

  private final LedgerQueries queries;
  private final PageTokens tokens;

  public AttributionGrpcService(LedgerQueries queries, PageTokens tokens) {
    this.queries = queries;
    this.tokens = tokens;
  }

  @Override
  public void getClaimAttribution(GetClaimAttributionRequest req, StreamObserver<GetClaimAttributionResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getClaim(), ResourceNames.CLAIMS, "claim", v);
      int size = PageSizes.of(req.getPageSize(), v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      var result = queries.claimAttribution(claim, req.getIncludeSuperseded(),
          tokens.pageOf(req, req.getPageToken(), size), asOf);
      var b = GetClaimAttributionResponse.newBuilder().setClaim(ProtoMapper.claim(result.claim()));
      for (Queries.ActorAttribution a : result.actors().items()) {
        b.addActorsBuilder().setActor(ProtoMapper.actor(a.actor())).addAllStances(ProtoMapper.attributed(a.stances()));
      }
      return b.setNextPageToken(tokens.tokenAfter(req, result.actors().next())).build();
    });
  }

  @Override
  public void listActorStances(ListActorStancesRequest req, StreamObserver<ListActorStancesResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String actor = ResourceNames.id(req.getActor(), ResourceNames.ACTORS, "actor", v);
      int size = PageSizes.of(req.getPageSize(), v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("kind", Filter.EQUALITY_OR_NOT, "claim", Filter.EQUALITY,
          "source", Filter.EQUALITY));
      var kind = f.single("kind");
      var claim = f.single("claim");
      var source = f.single("source");
      var filter = new Queries.ActorStanceFilter(
          kind == null ? null : Filter.enumValue(kind, dev.claimledger.domain.StanceKind.class, "STANCE_KIND_"),
          kind == null || kind.op() == Filter.Op.EQ,
          claim == null ? null : Filter.resourceId(claim, ResourceNames.CLAIMS),
          source == null ? null : Filter.resourceId(source, ResourceNames.SOURCES));
      var result = queries.actorStances(actor, req.getRollUp(), req.getIncludeSuperseded(), filter,
          tokens.pageOf(req, req.getPageToken(), size), asOf);
      return ListActorStancesResponse.newBuilder()
          .setActor(ProtoMapper.actor(result.actor()))
          .addAllStances(ProtoMapper.attributed(result.stances().items()))
          .setNextPageToken(tokens.tokenAfter(req, result.stances().next()))
          .build();
    });
  }

  @Override
  public void getActorStanceHistory(GetActorStanceHistoryRequest req, StreamObserver<GetActorStanceHistoryResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String actor = ResourceNames.id(req.getActor(), ResourceNames.ACTORS, "actor", v);
      String claim = ResourceNames.id(req.getClaim(), ResourceNames.CLAIMS, "claim", v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Queries.StanceHistory h = queries.stanceHistory(actor, claim, asOf);
      var b = GetActorStanceHistoryResponse.newBuilder().setActor(ProtoMapper.actor(h.actor()))
          .setClaim(ProtoMapper.claim(h.claim()));
      for (Queries.HistoryEntry e : h.entries()) {
        b.addEntriesBuilder().setStance(ProtoMapper.attributed(e.stance()))
            .setStandAfter(ActorStand.forNumber(e.standAfter().number)).setChanged(e.changed());
      }
      return b.build();
    });
  }

  @Override
  public void searchLedger(SearchLedgerRequest req, StreamObserver<SearchLedgerResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      Texts.required(req.getQuery(), QUERY_MAX, "query", v);
      List<String> words = words(req.getQuery());
      if (!req.getQuery().isBlank() && words.isEmpty()) v.add("query", "has no words to search for");
      if (words.size() > WORDS_MAX) v.add("query", "must have at most " + WORDS_MAX + " words");
      int size = PageSizes.of(req.getPageSize(), SEARCH_DEFAULT, SEARCH_MAX, v);
      v.throwIfAny("INVALID_ARGUMENT");
      var page = queries.search(words, tokens.pageOf(req, req.getPageToken(), size));
      var b = SearchLedgerResponse.newBuilder();
      for (Queries.SearchHit hit : page.items()) {
        var h = b.addHitsBuilder().setScore(hit.score()).setSnippet(hit.snippet());
        if (hit.claim() != null) h.setClaim(ProtoMapper.claim(hit.claim()));
        else h.setStance(ProtoMapper.attributed(hit.stance()));
      }
      return b.setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }

  /** The words of a query: runs of letters and digits; everything else (FTS syntax too) separates. */
  static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    query.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(cp);
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    });
    if (w.length() > 0) words.add(w.toString());
    return words;
  }
}
