package dev.claimledger.api;

import dev.claimledger.domain.LedgerError;
import dev.claimledger.store.SourceStore;
import dev.claimledger.v1.*;
import io.grpc.stub.StreamObserver;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SourceService: validate, call the store, map. */
public final class SourceGrpcService extends SourceServiceGrpc.SourceServiceImplBase {

  static final int TEXT_MAX = 1_000_000;
  private static final int TITLE_MAX = 1000;
  private static final int URI_MAX = 2048;
  private static final int RELAYS_MAX = 10;

  private final SourceStore sources;
  private final PageTokens tokens;

  public SourceGrpcService(SourceStore sources, PageTokens tokens) {
    this.sources = sources;
    this.tokens = tokens;
  }

  @Override
  public void createSource(CreateSourceRequest req, StreamObserver<CreateSourceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      if (!req.hasSource()) v.add("source", "is required");
      Source s = req.getSource();
      Texts.required(s.getTitle(), TITLE_MAX, "source.title", v);
      if (s.getText().isEmpty()) v.add("source.text", "is required");
      else if (Texts.length(s.getText()) > TEXT_MAX) v.add("source.text", "must be at most " + TEXT_MAX + " characters");
      if (!s.getUri().isEmpty()) checkUri(s.getUri(), "source.uri", v);
      String publisher = ResourceNames.optionalId(s.getPublisher(), ResourceNames.ACTORS, "source.publisher", v);
      if (s.getRelaysCount() > RELAYS_MAX) v.add("source.relays", "must have at most " + RELAYS_MAX + " entries");
      List<String> relays = new ArrayList<>();
      for (int i = 0; i < s.getRelaysCount(); i++) {
        relays.add(ResourceNames.id(s.getRelays(i), ResourceNames.ACTORS, "source.relays[" + i + "]", v));
      }
      if (s.hasPublishTime()) Times.check(s.getPublishTime(), "source.publish_time", v);
      String id = ResourceNames.requestedId(req.getSourceId(), "source_id", v);
      v.throwIfAny("INVALID_ARGUMENT");
      var fields = new SourceStore.SourceFields(s.getTitle().strip(), publisher,
          ProtoMapper.instant(s.hasPublishTime(), s.getPublishTime()), s.getUri().isEmpty() ? null : s.getUri(),
          s.getText(), relays);
      var recorded = sources.create(fields, id);
      return CreateSourceResponse.newBuilder().setSource(ProtoMapper.source(recorded.source()))
          .setExisting(recorded.existing()).build();
    });
  }

  static void checkUri(String uri, String field, LedgerError.Violations v) {
    if (uri.length() > URI_MAX) {
      v.add(field, "must be at most " + URI_MAX + " characters");
      return;
    }
    try {
      URI parsed = new URI(uri);
      String scheme = parsed.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || parsed.getHost() == null) {
        v.add(field, "must be an absolute http or https URI");
      }
    } catch (URISyntaxException e) {
      v.add(field, "is not a valid URI");
    }
  }

  @Override
  public void getSource(GetSourceRequest req, StreamObserver<GetSourceResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      String id = ResourceNames.id(req.getName(), ResourceNames.SOURCES, "name", v);
      boolean full = view(req.getViewValue(), req.getView(), SourceView.SOURCE_VIEW_FULL, v);
      v.throwIfAny("INVALID_ARGUMENT");
      var source = sources.get(id, full).orElseThrow(() -> LedgerError.notFound("SOURCE_NOT_FOUND", req.getName()));
      return GetSourceResponse.newBuilder().setSource(ProtoMapper.source(source)).build();
    });
  }

  /** Whether the view asks for the text; an unknown view number is a violation. */
  private static boolean view(int number, SourceView view, SourceView byDefault, LedgerError.Violations v) {
    if (view == SourceView.UNRECOGNIZED) {
      v.add("view", "has no value " + number);
      return false;
    }
    SourceView effective = view == SourceView.SOURCE_VIEW_UNSPECIFIED ? byDefault : view;
    return effective == SourceView.SOURCE_VIEW_FULL;
  }

  @Override
  public void listSources(ListSourcesRequest req, StreamObserver<ListSourcesResponse> out) {
    Calls.unary(out, () -> {
      var v = new LedgerError.Violations();
      int size = PageSizes.of(req.getPageSize(), v);
      boolean full = view(req.getViewValue(), req.getView(), SourceView.SOURCE_VIEW_BASIC, v);
      v.throwIfAny("INVALID_ARGUMENT");
      Filter f = Filter.parse(req.getFilter(), Map.of("publisher", Filter.EQUALITY, "publish_time", Filter.ORDERING));
      var publisher = f.single("publisher");
      TimeRange range = TimeRange.of(f, "publish_time");
      var filter = new SourceStore.SourceFilter(
          publisher == null ? null : Filter.resourceId(publisher, ResourceNames.ACTORS),
          range.after(), range.afterInclusive(), range.before(), range.beforeInclusive());
      var page = sources.list(filter, full, tokens.pageOf(req, req.getPageToken(), size));
      return ListSourcesResponse.newBuilder()
          .addAllSources(page.items().stream().map(ProtoMapper::source).toList())
          .setNextPageToken(tokens.tokenAfter(req, page.next()))
          .build();
    });
  }
}
