package dev.claimledger.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code make eval}: ingests each evaluation set through the real IngestService, each on a fresh
 * server, and prints how the extraction scores against the hand-written gold (see
 * src/eval/README.md). The figures are the output, so it exits 0 whatever they are; thresholds
 * belong to whoever reads them.
 *
 * <p>Arguments: set folders (default seeds, tuning and holdout under src/eval/corpus) and
 * {@code --verbose} for the missed and false-positive stances of every article. Every gold file
 * is parsed before the first server starts, so a gold error stops the run at once.
 */
public final class ExtractionEval {
  private static final List<String> DEFAULT_SETS =
      List.of("src/eval/corpus/seeds", "src/eval/corpus/tuning", "src/eval/corpus/holdout");

  private ExtractionEval() {}

  public static void main(String[] args) throws Exception {
    boolean verbose = false;
    List<Path> folders = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--verbose")) {
        verbose = true;
      } else if (arg.startsWith("-")) {
        System.err.println("unknown flag " + arg + "\nusage: ExtractionEval [--verbose] [set folder ...]");
        System.exit(2);
      } else {
        folders.add(Path.of(arg));
      }
    }
    if (folders.isEmpty()) DEFAULT_SETS.forEach(s -> folders.add(Path.of(s)));
    // The server logs every RPC at INFO; the report is the output here.
    Logger.getLogger("").setLevel(Level.WARNING);

    Path repoRoot = Path.of(System.getProperty("claimledger.repo.dir", "."));
    Map<Path, List<GoldFile>> sets = new LinkedHashMap<>();
    for (Path folder : folders) sets.put(folder, SetRun.goldFiles(folder, repoRoot));

    Report report = new Report(System.out, verbose);
    List<SetRun.Result> results = new ArrayList<>();
    for (var set : sets.entrySet()) {
      if (set.getValue().isEmpty()) {
        System.out.println("== " + set.getKey() + ": no gold files, skipped\n");
        continue;
      }
      SetRun.Result r = SetRun.run(set.getKey(), set.getValue(), repoRoot);
      report.set(r);
      results.add(r);
    }
    report.table(results);
  }
}
