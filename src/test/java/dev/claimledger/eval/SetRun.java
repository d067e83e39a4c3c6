package dev.claimledger.eval;

import dev.claimledger.server.ClaimLedgerServer;
import dev.claimledger.server.ServerConfig;
import dev.claimledger.v1.Claim;
import dev.claimledger.v1.IngestArticleResponse;
import dev.claimledger.v1.Stance;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One evaluation set: its articles ingested in file-name order on a fresh server of their own (so
 * no set sees another's claims), over a real socket, then read back and scored.
 */
final class SetRun {

  /** An article of the set: its gold, the source it was recorded as (null when the ingest failed) and remarks. */
  record ArticleRun(GoldFile gold, String source, List<String> notes) {}

  /**
   * What the report needs of a set: the articles, the score, the ingest time, and readable labels
   * (actor display names, claim texts) for the resource names the score holds.
   */
  record Result(Path folder, List<ArticleRun> articles, Scorer.SetScore score, double ingestSeconds,
      Map<String, String> labels) {}

  private SetRun() {}

  /** The set's gold files, parsed, in file-name order; empty when the folder holds none. */
  static List<GoldFile> goldFiles(Path folder, Path repoRoot) throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    List<Path> paths;
    try (Stream<Path> files = Files.list(folder)) {
      paths = files.filter(p -> p.getFileName().toString().endsWith(".gold"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
    List<GoldFile> out = new ArrayList<>();
    for (Path p : paths) out.add(GoldFile.parse(p, repoRoot));
    return out;
  }

  /** Starts a fresh server on a temporary database, runs the set against it and removes the database. */
  static Result run(Path folder, List<GoldFile> golds, Path repoRoot) throws Exception {
    Path dir = Files.createTempDirectory("claimledger-eval");
    try {
      ServerConfig config = ServerConfig.parse(new String[] {"--port", "0", "--db", dir.resolve("eval.db").toString(),
          "--seed", "never"}, Map.of());
      try (ClaimLedgerServer server = ClaimLedgerServer.start(config)) {
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        try {
          return run(folder, golds, new EvalLedger(channel), repoRoot);
        } finally {
          channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
      }
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) Files.delete(p);
      }
      Files.delete(dir);
    }
  }

  private static Result run(Path folder, List<GoldFile> golds, EvalLedger ledger, Path repoRoot) throws IOException {
    ledger.loadActorDirectory(repoRoot.resolve("seeds/annotations.txtpb"));
    List<ArticleRun> articles = new ArrayList<>();
    long start = System.nanoTime();
    for (GoldFile g : golds) articles.add(ingest(ledger, g));
    double seconds = (System.nanoTime() - start) / 1e9;

    List<Scorer.GoldItem> gold = new ArrayList<>();
    List<Scorer.ExtractedItem> extracted = new ArrayList<>();
    Set<String> contestedKeys = new TreeSet<>();
    Set<String> contestedClaims = new HashSet<>();
    Map<String, String> labels = new HashMap<>();
    Set<String> collected = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      ArticleRun a = articles.get(i);
      contestedKeys.addAll(a.gold().contested());
      String text = a.source() == null ? null : ledger.sourceText(a.source());
      for (GoldFile.GoldStance s : a.gold().stances()) {
        gold.add(new Scorer.GoldItem(i, ledger.lookup(s.actors()), s.kind(), s.key(),
            text == null ? null : Span.locate(text, s.evidence()), s));
      }
      // An article recorded as an earlier one's source (same text) adds no stances of its own.
      if (a.source() == null || !collected.add(a.source())) continue;
      for (Stance s : ledger.stancesOf(a.source())) {
        Claim claim = ledger.survivor(s);
        if (claim.getSummary().getContested()) contestedClaims.add(claim.getName());
        labels.put(claim.getName(), claim.getText());
        labels.put(s.getResolvedActor(), ledger.actorLabel(s.getResolvedActor()));
        extracted.add(new Scorer.ExtractedItem(i, s.getResolvedActor(), s.getKind(), claim.getName(),
            new Span(s.getExcerpt().getStartOffset(), s.getExcerpt().getEndOffset()), s.getExcerpt().getText()));
      }
    }
    return new Result(folder, articles, Scorer.score(gold, extracted, contestedKeys, contestedClaims), seconds, labels);
  }

  /** Ingests one article; a rejected article is reported and scored as extracting nothing, not fatal. */
  private static ArticleRun ingest(EvalLedger ledger, GoldFile g) {
    try {
      IngestArticleResponse r = ledger.ingest(g);
      List<String> notes = new ArrayList<>(r.getNotesList());
      if (r.getSourceExisted()) notes.add("the source was already recorded: " + r.getSource().getName());
      return new ArticleRun(g, r.getSource().getName(), notes);
    } catch (StatusRuntimeException e) {
      return new ArticleRun(g, null, List.of("ingest failed: " + e.getStatus().getCode() + ": " + e.getStatus().getDescription()));
    }
  }
}
