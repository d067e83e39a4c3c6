package dev.claimledger.api;

import dev.claimledger.domain.ClaimRelation;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.RelationStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.Map;

/** RelationService: validate, call the store, map. */
public final class RelationGrpcService extends RelationServiceGrpc.RelationServiceImplBase {
  private static final int REASON_MAX = 1000;
  private static final int DEFAULT = 50;
  private static final int MAX = 1000;
  private static final String RELATIONS = "relations";

  private final RelationStore relations;
  private final PageTokens tokens;

  public RelationGrpcService(RelationStore relations, PageTokens tokens) {
    this.relations = relations;
    this.tokens = tokens;
  }

  @Override
  public void createClaimRelation(CreateClaimRelationRequest req, StreamObserver<CreateClaimRelationResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      var r = req.getRelation();
      if (!req.hasRelation()) v.add("relation", "is required");
      int kind = Enums.required(r.getKindValue(), r.getKind(), "relation.kind", v);
      if (kind == RelationKind.RELATION_KIND_CONFLICTING_REPORTS_VALUE) {
        v.add("relation.kind", "CONFLICTING_REPORTS is only detected; record CONTRADICTS, SAME_CLAIM or SUPPORTS");
      }
      String claim = ResourceNames.id(r.getClaim(), ResourceNames.CLAIMS, "relation.claim", v);
      String other = ResourceNames.id(r.getOtherClaim(), ResourceNames.CLAIMS, "relation.other_claim", v);
      if (claim != null && claim.equals(other)) v.add("relation.other_claim", "must name another claim than claim");
      Texts.required(req.getReason(), REASON_MAX, "reason", v);
      String id = ResourceNames.requestedId(req.getRelationId(), "relation_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var created = relations.record(new RelationStore.RelationFields(ClaimRelation.Kind.ofNumber(kind), claim, other,
          req.getReason()), id);
      return CreateClaimRelationResponse.newBuilder().setRelation(relation(created)).build();
    });
  }

  @Override
  public void getClaimRelation(GetClaimRelationRequest req, StreamObserver<GetClaimRelationResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), RELATIONS, "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var found = relations.get(id).orElseThrow(() -> LedgerError.notFound("RELATION_NOT_FOUND", req.getName()));
      return GetClaimRelationResponse.newBuilder().setRelation(relation(found)).build();
    });
  }

  @Override
  public void listClaimRelations(ListClaimRelationsRequest req, StreamObserver<ListClaimRelationsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("claim", Filter.EQUALITY, "kind", Filter.EQUALITY,
          "status", Filter.EQUALITY, "origin", Filter.EQUALITY));
      var claim = f.single("claim");
      var kind = f.single("kind");
      var status = f.single("status");
      var origin = f.single("origin");
      var filter = new RelationStore.RelationFilter(
          claim == null ? null : Filter.resourceId(claim, ResourceNames.CLAIMS),
          kind == null ? null : Filter.enumValue(kind, ClaimRelation.Kind.class, "RELATION_KIND_"),
          status == null ? null : Filter.enumValue(status, ClaimRelation.Status.class, "RELATION_STATUS_"),
          origin == null ? null : Filter.enumValue(origin, ClaimRelation.Origin.class, "RELATION_ORIGIN_"));
      var page = relations.list(filter, tokens.pageOf(req, req.getPageToken(), size));
      return ListClaimRelationsResponse.newBuilder()
          .addAllRelations(page.items().stream().map(RelationGrpcService::relation).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }

  @Override
  public void reviewClaimRelation(ReviewClaimRelationRequest req, StreamObserver<ReviewClaimRelationResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), RELATIONS, "name", v);
      Texts.required(req.getReason(), REASON_MAX, "reason", v);
      v.throwIfAny("INVALID_ARGUMENT");
      return ReviewClaimRelationResponse.newBuilder().setRelation(relation(relations.decide(id, req.getConfirm(),
          req.getReason()))).build();
    });
  }

  static dev.claimledger.v1.ClaimRelation relation(ClaimRelation r) {
    var b = dev.claimledger.v1.ClaimRelation.newBuilder().setName("relations/" + r.id())
        .setKind(RelationKind.forNumber(r.kind().number)).setClaim("claims/" + r.claimId())
        .setOrigin(RelationOrigin.forNumber(r.origin().number)).setBasis(RelationBasis.forNumber(r.basis().number))
        .setExplanation(r.explanation()).setScore(r.score()).addAllEvidence(r.evidence())
        .setStatus(RelationStatus.forNumber(r.status().number)).setCreateTime(ProtoMapper.timestamp(r.createTime()));
    if (r.otherClaimId() != null) b.setOtherClaim("claims/" + r.otherClaimId());
    if (r.actorId() != null) b.setActor(ProtoMapper.actorName(r.actorId()));
    for (ClaimRelation.Decision d : r.decisions()) {
      b.addDecisionsBuilder().setConfirm(d.confirm()).setReason(d.reason()).setPrincipal(d.principal())
          .setCreateTime(ProtoMapper.timestamp(d.createTime()));
    }
    return b.build();
  }
}
