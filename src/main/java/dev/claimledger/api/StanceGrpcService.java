package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.domain.StanceRef;
import dev.claimledger.store.StanceStore;
import dev.claimledger.store.StanceStore.StanceFields;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** StanceService: validate, call the store, map. */
public final class StanceGrpcService extends StanceServiceGrpc.StanceServiceImplBase {

  private static final int EXCERPT_MAX = 5000;
  private static final int RELAYS_MAX = 10;

  private final StanceStore stances;
  private final PageTokens tokens;

  public StanceGrpcService(StanceStore stances, PageTokens tokens) {
    this.stances = stances;
    this.tokens = tokens;
  }

  /** Validates a stance to record on claim {@code claimId}; adds violations under "stance.". */
  static StanceFields fields(String claimId, boolean present, Stance s, LedgerError.Violations v) {
    if (!present) v.add("stance", "is required");
    String actor = ResourceNames.id(s.getActor(), ResourceNames.ACTORS, "stance.actor", v);
    int kind = Enums.required(s.getKindValue(), s.getKind(), "stance.kind", v);
    String source = ResourceNames.id(s.getSource(), ResourceNames.SOURCES, "stance.source", v);
    Excerpt e = s.getExcerpt();
    if (!s.hasExcerpt() || e.getText().isEmpty()) v.add("stance.excerpt.text", "is required");
    else if (Texts.length(e.getText()) > EXCERPT_MAX) v.add("stance.excerpt.text", "must be at most " + EXCERPT_MAX + " characters");
    boolean located = e.getStartOffset() == 0 && e.getEndOffset() == 0;
    if (!located) {
      if (e.getStartOffset() < 0) v.add("stance.excerpt.start_offset", "must not be negative");
      if (e.getEndOffset() - e.getStartOffset() != Texts.length(e.getText())) {
        v.add("stance.excerpt.end_offset", "must be start_offset plus the excerpt's length in code points ("
            + Texts.length(e.getText()) + ")");
      }
    }
    if (s.getRelayChainCount() > RELAYS_MAX) v.add("stance.relay_chain", "must have at most " + RELAYS_MAX + " entries");
    List<String> relays = new ArrayList<>();
    for (int i = 0; i < s.getRelayChainCount(); i++) {
      relays.add(ResourceNames.id(s.getRelayChain(i), ResourceNames.ACTORS, "stance.relay_chain[" + i + "]", v));
    }
    if (s.hasStatementTime()) Times.check(s.getStatementTime(), "stance.statement_time", v);
    return new StanceFields(claimId, actor, kind == 0 ? null : dev.claimledger.domain.StanceKind.ofNumber(kind),
        source, new dev.claimledger.domain.Excerpt(e.getText(), e.getStartOffset(), e.getEndOffset()), relays,
        ProtoMapper.instant(s.hasStatementTime(), s.getStatementTime()), StanceOrigin.MANUAL);
  }

  @Override
  public void createStance(CreateStanceRequest req, StreamObserver<CreateStanceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = ResourceNames.id(req.getParent(), ResourceNames.CLAIMS, "parent", v);
      StanceFields fields = fields(claim, req.hasStance(), req.getStance(), v);
      String id = ResourceNames.requestedId(req.getStanceId(), "stance_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      return CreateStanceResponse.newBuilder().setStance(ProtoMapper.stance(stances.create(fields, id))).build();
    });
  }

  @Override
  public void getStance(GetStanceRequest req, StreamObserver<GetStanceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      StanceRef ref = ResourceNames.stance(req.getName(), "name", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var stance = stances.get(ref).orElseThrow(() -> LedgerError.notFound("STANCE_NOT_FOUND", req.getName()));
      return GetStanceResponse.newBuilder().setStance(ProtoMapper.stance(stance)).build();
    });
  }

  @Override
  public void listStances(ListStancesRequest req, StreamObserver<ListStancesResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String claim = req.getParent().equals("claims/-") ? null
          : ResourceNames.id(req.getParent(), ResourceNames.CLAIMS, "parent", v);
      int size = PageSizes.of(req.getPageSize(), v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("actor", Filter.EQUALITY, "source", Filter.EQUALITY,
          "kind", Filter.EQUALITY_OR_NOT, "superseded", Filter.EQUALITY));
      var actor = f.single("actor");
      var source = f.single("source");
      var kind = f.single("kind");
      var superseded = f.single("superseded");
      var filter = new StanceStore.StanceFilter(
          actor == null ? null : Filter.resourceId(actor, ResourceNames.ACTORS),
          source == null ? null : Filter.resourceId(source, ResourceNames.SOURCES),
          kind == null ? null : Filter.enumValue(kind, dev.claimledger.domain.StanceKind.class, "STANCE_KIND_"),
          kind == null || kind.op() == Filter.Op.EQ,
          superseded == null ? null : Filter.bool(superseded));
      var page = stances.list(claim, filter, tokens.pageOf(req, req.getPageToken(), size));
      return ListStancesResponse.newBuilder()
          .addAllStances(page.items().stream().map(ProtoMapper::stance).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next()))
          .build();
    });
  }

  @Override
  public void supersedeStance(SupersedeStanceRequest req, StreamObserver<SupersedeStanceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      StanceRef old = ResourceNames.stance(req.getName(), "name", v);
      String claim = ResourceNames.id(req.getParent(), ResourceNames.CLAIMS, "parent", v);
      StanceFields fields = fields(claim, req.hasStance(), req.getStance(), v);
      Texts.required(req.getReason(), 1000, "reason", v);
      String id = ResourceNames.requestedId(req.getStanceId(), "stance_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var both = stances.supersede(old, fields, req.getReason().strip(), id);
      return SupersedeStanceResponse.newBuilder().setStance(ProtoMapper.stance(both.get(0)))
          .setSuperseded(ProtoMapper.stance(both.get(1))).build();
    });
  }
}
