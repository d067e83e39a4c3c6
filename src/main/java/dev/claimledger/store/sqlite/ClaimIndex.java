package dev.claimledger.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * claim_fts in memory, for the claim search of every extracted statement: the same answer as
 * {@code SELECT rowid FROM claim_fts WHERE claim_fts MATCH '"w1" OR "w2" ...' ORDER BY rank LIMIT n}
 * (bm25 computed as FTS5 computes it, ties in rowid order as FTS5 returns them) without FTS5
 * scoring every claim that shares a word, which cost a millisecond a statement at a few thousand
 * claims. Tokens come from SQLite (see {@link Fts5Tokens}), so nothing of FTS5 is imitated but
 * bm25's arithmetic. Used by the writer only, under its lock; it follows the writer's
 * uncommitted changes and undoes them on rollback. When it cannot answer exactly (not loaded, a
 * word that is not one token, totals that disagree with FTS5's) it answers null: ask SQLite.
 * {@code -Dclaimledger.claimIndex.verify=true} makes the caller ask SQLite every time and compare.
 */
final class ClaimIndex implements SqliteDatabase.TxListener {
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final int WORDS_CACHED = 50_000;
  private static final String NOT_ONE_TOKEN = "";
  private static final String CLAIMS = "SELECT f.rowid, c.id, f.body FROM claim_fts f JOIN claim c ON c.seq = f.rowid";

  /** A claim found: its key (claim_fts rowid), ID and text. */
  record Hit(long seq, String id, String text) {}

  /** A claim_fts row: its claim, token count, distinct tokens with their counts, and scratch for a search. */
  private static final class Doc {
    final Hit claim;
    final long rowid;
    final int length;
    final String[] terms;
    final int[] counts;
    double score;
    long search;

    Doc(Hit claim, List<String> tokens) {
      Map<String, Integer> n = new LinkedHashMap<>();
      for (String t : tokens) n.merge(t, 1, Integer::sum);
      this.claim = claim;
      this.rowid = claim.seq();
      this.length = tokens.size();
      this.terms = n.keySet().toArray(new String[0]);
      this.counts = n.values().stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The rows holding a token, with how often each holds it. */
  private static final class Postings {
    Doc[] docs = new Doc[4];
    int[] counts = new int[4];
    int size;

    void add(Doc d, int count) {
      if (size == docs.length) {
        docs = java.util.Arrays.copyOf(docs, size * 2);
        counts = java.util.Arrays.copyOf(counts, size * 2);
      }
      docs[size] = d;
      counts[size++] = count;
    }

    void remove(Doc d) {
      for (int i = 0; i < size; i++) {
        if (docs[i] == d) {
          docs[i] = docs[--size];
          counts[i] = counts[size];
          docs[size] = null;
          return;
        }
      }
    }
  }

  private final Map<Long, Doc> docs = new HashMap<>();
  private final Map<String, Postings> postings = new HashMap<>();
  private final Map<String, String> tokenOfWord = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > WORDS_CACHED;
    }
  };
  private final List<Runnable> undo = new ArrayList<>();
  private final boolean verify = Boolean.getBoolean("claimledger.claimIndex.verify");
  private volatile boolean loaded;
  private long tokens;
  private long searches;

  boolean loaded() {
    return loaded;
  }

  /** Reads claim_fts whole; in a write transaction of its own, which commits (it creates temp tables). */
  void load(Connection c) throws SQLException {
    if (loaded) return;
    Fts5Tokens.createTables(c);
    Map<Long, List<String>> tokensOf = Fts5Tokens.claims(c);
    for (Hit h : Sql.list(c, CLAIMS, rs -> new Hit(rs.getLong(1), rs.getString(2), rs.getString(3)))) {
      put(new Doc(h, tokensOf.get(h.seq())));
    }
    long[] totals = Fts5Tokens.totals(c);
    if (totals == null || totals[0] != docs.size() || totals[1] != tokens) {
      forget();
      throw new IllegalStateException("claim_fts totals " + java.util.Arrays.toString(totals) + " do not match its "
          + docs.size() + " claims and " + tokens + " tokens");
    }
    loaded = true;
  }

  /** A claim added to claim_fts in the writer's transaction. */
  void added(Connection c, long seq, String id, String text) throws SQLException {
    if (!loaded) return;
    Doc d = new Doc(new Hit(seq, id, text), Fts5Tokens.of(c, text));
    put(d);
    undo.add(() -> drop(d));
  }

  /** A row deleted from claim_fts in the writer's transaction. */
  void removed(long rowid) {
    Doc d = docs.get(rowid);
    if (d == null) return;
    drop(d);
    undo.add(() -> put(d));
  }

  /** Drops everything (claim_fts changed behind its back); the next ingest loads it again. */
  private void forget() {
    loaded = false;
    docs.clear();
    postings.clear();
    tokens = 0;
    undo.clear();
  }

  @Override
  public void committed() {
    undo.clear();
  }

  @Override
  public void rolledBack() {
    for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
    undo.clear();
  }

  private void put(Doc d) {
    docs.put(d.rowid, d);
    tokens += d.length;
    for (int i = 0; i < d.terms.length; i++) postings.computeIfAbsent(d.terms[i], k -> new Postings()).add(d, d.counts[i]);
  }

  private void drop(Doc d) {
    docs.remove(d.rowid);
    tokens -= d.length;
    for (String t : d.terms) {
      Postings p = postings.get(t);
      p.remove(d);
      if (p.size == 0) postings.remove(t);
    }
  }

  /**
   * The best {@code limit} claims for the OR of {@code words} (each a plain word of letters and
   * digits), best first; null when the answer must come from SQLite.
   */
  List<Hit> search(Connection c, List<String> words, int limit) throws SQLException {
    if (!loaded) return null;
    // FTS5 saves its totals when a transaction commits: they vouch for what the index was told
    // before this transaction; what it was told since is the undo log's.
    if (undo.isEmpty()) {
      long[] totals = Fts5Tokens.totals(c);
      if (totals == null || totals[0] != docs.size() || totals[1] != tokens) {
        if (verify) throw new IllegalStateException("claim index out of step with claim_fts");
        forget();
        return null;
      }
    }
    List<String> phrases = new ArrayList<>();
    for (String w : words) {
      String t = token(c, w);
      if (t == null) return null;
      phrases.add(t);
    }
    return top(phrases, limit);
  }

  /** Whether {@link #search} gives what SQLite gives; for tests (-Dclaimledger.claimIndex.verify=true). */
  boolean verifying() {
    return verify;
  }

  private String token(Connection c, String word) throws SQLException {
    String t = tokenOfWord.get(word);
    if (t == null) {
      List<String> toks = Fts5Tokens.of(c, word);
      t = toks.size() == 1 ? toks.get(0) : NOT_ONE_TOKEN;
      tokenOfWord.put(word, t);
    }
    return t.equals(NOT_ONE_TOKEN) ? null : t;
  }

  /** bm25 as fts5Bm25Function computes it (fts5_aux.c), term by term in query order; rank = -score. */
  private List<Hit> top(List<String> phrases, int limit) {
    if (docs.isEmpty() || limit <= 0) return List.of();
    long search = ++searches;
    long rows = docs.size();
    double avgdl = (double) tokens / (double) rows;
    List<Doc> touched = new ArrayList<>();
    for (String phrase : phrases) {
      Postings p = postings.get(phrase);
      if (p == null) continue;
      long hits = p.size;
      double idf = Math.log(((double) (rows - hits) + 0.5) / ((double) hits + 0.5));
      if (idf <= 0.0) idf = 1e-6;
      for (int i = 0; i < p.size; i++) {
        Doc d = p.docs[i];
        if (d.search != search) {
          d.search = search;
          d.score = 0.0;
          touched.add(d);
        }
        double f = p.counts[i];
        double dl = d.length;
        d.score += idf * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * dl / avgdl)));
      }
    }
    // The best `limit`, kept sorted: rank ascending, then rowid ascending (FTS5's scan order).
    Doc[] best = new Doc[Math.min(limit, touched.size())];
    int n = 0;
    for (Doc d : touched) {
      if (n == best.length && !before(d, best[n - 1])) continue;
      int at = n == best.length ? n - 1 : n++;
      while (at > 0 && before(d, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = d;
    }
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(best[i].claim);
    return out;
  }

  private static boolean before(Doc a, Doc b) {
    double ra = -1.0 * a.score;
    double rb = -1.0 * b.score;
    return ra < rb || (ra == rb && a.rowid < b.rowid);
  }
}
