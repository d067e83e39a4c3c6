package dev.claimledger.api;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.AffiliationRole;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.ActorStore;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.Page;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ActorService: validate, call the store, map. */
public final class ActorGrpcService extends ActorServiceGrpc.ActorServiceImplBase {

  private static final int NAME_MAX = 200;
  private static final int ALIASES_MAX = 100;
  private static final int DESCRIPTION_MAX = 2000;
  private static final Set<String> UPDATABLE = Set.of("display_name", "kind", "aliases", "description");

  private final ActorStore actors;
  private final PageTokens tokens;

  public ActorGrpcService(ActorStore actors, PageTokens tokens) {
    this.actors = actors;
    this.tokens = tokens;
  }

  @Override
  public void createActor(CreateActorRequest req, StreamObserver<CreateActorResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      if (!req.hasActor()) v.add("actor", "is required");
      ActorFields fields = fields(req.getActor(), UPDATABLE, v);
      String id = ResourceNames.requestedId(req.getActorId(), "actor_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      return CreateActorResponse.newBuilder().setActor(ProtoMapper.actor(actors.create(fields, id))).build();
    });
  }

  /** Validates the fields named in {@code paths} and returns them (others as defaults). */
  private static ActorFields fields(Actor a, Set<String> paths, LedgerError.Violations v) {
    if (paths.contains("display_name")) Texts.required(a.getDisplayName(), NAME_MAX, "actor.display_name", v);
    int kind = paths.contains("kind") ? Enums.required(a.getKindValue(), a.getKind(), "actor.kind", v) : 0;
    if (paths.contains("aliases")) {
      if (a.getAliasesCount() > ALIASES_MAX) v.add("actor.aliases", "must have at most " + ALIASES_MAX + " entries");
      for (int i = 0; i < a.getAliasesCount(); i++) {
        Texts.required(a.getAliases(i), NAME_MAX, "actor.aliases[" + i + "]", v);
      }
    }
    if (paths.contains("description")) Texts.optional(a.getDescription(), DESCRIPTION_MAX, "actor.description", v);
    return new ActorFields(a.getDisplayName().strip(), kind == 0 ? null : ActorKind.ofNumber(kind),
        a.getAliasesList().stream().map(String::strip).toList(), a.getDescription());
  }

  @Override
  public void getActor(GetActorRequest req, StreamObserver<GetActorResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), ResourceNames.ACTORS, "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var actor = actors.get(id).orElseThrow(() -> LedgerError.notFound("ACTOR_NOT_FOUND", req.getName()));
      return GetActorResponse.newBuilder().setActor(ProtoMapper.actor(actor)).build();
    });
  }

  @Override
  public void listActors(ListActorsRequest req, StreamObserver<ListActorsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("kind", Filter.EQUALITY_OR_NOT, "merged", Filter.EQUALITY));
      var kind = f.single("kind");
      var merged = f.single("merged");
      var filter = new ActorStore.ActorFilter(
          kind == null ? null : Filter.enumValue(kind, ActorKind.class, "ACTOR_KIND_"),
          kind == null ? null : kind.op() == Filter.Op.EQ,
          merged == null ? null : Filter.bool(merged));
      Page<dev.claimledger.domain.Actor> page = actors.list(filter, tokens.pageOf(req, req.getPageToken(), size));
      return ListActorsResponse.newBuilder()
          .addAllActors(page.items().stream().map(ProtoMapper::actor).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next()))
          .build();
    });
  }

  @Override
  public void updateActor(UpdateActorRequest req, StreamObserver<UpdateActorResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getActor().getName(), ResourceNames.ACTORS, "actor.name", v);
      Set<String> paths = new LinkedHashSet<>(req.getUpdateMask().getPathsList());
      if (paths.isEmpty()) v.add("update_mask", "is required: name the fields to change");
      for (String p : paths) {
        if (!UPDATABLE.contains(p)) v.add("update_mask", "cannot update \"" + p + "\"; updatable: " + String.join(", ", List.copyOf(UPDATABLE)));
      }
      ActorFields fields = fields(req.getActor(), paths, v);
      v.throwIfAny("INVALID_ARGUMENT");
      return UpdateActorResponse.newBuilder().setActor(ProtoMapper.actor(actors.update(id, fields, paths))).build();
    });
  }

  @Override
  public void lookupActor(LookupActorRequest req, StreamObserver<LookupActorResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      Texts.required(req.getAlias(), NAME_MAX, "alias", v);
      v.throwIfAny("INVALID_ARGUMENT");
      // "the Greens" finds the Greens when the ledger knows them without the article.
      String alias = req.getAlias().strip();
      var hit = actors.lookup(req.getAlias())
          .or(() -> alias.regionMatches(true, 0, "the ", 0, 4) ? actors.lookup(alias.substring(4)) : java.util.Optional.empty())
          .orElseThrow(() -> LedgerError.notFound("ALIAS_NOT_FOUND", "alias \"" + req.getAlias() + "\""));
      return LookupActorResponse.newBuilder().setActor(ProtoMapper.actor(hit.actor()))
          .setMatchedAlias(hit.matchedAlias()).build();
    });
  }

  @Override
  public void mergeActors(MergeActorsRequest req, StreamObserver<MergeActorsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), ResourceNames.ACTORS, "name", v);
      String into = ResourceNames.id(req.getInto(), ResourceNames.ACTORS, "into", v);
      Texts.required(req.getReason(), 1000, "reason", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var both = actors.merge(id, into, req.getReason());
      return MergeActorsResponse.newBuilder().setActor(ProtoMapper.actor(both.get(0)))
          .setMerged(ProtoMapper.actor(both.get(1))).build();
    });
  }

  @Override
  public void createAffiliation(CreateAffiliationRequest req, StreamObserver<CreateAffiliationResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String member = ResourceNames.id(req.getParent(), ResourceNames.ACTORS, "parent", v);
      if (!req.hasAffiliation()) v.add("affiliation", "is required");
      var a = req.getAffiliation();
      String org = ResourceNames.id(a.getOrganization(), ResourceNames.ACTORS, "affiliation.organization", v);
      int role = Enums.required(a.getRoleValue(), a.getRole(), "affiliation.role", v);
      Texts.optional(a.getTitle(), NAME_MAX, "affiliation.title", v);
      String id = ResourceNames.requestedId(req.getAffiliationId(), "affiliation_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var created = actors.createAffiliation(member, org, AffiliationRole.ofNumber(role), a.getTitle().strip(), id);
      return CreateAffiliationResponse.newBuilder().setAffiliation(ProtoMapper.affiliation(created)).build();
    });
  }

  @Override
  public void listAffiliations(ListAffiliationsRequest req, StreamObserver<ListAffiliationsResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String member = req.getParent().equals("actors/-") ? null
          : ResourceNames.id(req.getParent(), ResourceNames.ACTORS, "parent", v);
      int size = PageSizes.of(req.getPageSize(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("organization", Filter.EQUALITY, "role", Filter.EQUALITY_OR_NOT));
      var org = f.single("organization");
      var role = f.single("role");
      var page = actors.listAffiliations(member,
          org == null ? null : Filter.resourceId(org, ResourceNames.ACTORS),
          role == null ? null : Filter.enumValue(role, AffiliationRole.class, "AFFILIATION_ROLE_"),
          role == null ? null : role.op() == Filter.Op.EQ,
          tokens.pageOf(req, req.getPageToken(), size));
      return ListAffiliationsResponse.newBuilder()
          .addAllAffiliations(page.items().stream().map(ProtoMapper::affiliation).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next()))
          .build();
    });
  }
}
