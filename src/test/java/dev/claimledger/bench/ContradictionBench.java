package dev.claimledger.bench;

import dev.claimledger.domain.ActorKind;
import dev.claimledger.domain.Excerpt;
import dev.claimledger.domain.StanceKind;
import dev.claimledger.domain.StanceOrigin;
import dev.claimledger.store.ActorStore.ActorFields;
import dev.claimledger.store.PageRequest;
import dev.claimledger.store.Queries.ContestedFilter;
import dev.claimledger.store.SourceStore.SourceFields;
import dev.claimledger.store.StanceStore.StanceFields;
import dev.claimledger.store.sqlite.SqliteDatabase;
import dev.claimledger.store.sqlite.SqliteLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Grows a ledger in steps (about 20 stances a claim, 2,000 actors) and times the contradiction queries at each size: their cost should
 * stay flat as the number of stances grows. Run with `make bench-contradictions` (STANCES=n).
 */
public final class ContradictionBench {
  private static final ContestedFilter ALL = new ContestedFilter(null, null, null, false, null, false);

  public static void main(String[] args) throws Exception {
    int target = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Path dir = Files.createTempDirectory("claimledger-bench");
    Random random = new Random(7);
    int actors = 2_000;
    int stancesPerClaim = 20;
    try (SqliteLedger l = SqliteLedger.open(dir.resolve("bench.db"), SqliteDatabase.Durability.NORMAL, 2)) {
      for (int a = 0; a < actors; a++) l.actors().create(new ActorFields("Actor " + a, ActorKind.PERSON, List.of(), ""), "a" + a);
      int claims = 0;
      String text = "ASSERTS. DENIES. SUGGESTS. CONDEMNS. DECLINES_TO_COMMENT. RETRACTS.";
      String[] sources = new String[50];
      for (int i = 0; i < sources.length; i++) {
        sources[i] = l.sources().create(new SourceFields("Source " + i, null, null, null, text + " " + i, List.of()), null)
            .source().id();
      }
      System.out.printf(Locale.ROOT, "%10s %12s %18s %18s %18s%n", "stances", "writes/s", "contested p1 ms",
          "opposing p1 ms", "conflicting p1 ms");
      int written = 0;
      for (int step = Math.min(10_000, target); ; step = Math.min(step * 2, target)) {
        long t0 = System.nanoTime();
        int batch = step - written;
        // Claims grow with stances, so each claim keeps about the same number of stances.
        for (; claims < step / stancesPerClaim; claims++) l.claims().create("Claim number " + claims + " holds.", "", "c" + claims);
        for (int i = 0; i < batch; i++) {
          StanceKind kind = random.nextInt(3) == 0 ? StanceKind.DENIES
              : StanceKind.values()[random.nextInt(StanceKind.values().length)];
          l.stances().create(new StanceFields("c" + random.nextInt(claims), "a" + random.nextInt(actors), kind,
              sources[random.nextInt(sources.length)], new Excerpt(kind.name() + ".", 0, 0), List.of(), null,
              StanceOrigin.MANUAL), null);
        }
        double writeRate = batch / ((System.nanoTime() - t0) / 1e9);
        written = step;
        System.out.printf(Locale.ROOT, "%10d %12.0f %18.2f %18.2f %18.2f%n", written, writeRate,
            millis(() -> l.queries().contestedClaims(ALL, PageRequest.first(20))),
            millis(() -> l.queries().opposingClaims("a1", "a2", PageRequest.first(20))),
            millis(() -> l.queries().conflictingReports(null, null, PageRequest.first(20))));
        if (written >= target) break;
      }
    }
  }

  /** The median of 15 runs, in milliseconds, after 5 warm-up runs. */
  private static double millis(Runnable r) {
    for (int i = 0; i < 5; i++) r.run();
    double[] t = new double[15];
    for (int i = 0; i < t.length; i++) {
      long s = System.nanoTime();
      r.run();
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    java.util.Arrays.sort(t);
    return t[t.length / 2];
  }
}
