package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.LedgerQueries;
import dev.claimledger.store.Queries;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.Map;

/** ContradictionService: validate, query, map. */
public final class ContradictionGrpcService extends ContradictionServiceGrpc.ContradictionServiceImplBase {

  private static final int DEFAULT = 20;
  private static final int MAX = 200;

  private final LedgerQueries queries;
  private final PageTokens tokens;

  public ContradictionGrpcService(LedgerQueries queries, PageTokens tokens) {
    this.queries = queries;
    this.tokens = tokens;
  }

  @Override
  public void listContestedClaims(ListContestedClaimsRequest req, StreamObserver<ListContestedClaimsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("actor", Filter.EQUALITY, "source", Filter.EQUALITY,
          "contested_time", Filter.ORDERING));
      var actor = f.single("actor");
      var source = f.single("source");
      TimeRange range = TimeRange.of(f, "contested_time");
      var filter = new Queries.ContestedFilter(
          actor == null ? null : Filter.resourceId(actor, ResourceNames.ACTORS),
          source == null ? null : Filter.resourceId(source, ResourceNames.SOURCES),
          range.after(), range.afterInclusive(), range.before(), range.beforeInclusive());
      var page = queries.contestedClaims(filter, tokens.pageOf(req, req.getPageToken(), size), asOf);
      var b = ListContestedClaimsResponse.newBuilder();
      for (Queries.ContestedClaim c : page.items()) {
        var cb = b.addContestedClaimsBuilder().setClaim(ProtoMapper.claim(c.claim()))
            .addAllSupporting(ProtoMapper.attributed(c.supporting()))
            .addAllDenying(ProtoMapper.attributed(c.denying()));
        if (c.claim().summary().contestedTime() != null) {
          cb.setContestedTime(ProtoMapper.timestamp(c.claim().summary().contestedTime()));
        }
      }
      return b.setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }

  @Override
  public void listOpposingClaims(ListOpposingClaimsRequest req, StreamObserver<ListOpposingClaimsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String actor = ResourceNames.id(req.getActor(), ResourceNames.ACTORS, "actor", v);
      String other = ResourceNames.id(req.getOtherActor(), ResourceNames.ACTORS, "other_actor", v);
      if (actor != null && actor.equals(other)) v.add("other_actor", "must name another actor than actor");
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      var page = queries.opposingClaims(actor, other, tokens.pageOf(req, req.getPageToken(), size), asOf);
      var b = ListOpposingClaimsResponse.newBuilder();
      for (Queries.OpposingClaim c : page.items()) {
        b.addOpposingClaimsBuilder().setClaim(ProtoMapper.claim(c.claim()))
            .addAllActorStances(ProtoMapper.attributed(c.actorStances()))
            .addAllOtherActorStances(ProtoMapper.attributed(c.otherStances()));
      }
      return b.setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }

  @Override
  public void listConflictingReports(ListConflictingReportsRequest req,
      StreamObserver<ListConflictingReportsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      var asOf = Times.asOf(req.hasAsOfTime(), req.getAsOfTime(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("actor", Filter.EQUALITY, "claim", Filter.EQUALITY));
      var actor = f.single("actor");
      var claim = f.single("claim");
      var page = queries.conflictingReports(
          actor == null ? null : Filter.resourceId(actor, ResourceNames.ACTORS),
          claim == null ? null : Filter.resourceId(claim, ResourceNames.CLAIMS),
          tokens.pageOf(req, req.getPageToken(), size), asOf);
      var b = ListConflictingReportsResponse.newBuilder();
      for (Queries.ConflictingReport r : page.items()) {
        b.addConflictingReportsBuilder().setClaim(ProtoMapper.claim(r.claim())).setActor(ProtoMapper.actor(r.actor()))
            .addAllReports(ProtoMapper.attributed(r.reports()));
      }
      return b.setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }
}
