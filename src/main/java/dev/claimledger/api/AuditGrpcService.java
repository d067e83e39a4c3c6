package dev.claimledger.api;

import dev.claimledger.domain.AuditRecord;
import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.AuditStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AuditService: validate the name, read the log, map. */
public final class AuditGrpcService extends AuditServiceGrpc.AuditServiceImplBase {
  private static final Pattern NAME = Pattern.compile(
      "(actors|sources|claims|relations)/([a-z][a-z0-9-]{0,62})(?:/(stances|reviews|affiliations)/([a-z][a-z0-9-]{0,62}))?");
  private static final Map<String, String> NOT_FOUND = Map.of("actors", "ACTOR_NOT_FOUND", "sources", "SOURCE_NOT_FOUND",
      "claims", "CLAIM_NOT_FOUND", "stances", "STANCE_NOT_FOUND", "reviews", "REVIEW_NOT_FOUND",
      "affiliations", "AFFILIATION_NOT_FOUND", "relations", "RELATION_NOT_FOUND");
  private static final int DEFAULT = 50;
  private static final int MAX = 1000;

  private final AuditStore audit;
  private final PageTokens tokens;

  public AuditGrpcService(AuditStore audit, PageTokens tokens) {
    this.audit = audit;
    this.tokens = tokens;
  }

  @Override
  public void listResourceHistory(ListResourceHistoryRequest req, StreamObserver<ListResourceHistoryResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      Matcher m = NAME.matcher(req.getName());
      boolean valid = m.matches() && !m.group(2).endsWith("-") && (m.group(4) == null || !m.group(4).endsWith("-"))
          && (m.group(3) == null || m.group(3).equals("affiliations") == m.group(1).equals("actors"))
          && !((m.group(1).equals("sources") || m.group(1).equals("relations")) && m.group(3) != null);
      if (req.getName().isEmpty()) v.add("name", "is required");
      else if (!valid) {
        v.add("name", "must name an actor, affiliation, source, claim, stance, review or relation, such as \"claims/ID\" or "
            + "\"claims/ID/stances/ID\"");
      }
      int size = PageSizes.of(req.getPageSize(), DEFAULT, MAX, v);
      v.throwIfAny("INVALID_ARGUMENT");
      var page = audit.history(req.getName(), req.getIncludeDescendants(), tokens.pageOf(req, req.getPageToken(), size));
      if (page.items().isEmpty() && req.getPageToken().isEmpty()) {
        throw LedgerError.notFound(NOT_FOUND.get(m.group(3) != null ? m.group(3) : m.group(1)), req.getName());
      }
      var b = ListResourceHistoryResponse.newBuilder();
      for (AuditRecord r : page.items()) {
        b.addEventsBuilder().setPosition(r.position()).setCreateTime(ProtoMapper.timestamp(r.time())).setAction(r.action())
            .setResource(r.resource()).setPrincipal(r.principal()).setDetail(r.detail());
      }
      return b.setNextPageToken(tokens.tokenAfter(req, page.next())).build();
    });
  }
}
